"""The words that make a question ask for the library's reports as a list, not for a topic.

Why its own room: a question about the reports as documents is told from one about what they
say by a few shapes of asking (哪些/几份/有没有, a report named by its year and 份); kept in
one place so the metadata answerer and its tests read the same list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.frame_only import names_only
from answering.meta_frame import ANY_REPORTS
from retrieval.query import Analysis

# 「都有谁的」「是谁的」: who wrote them, i.e. which units
# 「是哪里的」「哪儿的」: the place asked of reports is their units, a list too; 「有2019年的
# 报告吗」 asks whether the library holds such reports, which their list (or its absence) says
LIST = re.compile(
    r"哪些|哪几|哪一?[个份]|几份|多少份|几个|有哪|列出|列一下|列一列|是什么|(?:有|是)谁"
    rf"|(?:哪里|哪儿|什么地方)的|{ANY_REPORTS.pattern}"
)
# 「河南省的有没有」: whether the library holds any of a region's, said with no noun — asks its
# list only when a region is all the question names (a level 「乡镇的有没有」 is most often a
# follow-up asking the last topic there, ``followup_region.any_of``)
ANY_OF = re.compile(r"的(?:有没有|有吗|有么|有不有)[？?。！!\s]*$")
# 「其中2021年那份是谁的」「2023年的那份」: a report said by its year and 份, the measure word
# of a document — the report of that year, never a topic
YEAR_COPY = re.compile(r"(?:19|20)\d{2}\s*年度?(?:的)?(?:那|这)[一]?份")
# 「比较A、B和C分别是哪年的报告」: the verb of comparing, before a question asking each report
# its own fact (分别/各自/各是), asks nothing by itself; 「比较A和B哪个报告长」 keeps it (a
# comparison of their contents, no document fact of each)
COMPARING = re.compile(r"^(?:请)?(?:比较|对比)(?:一下)?(?=[^，,。？?]*(?:分别|各自|各是))")

# 「A和B是哪两年的报告」「深圳市的报告是哪两年的」: two reports each asked its year — but only when
# the units and the frame are all the question says; 「国务院提出疫情防控是哪两年的」 asks the years
# of a deed, which the reports' years do not answer (one of them may never mention it)
_TWO_YEARS = re.compile(r"(?:是|有)?哪两年的(?:报告)?(?=[？?。！!\s]*$)")


def two_years_each(q: str, analysis: Analysis) -> str:
    """``q`` asked as 「分别是哪一年的报告」 when it names units and asks 哪两年 of nothing else."""
    each = _TWO_YEARS.sub("分别是哪一年的报告", q)
    return each if each != q and names_only(each, analysis) else q


def lists_region(q: str, places: Sequence[str], carried: bool) -> bool:
    """Does 「河南省的有没有」 (or 「江苏或者浙江的乡镇」, the places then a rung's noun) ask the
    library's reports there? Only when asked first: after a
    turn about some units (「虹桥街道有没有开展宪法宣传周」, whose scope the conversation
    ``carried``) the same words ask the last topic there, never the region's list."""
    return bool(places) and not carried and (bool(ANY_OF.search(q)) or _place_units(q, places))


# 「江苏或者浙江的乡镇」「湖南的街道有哪些」: places, then the noun of a rung, and nothing else — a
# library of reports has no other thing such a phrase could name than its units there. Not with
# 呢 or a leading 那 (「那上海的街道呢」): after a topic that found nothing, that asks the topic there
_PLACE_UNITS = re.compile(
    r"^(?P<where>[\u4e00-\u9fff、]{2,24}?)(?:那边|这边|境内)?的"
    r"(?:乡镇|街道|镇街|街镇|区县|县区|乡|镇|县|区)(?:有哪些|都有哪些|是哪些|都有谁)?[？?。！!\s]*$"
)
# what may join the places said (「江苏或者浙江」「江苏、浙江和安徽」)
_JOINS = re.compile(r"或者|或是|还是|或|和|跟|与|及|、|省|市")


def _place_units(q: str, places: Sequence[str]) -> bool:
    """Does 「江苏或者浙江的乡镇」 name only places and a rung? The places must be all the
    words before 的 (「民法典宣传的乡镇」 asks a topic)."""
    m = _PLACE_UNITS.match(q.strip())
    if not m:
        return False
    where = m.group("where")
    for said in sorted(places, key=len, reverse=True):
        where = where.replace(said, "")
    return not _JOINS.sub("", where)
