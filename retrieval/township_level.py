"""The township level named with one word for all its kinds.

镇街, 街镇, 乡镇街道, 乡镇（街道）, 镇（街道）, 乡镇/街道 mean every township-level unit (乡, 镇,
街道, 苏木), as 乡镇 does in the metadata and in 「哪些乡镇」. Read letter by letter they hold 镇,
which alone names one kind, so 「广东的镇街报告」 would list only the 镇, and 「乡镇街道这一级」
would be read as two levels. The joined word must start its word (after a mark, the
question's start or a function character such as 的/个/各/些), so 「镇里的街道办」 (one kind,
then another noun) and a unit's own name (「龙镇街道」) are left as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# the joined spellings of the township level; the longer ones first
_JOINED = (
    r"乡镇\s*[（(]\s*街道(?:办事处|办)?\s*[）)]|镇\s*[（(]\s*街道(?:办事处|办)?\s*[）)]"
    r"|乡镇\s*[/／]\s*街道|镇\s*[/／]\s*街道?|乡镇街道|乡镇街|镇街道|镇街|街镇"
)
# what may stand before a word: not a character of a name
_START = (
    r"(?:(?<![\u4e00-\u9fff])|(?<=[的是在里中些个各有那这和与或及看说查找问列把们到按从对全了]))"
)
_TOWN_LEVEL = re.compile(rf"{_START}(?:{_JOINED})(?!道|办|长)")


def one_township_level(q: str) -> str:
    """「镇街」「乡镇（街道）」… spelled 乡镇; unchanged when the question has none."""
    return _TOWN_LEVEL.sub("乡镇", q)


# the county level named as a group (哪些县区, 各区县): a scope the level filter reads, never a
# topic a report's sentence must say — but before 委 it names those units' committees, whose
# posts (县区委书记) are people the question asks about (``retrieval.office_titles``)
# 「哪些市县」 names the city and county rungs together (``retrieval.scope``): asked of, no topic
_COUNTY_LEVEL = re.compile(
    r"(?:区县|县区|县市区|县（市、区）|县\(市、区\)|(?:(?<=哪些)|(?<=[哪几各每个]))(?:市县|县市(?!场)))(?!党?委)"
)
# the prefecture level named by its class (地级市, 地级城市), or with the 州 and 盟 that stand on it
# beside the cities (地州市, 市州, 市（州）: as Sichuan, Hunan, Gansu write it); 城市州 is no such word
PREFECTURE = r"地级市|地级城市|地州市|市[（(]州[）)]|(?<!城)市州"
_PREFECTURE_LEVEL = re.compile(PREFECTURE)
# 「哪些街道办…」: the street office is how users name the 街道 (its reports are the office's),
# a unit asked about, never a topic; 「街道办了讲座」 (办 the verb) is split before this runs
_STREET_OFFICE = re.compile(r"街道办事处|街道办(?![了过起成好完])")
# 「A镇、B街道这三家」「A镇和B镇两个」: a count right after unit names names them again
_NUM = r"[两三四五六七八九十几俩仨]|\d+"
# what may follow such a count: a particle, an adverb of all/each, 里/中/上, a question word
# or 是/有/比 (「这三个区哪个」「这两个镇比」), a letter (GDP), a break — never a digit
# (「X区3.5%」) nor a character making its level noun the first of a longer word (市场,
# 县城, 乡村, 镇长)
RECOUNT_END = r"(?=[的一年全都各分在里中上哪谁是有比，,、。？?！!\s]|[A-Za-z]|$)"
_RECOUNTED = re.compile(
    rf"(?<=[镇乡道县区旗市])\s*(?:这|那|等|共)?(?:{_NUM})(?:家|个|份|处)?(?:单位|乡镇|街道|镇|乡|地方)?"
    + RECOUNT_END
)

# 「哪些区办过」「哪个县建了」: the level noun a question word asks about, then the question's
# verb — read as words, the lone level character and the verb glue into a coinage (区办, 区建:
# district-run, district-built) that becomes a topic no report's sentence says. The level
# noun is the unit asked about, so it is parted from what follows; not where it opens a longer
# name of the ladder or of the place itself (区县, 乡镇, 县市区, 区域, 市场, 县城, 乡村, 区委,
# 县级, 市民, 镇长, 区直, 县属, 区政府, 区划, 市州) nor a street office (办事处, 办公室), nor
# where it opens a word of the dictionary (区位, 区别, 区域, 镇区): 「哪些区有区位优势」 asks
# 区位, a word the level character only begins
_ASKED_LEVEL_DOING = re.compile(
    r"(哪(?:些|个|几个|几)?[区县乡镇市旗])"
    r"(?=(?P<next>[\u4e00-\u9fff]))(?![县区市乡镇街域场城村委级民长直属政划州旗的]|办[事公])"
)


def without_level_nouns(text: str, is_word: Callable[[str], bool] | None = None) -> str:
    """The need's text without the group names of the county and prefecture levels and the street office
    (as 乡镇 and 街道 are already no topic), nor a count that names the units just listed again (「这三家」)."""
    text = _ASKED_LEVEL_DOING.sub(lambda m: _parted(m, is_word), text)
    text = _PREFECTURE_LEVEL.sub(" ", _COUNTY_LEVEL.sub(" ", text))
    return _RECOUNTED.sub(" ", _STREET_OFFICE.sub(" ", text))


def _parted(m: re.Match, is_word: Callable[[str], bool] | None) -> str:
    """The asked level noun parted from what follows, unless the two open a dictionary word."""
    if is_word is not None and is_word(m.group(1)[-1] + m["next"]):
        return m.group(1)
    return m.group(1) + " "
