"""The writer named by the opening sentence of an untitled report.

An untitled page (a portal's copy without its title line) names its writer as the subject of
its first sentence: 「2023年，清镇市坚持…，为打造“强省会”实践创新区提供法治保障。」. The same
sentence often ends with the goal the writer works for, and that goal is written like a place
(「…实践创新区」「…先行示范区」「…传承创新区」): a title a government aims to earn, which no
division list holds. Two facts read the subject right:

- a county-level city (清镇市, 临江市, 义乌市) is a county, not a prefecture, whatever its 市
  says: ranked by its ending alone it loses to any 区 or 县 later in the sentence. The division
  list knows its rung, and among names of one rung the subject comes first;
- what follows a verb of aiming (建设 打造 创建 争创 建成 构建 争当 争做) up to the clause's end
  is the goal, not the actor; a name there that no list confirms is never the writer while
  another name in the sentence is. A listed place there (「助力建设法治临江」) stays a candidate,
  and a goal that is the only name left is kept (「围绕建设法治白鹭镇」: the self's campaign);
- the division list holds every statutory county and district, so a 区 it lacks is a zone or
  a title (「长白山生态文明创新区建设取得新成效」). Written after a listed county or city in the
  same opening clause it is something that place has or works on, not a second writer: the
  listed name that opens the sentence is the subject. A zone that opens its own report comes
  first (「2023年，两江新区在重庆市委…领导下」) and keeps its place;
- a level word (镇 街道 区 县) written after a verb, adverb, preposition or time word of the
  sentence is that word's object or the self-word, not a place: 「通过镇党委会」「推动街道…」
  「今年镇里」「紧扣区委部署」. A name the division list does not know whose stem jieba reads as
  such words (通过, 推动, 今年) names no unit; one that only starts with them is the rest of
  the stem (「完成望江街道」 → 望江街道), and a one-character rest (积极配合|新区) is none either.
  A verb inside a name (龙归街道, 解放街道) is no sign: only its front is read;
- a listed place whose short name opens with a level word (镇江) is praised as 「新镇江」: the
  镇 there starts the place's name, so 新镇 is no second writer (a real 新镇 elsewhere too);
- a listed place whose short name ends in a level character (景德镇市 → 景德镇, 湘乡市 → 湘乡)
  is written bare in its goals (「全力建好景德镇」「奋力建设美丽湘乡」): an unlisted 「…景德镇」
  that ends in the short name of a listed place of the same sentence is that place, not a
  township (a real 青禾镇 under 青禾县 does not end in 青禾 and stays the township);
- a page written after a merger opens with it (「因行政区划调整，原长龙镇、黄沙镇合并为桂东
  街道」): the units before 合并为/更名为 are gone, the one after it writes.
"""

from __future__ import annotations

import re

from ingest import admin_names as an
from ingest.report_reading import Doc, chains, level_in, read_name

# a verb of aiming, not the head of a name (建设镇, 建设街道 are real towns and streets)
_GOAL = re.compile(
    r"(?:建设|打造|创建|争创|建成|构建|争当|争做)(?![乡镇县区市旗]|街道|苏木)[^，,。；;\n]*"
)

# a sentence of merging or renaming: only the unit written after it exists now
_MERGED = re.compile(r"(?:合并|撤并|更名|改名|改设|撤销[^，。；]{0,12}设立)(?:为|成)")


def opening_subject(doc: Doc, run: str) -> list[tuple[str, str]]:
    """[(unit, above)] of the lowest-ranked name of the opening clause ``run``, ranked by the
    rung the division list gives (a county-level city is a 区县) and, within a rung, by order;
    unlisted names standing in a goal clause are left out while another name is there."""
    if merged := _MERGED.search(run):  # 「原长龙镇、黄沙镇合并为桂东街道」
        run = " " * merged.end() + run[merged.end() :]
    found = [(n, a) for u, a in chains(doc, run, True) if (n := read_name(doc, u))]
    found = [c for c in found if not _runs_into(doc, run, c[0], found)]
    if not found:
        return []
    spans = [m.span() for m in _GOAL.finditer(run)]
    inside = "".join(ch if any(a <= i < b for a, b in spans) else " " for i, ch in enumerate(run))
    goals = chains(doc, inside, True) if spans else []
    goal_names = {u for u, _ in goals if not doc.known(u)}
    goal_names |= (
        {u for u, _ in found[i + 1 :] if _unlisted_zone(doc, u)}
        if (i := next((k for k, (u, _) in enumerate(found) if _listed_place(doc, u)), -1)) >= 0
        else set()
    )
    actors = [c for c in found if c[0] not in goal_names] or found
    return [min(actors, key=lambda c: an.RANK.get(level_in(doc, c[0]), 9))]


def _listed_place(doc: Doc, name: str) -> bool:
    return level_in(doc, name) in ("区县", "地市") and doc.known(name)


def _unlisted_zone(doc: Doc, name: str) -> bool:
    return name.endswith("区") and not doc.known(name)


def _runs_into(doc: Doc, run: str, name: str, found: list[tuple[str, str]]) -> bool:
    """A city whose short name starts with a level word (镇江, 县城 aside) is praised as
    「新镇江」「美丽镇江」: the 镇 there opens the listed name, and 新镇 is no second writer.
    One whose short name ends in a level word (景德镇, 湘乡) is written bare: 「建好景德镇」
    read as an unlisted township is the listed city itself."""
    kind = an.suffix(name)
    if not kind:
        return False
    for other, _ in found:
        tail = an.suffix(other)
        short = other[: -len(tail)] if tail and other != name else ""
        praised = name[: -len(kind)] + short
        if len(short) >= 2 and short.startswith(kind) and doc.known(other) and praised in run:
            return True
        if len(short) >= 2 and name.endswith(short) and doc.known(other) and not doc.known(name):
            return True  # 「力建好景德镇」 is 景德镇市 written bare
    return False
