"""A level of government said as a unit: 「省里」「市政府」「国务院那份」 point at a report.

People asking about a library that holds reports of several levels (a State Council work
report, a province's, a city's, its districts') call the higher ones by their level, as they
do in speech: 「那省里呢？」「省里和国务院定的目标对比一下」「中央那份」. Each such word names
the library's unit of that level — the 省 for 省里/省政府, the 地市 for 市里/市政府, the 国家
for 中央/全国那份 — so the question is read with the unit's name in its place:

- one unit held at that level: it;
- several: the one the conversation is about — a district's 市里 is its own city, a city's
  省里 its province — when the last turn names a unit whose parent (or parent's parent) is
  one of them; with no such turn, each of them (「A和B」), as 「省里的」 of two provinces is;
- none held: the word is left as typed (a township library's 「县里给镇上派了几名」 is the
  county as an actor, and the county has no report to point at).

The word must stand as the subject or the thing compared — at the start of a clause or
after 那/和/跟/与/同/或/看/问/比: 「获得过省里的表彰」 (after a verb) is an honour, no
report, and 「广东省里」 is the name already; a noun right after it (「市政府常务会」「省政府
办公厅」) makes it an organ's name, searched as written. A level that scopes the count of reports
(「区一级的报告有几份」) is the level itself (``retrieval.level_words``), not a pointer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from reportqa.types import ReportInfo

__all__ = ["named_levels"]

# the rung each spoken pointer names, spelled as ReportInfo.level stores it
_POINTERS = (
    (r"省(?:里|人民政府|政府)", "省"),
    (r"市(?:里|人民政府|政府)", "地市"),
    (r"(?:中央|全国)(?:那份|的那份|这份|的报告)|国家(?:那份|的那份)", "国家"),
)
# what may stand right before a pointer: nothing said yet, a mark, or a word joining it
_BEFORE = r"(?:(?<![\u4e00-\u9fff])|(?<=[那和跟与同或看问比]))"
# what may follow it: a pause, 的/和/呢, the report, or the verb of what it set or said —
# 「市政府常务会」「省政府办公厅」 (a noun after) name an organ, written as it is
_NEXT = r"(?=$|[，,。？?！!；;、\s]|的|和|跟|与|及|呢|那|这|报告|里|[定提说写讲是有在对今去明])"
# 「省里的不算」「市里的不要」: an exclusion of the level is the level scope's (``retrieval.exclusions``)
_AFTER = _NEXT + r"(?![^，,。？?！!；;]{0,6}(?:不算|不要|不用|不看|除外|排除|不包括))"


def _units(infos: Iterable[ReportInfo]) -> dict[str, dict[str, str]]:
    """level → {unit: its parent} over the library's reports."""
    out: dict[str, dict[str, str]] = {}
    for i in infos:
        if i.township:
            out.setdefault(i.level, {})[i.township] = i.county
    return out


def _pick(held: dict[str, str], parents: dict[str, str], talked: Sequence[str]) -> list[str]:
    """The held units of one level a pointer names (see the module's note)."""
    for unit in talked:
        above = parents.get(unit, "")
        for up in (above, parents.get(above, "")):
            if up in held:
                return [up]
    return sorted(held)


def named_levels(question: str, infos: Iterable[ReportInfo], talked: Sequence[str] = ()) -> str:
    """``question`` with each level pointer replaced by the unit(s) it names; ``talked``:
    the units the last turn was about. Unchanged when it has none or the library holds no
    unit of that level."""
    infos = list(infos)
    levels = _units(infos)
    parents = {i.township: i.county for i in infos if i.township}
    for words, level in _POINTERS:
        held = levels.get(level)
        if not held:
            continue
        pattern = re.compile(rf"{_BEFORE}(?:{words}){_AFTER}")
        if pattern.search(question):
            names = "和".join(_pick(held, parents, talked))
            question = pattern.sub(names, question)
    return question
