"""Who did it is light: the actor of a deed in a question is no requirement.

Reports name the people a township organised in many words (干部, 公职人员, 干部职工, 班子成员,
机关人员), often in the sentence before the deed (「组织干部职工开展培训10场次。重点学习《宪法》」)
or not at all (「专题学习《中华人民共和国宪法》」). The deed and its object carry the question,
so the actor word leaves the need. An actor jieba joins to a one-character verb (「干部学过宪法」
→ 干部学) leaves the verb behind, spelled as its general deed (学 → 学习, ``doubled``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from retrieval.doubled import GENERAL_DEEDS
from retrieval.vocabulary import SOFT_VERBS

# the people a township or street organises to learn, train or be examined
ACTORS = (
    "干部职工",
    "党员干部",
    "机关干部",
    "领导干部",
    "公职人员",
    "机关人员",
    "班子成员",
    "领导班子",  # 「领导班子带头学法」: who studied, as 班子成员
    "干部",
    "职工",
)

Found = tuple[int, int, Any]  # (start, end, Concept) in the question's text

# 「执法的人」「值班的人」: the people who do a deed, said as a relative clause on 人
_DOERS_OF = re.compile(r"(?<![\u4e00-\u9fff]的)([\u4e00-\u9fff]{2})的人(?![员民家])")


def people_named(q: str, is_word) -> str:
    """``q`` with 「V的人」 spelled as reports name those people, V人员 (执法的人 → 执法人员),
    when V人员 is a word of the dictionary: reports write 执法人员, 工作人员, never 执法的人.
    A V人员 no dictionary holds (宣誓人员, 学法人员) is no name of a group, and 「宪法宣誓的人」
    keeps its words."""
    return _DOERS_OF.sub(lambda m: f"{m[1]}人员" if is_word(f"{m[1]}人员") else m[0], q)


def _actor_at(text: str, start: int) -> str:
    return next((a for a in ACTORS if text.startswith(a, start)), "")


def light_actors(found: Sequence[Found], text: str, beside: bool = False) -> list[Found]:
    """``found`` without its actor concepts (a concept spelling the start of an actor
    word in ``text``: 机关 of 机关人员); one left with a one-character verb keeps it as its
    general deed. Nothing changes when the actor is all the question asks about (``beside``:
    the question has required concepts outside ``found``, a quoted title)."""
    out: list[Found] = []
    for start, end, c in found:
        actor = _actor_at(text, start)
        if not actor or not (actor.startswith(c.term) or c.term.startswith(actor)):
            out.append((start, end, c))
            continue
        rest = c.term[len(actor) :]
        deed = next((d for d in GENERAL_DEEDS if len(rest) == 1 and d[0] == rest), "")
        if deed:
            out.append((start + len(actor), end, replace(c, term=deed, alternatives=(deed,))))
    return out if beside or any(c.required for _, _, c in out) else list(found)


# what is left of a which-question before its need once the question word is gone (「哪些地方的」
# 「哪里有」「哪些镇给」): the unit asked, then 的/有 and a preposition marking whom a deed is for
_OPENING = re.compile(
    r"\s*(?:地方|单位|地区|乡镇|镇|乡|街道|区县|县|区|市)?(?:里|上)?(?:[的有](?:给|为|帮|替)?|给|为|帮|替)\s*"
)
# the word after the doer opens the predicate: an adverb (亲自, 都), a verb, a preposition, a modal
_PREDICATE = ("d", "v", "p", "c", "ad")


def light_doers(
    found: Sequence[Found],
    text: str,
    words: Sequence[tuple[int, str, str]],
    which: bool = True,
    who: Callable[[str], bool] = lambda _t: True,
) -> list[Found]:
    """``found`` with the noun that opens a which-question's need right before its predicate
    marked as the doer (``Concept.doer``): 「哪些地方的领导亲自出庭应诉」「哪些地方有老百姓申请行政
    复议」 ask for the deed (出庭应诉, 行政复议) whoever does it, and reports name the doer in
    their own words (行政机关负责人, 受理…申请) or not at all. It stays required until the
    library is read (``retrieval.holders.topic_restored``): a deed spelled by no report must
    come back as the need and be named unsaid, never leave the doer's absence unnoticed. The
    one it is done for, after 给/为 (「哪些地方给村民发了手册」), ranks only. A noun with no
    predicate after it is what is asked (「哪些地方有法律顾问」), and a noun after the verb
    (「哪些镇聘了调解员」) is its object: both stay. The doer is marked only when a deed of the
    question's own is left beside it, and only a general one (``who``: 领导, 群众, 工作人员,
    the public): a post (「哪些镇的党委书记带头述法」, 一把手, 党委委员) or a body (领导小组)
    tells the deed apart — 纪委书记带头述法 is another deed — and stays the need."""
    if not found or not which:
        return list(found)
    start, end, c = found[0]
    if not c.required or not _OPENING.fullmatch(text[:start]):
        return list(found)
    if not (who(c.term) or c.term in _PUBLIC or c.term.endswith("人员")):
        return list(found)
    verb, after = next(((w, f) for at, w, f in words if at >= end), ("", ""))
    if not after.startswith(_PREDICATE) or after == "vn":
        return list(found)
    rest = list(found[1:])
    # the deed left may be a predicate (亲自|出庭应诉: soft by the adverb), never a generic verb
    if not any(n.required or not (n.light or n.term in SOFT_VERBS) for _, _, n in rest):
        return list(found)
    if re.search(r"[给为帮替]\s*$", text[:start]):
        # whom it is for ranks, light (「给执法的人配了记录仪」: reports write 配备执法记录仪),
        # where the deed names a thing of its own, required; a deed whose object is weak
        # (「给执法人员办了执法证」: 执法证 soft) or done for enterprises — services to them are
        # a heading of their own (企业法治体检, 涉企) — is told apart by whom, which stays
        if c.term in _OWN_DOMAIN or not any(n.required for _, _, n in rest):
            return list(found)
        return [(start, end, replace(c, required=False, light=True)), *rest]
    if next((w for at, w, f in words if at >= end and not f.startswith("d")), "").startswith(_HAS):
        # 「哪些乡镇的执法人员都持有执法证」: a verb of having describes its subject, no deed
        # done apart from it (持证上岗 is said of 执法人员): the holder stays the need
        return list(found)
    if verb.startswith(_TAKES_PART) or (c.term in _PUBLIC and not verb.startswith(_BRINGS)):
        # 「哪些地方的村民|领导参加了法治讲座」: who takes part is whom the deed reaches, and
        # reports name them (组织村民参加, 领导干部法治讲座) to tell it from another audience's;
        # the public's own deed is bringing a matter (申请, 投诉: ``taken_side``)
        return list(found)
    return [(start, end, replace(c, doer=True)), *rest]


# having or holding: a state of the subject, told of it (执法人员持证), never a deed apart from it
_HAS = ("持有", "具有", "具备", "拥有", "持证")
# whom a service is for that names a field of its own in reports (企业法治体检, 服务企业, 涉企)
_OWN_DOMAIN = ("企业",)
# taking part in a deed another organises: the one who takes part is its audience
_TAKES_PART = ("参加", "参与", "出席", "旁听", "列席", "接受")


# the public, named as the one who brings a matter to the government (「有老百姓申请行政复议」)
_PUBLIC = ("老百姓", "群众", "百姓", "民众", "村民", "居民", "市民", "企业")
# what the public does to bring a matter, and how the office that takes it writes the same event
_BRINGS = ("申请", "投诉", "反映", "举报", "起诉")
_TAKES = ("受理", "新收", "收到", "接到", "办理")


def taken_side(found: Sequence[Found], text: str) -> list[Found]:
    """``found`` with the public's act of bringing a matter (申请, 投诉 after 「老百姓」「群众」 at
    the need's start) also spelled as the office taking it (受理, 新收, 办理): a report is the
    government's, and writes 「受理行政复议案件186件」 for what the question puts as
    「老百姓申请行政复议」."""
    lead = [f for f in found if not f[2].doer]  # 老百姓 is the doer, 申请 its deed
    if not lead:
        return list(found)
    start, end, c = lead[0]
    opening = text[:start]
    public = next((p for p in _PUBLIC if opening.rstrip().endswith(p)), "")
    if not public or c.term not in _BRINGS or c.required:
        return list(found)
    if not _OPENING.fullmatch(opening.rstrip()[: -len(public)]):
        return list(found)
    taken = (start, end, replace(c, alternatives=(*c.alternatives, *_TAKES)))
    return [taken if f is lead[0] else f for f in found]


def light_audience(found: Sequence[Found]) -> list[Found]:
    """``found`` with a word for the public standing right before another noun concept
    (市民|热线, 群众|满意度) made light: it says whom the service is for, and reports name the
    same service by its number or office (12345便民服务热线), seldom by its users. The public
    as the thing asked (「哪些地方走访了群众」) has no noun after it and stays."""
    out = list(found)
    for i, (start, end, c) in enumerate(found[:-1]):
        nxt = found[i + 1]
        if c.term in _PUBLIC[:-1] and nxt[0] == end and nxt[2].required and c.required:
            out[i] = (start, end, replace(c, required=False, light=True))
    return out
