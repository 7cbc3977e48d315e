"""「那写了明年工作打算的呢？」 after 「哪几份报告里专门写了存在的问题跟不足？」: the same list asked
with another condition.

After a list question, 那 + a 的-phrase led by a verb (写了…的, 提到…的, 搞了…的) names units by
what they did, as the list question did: it swaps the condition and keeps the list — its
asking frame (哪几份报告, 哪些地方) and the last question's scope, never the units the last
answer listed, which were picked by the old condition. Read as an ellipsis it stays scoped
to the last answer's units and, with no asking word, is answered as one fact of one report.
A 的-phrase led by a negation (「没写的呢」) asks the complement of the last list
(``answering.followup_negated``), a level or a year (「街道的呢」「2023年的呢」) another slot.

「有2023年的呢？」「有乡镇的呢？」: 有 before a year or a level asks whether the list has
members of that year or level — the slot narrowed, never a condition 「有2023年」 searched
as text. A year or a level is something every report has, never a deed it did (``slot_narrowed``).

「再加上只看2023年的报告这个条件呢」「再加一个条件：只要街道的」: a narrowing said as a condition
added. The frame (加上…这个条件, 加个条件：…) says only that the last question is narrowed; what
narrows it is inside, and is read as if typed alone (``condition_unframed``). Left in, the frame
hid the narrowing from every reader, and 「条件」 was searched as the topic.
"""

from __future__ import annotations

import re

from answering.followup_bound import bound_swapped, bounded_condition
from answering.followup_years import with_year

__all__ = ["condition_swapped", "condition_unframed", "slot_narrowed"]

_VERB = r"(?:专门)?(?:写了|写到|写过|提到|提了|提过|讲了|谈到|涉及|搞了|搞过|做了|开展了|开展过|有)"
_CONDITION = re.compile(
    rf"^(?:那么?|那要是|要是)?\s*(?P<what>{_VERB}[^，,。？?！!]{{2,30}}?)的(?:报告|单位|地方)?"
    r"(?:呢|有哪些|是哪些|有吗)[？?。!！\s]*$"
)
# the last question's list frame: up to its asking word and the noun it asks for
_FRAME = re.compile(
    r"^.*?(?:哪些|哪几个|哪几家|哪几份|哪几)(?:乡镇街道|乡镇|街道|地方|单位|报告|区县|乡|镇|县|区)?"
)


# 「再加上…这个条件呢」: a condition added, named before 这个条件; 「再加个条件，…」: named after
_ADDED_BEFORE = re.compile(
    r"^(?:那么?)?(?:再|另外|还)?(?:加上|加|添上|增加|追加)(?P<what>[^，,。？?！!：:]{2,30}?)"
    r"(?:这个|这一|这条|这么个|这么一个)(?:条件|限制|限定)(?:呢|吧|看看)?[？?。!！\s]*$"
)
_ADDED_AFTER = re.compile(
    r"^(?:那么?)?(?:再|另外|还)?(?:加上|加|添上|增加|追加)(?:一个|个|一条|条)?(?:条件|限制)"
    r"[，,：:\s]+(?P<what>[^，,。？?！!]{2,30}?)(?:呢|吧)?[？?。!！\s]*$"
)


def condition_unframed(q: str) -> str:
    """``q`` without a frame of adding a condition (「再加上X这个条件呢」 → 「X呢」), or ``q``."""
    m = _ADDED_BEFORE.match(q.strip()) or _ADDED_AFTER.match(q.strip())
    if m is None:
        return q
    what = m.group("what")  # 「只看2023年的报告」 ends as said; 「乡镇」 takes 的 (「乡镇的呢」)
    return f"{what}呢？" if re.search(r"(?:的|报告|里|中|里面|里头)$", what) else f"{what}的呢？"


