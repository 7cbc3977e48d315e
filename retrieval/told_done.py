"""「2023年，我镇已全面完成标准化建设，满意度达95%。2024年将…」: a deed told done in a plan part.

A 法治 report's plan part (「三、2024年工作打算」「下一步工作打算」) lists what the unit means to do
next, but often opens on a recap of the year it reviews: a sentence that tells a deed done (已…,
已全面完成) or is dated in the covered year or before with no word of intent. Such a sentence
reports a result wherever it stands; an item of the plan (「全力以赴推进…」「继续加大…」) names an
aim. ``retrieval.done_asked`` reads a deed asked with 过 by these words; a result asked
(``retrieval.result_asked``) is answered by a recap, never by the plan's items.
"""

from __future__ import annotations

import re

from reportqa.text import to_simplified

__all__ = ["TOLD_DONE", "WILL", "YEAR", "tells_done"]

# a deed told done beside the plan: the sentence reports it (an adverb of extent may come
# between: 已全面完成, 已基本建成)
TOLD_DONE = re.compile(
    r"已经|目前已|现已|已于|已(?:全面|基本|全部|顺利|圆满)?(?:完成|建成|建立|开展|举办|组织|实现|覆盖)"
)
# a word of intent: the sentence sets an aim
WILL = re.compile(r"将|力争|争取|计划|拟|预计|目标|继续|进一步|持续|每[年季月周]")
# a year a sentence names (「2023年」)
YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def tells_done(text: str, year: int | None) -> bool:
    """Does a plan part's passage tell a deed done: 已完成…, or a sentence dated in the covered
    ``year`` or before with no word of intent? Stricter than ``done_asked.plan_only``'s
    reading of a mention: a count (全年…不少于10场) or 继续/进一步 there is an aim, no result."""
    said = to_simplified(text)
    if TOLD_DONE.search(said):
        return True
    for sentence in re.split(r"[。；;！？!?\n]", said):
        years = [int(y) for y in YEAR.findall(sentence)]
        if year and years and max(years) <= year and not WILL.search(sentence):
            return True
    return False