def condition_swapped(q: str, prev_q: str) -> str | None:
    """The last list question asked with the condition ``q`` names, or None when ``q`` is
    no verb-led 的-phrase or the last question was no list question."""
    if moved := bound_swapped(q, prev_q):  # 「低于97%的呢」: the bound moved (followup_bound)
        return moved
    if own := bounded_condition(q, prev_q):  # 「那持证率没到100%的呢」: a bound of its own
        return own
    m = _CONDITION.match(q.strip())
    frame = _FRAME.match(prev_q)
    if not m or not frame or _slot(m.group("what")):
        return None
    asked = frame.group(0)
    if ended := _ASKED_AT_END.search(asked):  # 「提到X的有哪些」: its frame is the list noun alone
        noun = ended.group("noun") or ended.group("asked") or "单位"
        lead = _LEAD_YEARS.match(asked)  # 「2023年提到X的有哪些」: the years asked over kept
        asked = f"{lead.group(0) if lead else ''}哪些{noun}"
    place = "里" if asked.endswith("报告") else ""
    return f"{asked}{place}{m.group('what')}？"


# a list question asking at its end (「有行政诉讼但没败诉的有哪些」): its condition comes first,
# so the words up to its asking word are no frame to put a new condition after
_ASKED_AT_END = re.compile(
    r"的(?P<noun>报告|单位|地方)?(?:都)?(?:有|是)(?:哪些|哪几个|哪几家|哪几份|哪几)"
    r"(?P<asked>乡镇街道|乡镇|街道|地方|单位|报告|区县|乡|镇|县|区)?$"
)
# the years a list is asked over, said first (「2023年的报告里，」「2022年和2023年」): its scope
_LEAD_YEARS = re.compile(r"^(?:(?:19|20)\d{2}\s*年度?(?:和|、|至|到)?)+(?:的报告[里中][，,]?)?")


# 「有2023年的呢」「有没有乡镇的」「还有街道的吗」: 有 before what every report has (a year, a level)
_HAS_SLOT = re.compile(
    r"^(?:那么?)?(?:还|也)?有(?:没有)?(?P<slot>[^，,。？?！!]{1,12}?)的(?:报告)?"
    r"(?:呢|吗|么|没有)?[？?。!！\s]*$"
)
_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年度?")
# a level of the units: a kind noun alone, 一级/级 after it or not (「乡镇」「县一级」「街道级」)
_LEVEL = re.compile(r"(?:乡镇街道|乡镇|街道|镇街|区县|县区|县市区|乡|镇|县|区|市)(?:一?级)?")
# the frame noun of a list question, to be replaced by the level asked now
_FRAME_NOUN = re.compile(
    r"(?P<ask>哪些|哪几个|哪几家|哪几份|哪几)(?:乡镇街道|乡镇|街道|地方|单位|报告|区县|乡|镇|县|区)?"
)


def _slot(what: str) -> bool:
    """Is ``what`` (「有2023年」「有乡镇」) 有 before a year or a level alone?"""
    rest = what.removeprefix("有")
    if rest == what:
        return False
    return bool(_YEAR.fullmatch(rest) or _LEVEL.fullmatch(rest))


def slot_narrowed(q: str, prev_q: str) -> str | None:
    """The last list question narrowed to the year or level ``q`` asks after with 有
    (「有2023年的呢」 → 「2023年哪些报告提到了X？」, 「有乡镇的呢」 → 「哪些乡镇提到了X？」), or
    None when ``q`` is no such question or the last question was no list question."""
    m = _HAS_SLOT.match(q.strip())
    if not m or not re.search(r"哪|谁", prev_q):
        return None
    slot = m.group("slot").strip()
    if y := _YEAR.fullmatch(slot):
        return with_year(prev_q, int(y.group("year")), ())
    if _LEVEL.fullmatch(slot) and _FRAME_NOUN.search(prev_q):
        level = re.sub(r"一?级$", "", slot)
        return _FRAME_NOUN.sub(lambda f: f.group("ask") + level, prev_q, count=1)
    return None
