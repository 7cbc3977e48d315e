"""The kinds of unit inside the 乡镇 level, and the kinds a library question keeps or leaves out.

A 乡 (民族乡 and the Inner Mongolian 苏木 are 乡-level), a 镇 and a 街道 are all 乡镇 in the
metadata, but people ask for one of them: 「哪些是乡的报告，镇和街道不算」「只看街道的」
「镇一级的有几份」. 不算/除外/不包括/除了 leave kinds out (「乡镇的报告，街道除外」), and 乡镇 on
its own still means the whole level (the verbs of leaving out: ``retrieval.exclusions``). The kind comes from the unit's own suffix; a report whose
unit is unknown has no kind, so it is never listed under one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from answering.meta_select import ETHNIC_TOWN
from reportqa.types import ReportInfo
from retrieval.exclusions import LEAVES_OUT, NOT_COUNTED

TOWN_KINDS = frozenset({"乡", "镇", "街道"})
ALL_KINDS = TOWN_KINDS | {"区县", "地市"}
# the rungs above the city: what is left out of 「哪些不是区一级的」 is the county rung only, so a
# province's (「我代表省人民政府」) and the State Council's reports stay in it
_ABOVE = frozenset({"省", "国家"})
_TOWN_XIANG = r"(?<![城下])乡(?![村镇里亲])"
# 乡 and 镇 standing alone (not 城乡, 乡村, 城镇, 乡镇, 镇政府); 苏木 and 民族乡 are 乡-level
_WORDS = (
    ("乡镇", TOWN_KINDS),
    # 镇街/街镇: the township rung said by two of its kinds (「镇街一级」「各镇街」), no split
    ("镇街|街镇", TOWN_KINDS),
    ("街道", frozenset({"街道"})),
    ("苏木", frozenset({"乡"})),
    (_TOWN_XIANG, frozenset({"乡"})),
    (r"(?<![城乡集村小街])镇(?![政府里上街])", frozenset({"镇"})),
    (
        r"区县|县区|(?<![社园景校小城矿林山辖])[区旗](?:一?级|的|政府)|(?<![城])县",
        frozenset({"区县"}),
    ),
    (r"地市|[市州盟]一?级", frozenset({"地市"})),
    (r"(?:省|自治区)一?级", frozenset({"省"})),
    # the State Council's report is the national rung's: 「不是国家级的」 leaves it out and keeps the
    # rest; only 国家 with 级 marks the rung, 国家 alone is a topic word (国家政策, 国家标准)
    (r"(?:国家|中央)一?级", frozenset({"国家"})),
)
_KIND = r"(?:乡镇|街道|苏木|民族乡|乡|镇|区县|县区|地市|县|区|市|省|国家|中央)(?:一?级)?的?"
# kinds listed together are joined bare (「乡、镇」「镇和街道」) or each with its 的 (「乡的、镇的，」
# 「除了街道的、镇的报告」「不要街道的、区级的报告」: every kind listed is left out)
_KINDS = rf"{_KIND}(?:\s*[和、与及或/]\s*{_KIND})*"
# 「不是乡镇的、县区一级的报告」 alone is two descriptions of the noun in apposition — what it
# is not (不是, a copula denied), then the rung it is (X一级/X级 right before the noun) — so that
# rung after 的、 is kept; a verb of leaving out (除了, 不要, 不算) lists what it drops instead
_NOT_BUT = (
    rf"{_KIND}(?:(?<!的)\s*[和、与及或/]\s*{_KIND}"
    rf"|(?<=的)\s*、\s*(?![^，,。；;？?！!]{{1,4}}?一?级的?(?:报告|材料))(?:{_KIND}))*"
)
_OUT = re.compile(
    rf"(?<![除了])不是({_NOT_BUT})(?:以外|之外|外)?(?:[，,]?(?:其他|其余|别的))?"
    rf"|(?:{LEAVES_OUT})({_KINDS})(?:以外|之外|外)?(?:[，,]?(?:其他|其余|别的))?"
    rf"|({_KINDS})(?:都|也)?(?:{NOT_COUNTED})"
)
# 「是“乡”不是“镇”的」: quotes round a kind word after a copula (是, 为, 算, 属于) or an only-verb
# (只看, 只要) mark the kind asked, never a phrase quoted from a report, so the kind reads as it
# would bare. Said of the word itself (「写了“镇”字的」「名字里带“街道”的」) the quotes stay:
# the question asks about the word, not the unit's kind (review fu78b)
_QUOTED_KIND = re.compile(
    r"(?<=[是为算于看要])[“\"‘'「『]\s*(乡镇|街道|苏木|民族乡|乡|镇|区县|县区|地市|县|区|市|省)\s*"
    r"[”\"’'」』](?![这二两]?个?字)"
)


def unquoted_kinds(q: str) -> str:
    """``q`` with quotes round a bare kind word dropped: 「是“乡”的」 reads as 「是乡的」."""
    return _QUOTED_KIND.sub(r"\1", q)


_ONLY_VERB = re.compile(r"^(?:我?只|仅|单)(?:看|要|列|查|问)(?:一下)?")
_ONLY = re.compile(rf"{_ONLY_VERB.pattern}{_KINDS}")


def kinds_named(text: str) -> frozenset[str]:
    """The kinds of unit ``text`` names (乡镇 is all three kinds, read once)."""
    out: set[str] = set()
    for word, kinds in _WORDS:
        if re.search(word, text):
            out |= kinds
            text = re.sub(word, " ", text)  # 乡镇 is read once, not again as 乡 and 镇
    return frozenset(out)


def asked_kinds(q: str) -> frozenset[str] | None:
    """The kinds of unit the question keeps, when it splits the 乡镇 level or leaves kinds
    out; None when it does neither (the level words alone decide, as before)."""
    q = unquoted_kinds(q)
    left_out: set[str] = set()
    for m in _OUT.finditer(q):
        left_out |= kinds_named(m.group(1) or m.group(2) or m.group(3))
    kept = kinds_named(_OUT.sub(" ", q))
    split = kept & TOWN_KINDS and kept & TOWN_KINDS != TOWN_KINDS
    if not left_out and not split:
        return None
    above = _ABOVE if left_out and not left_out & TOWN_KINDS else frozenset()
    return frozenset((kept or ALL_KINDS | above) - left_out)


# a kind word that starts a longer noun (镇政府, 街道办, 乡长, 镇党委) is no kind left out:
# 「除了镇政府，还有哪些单位…」 keeps every kind
_BODY_AFTER = re.compile(r"^(?:政府|党委|党工委|办事处|办|干部|领导|长|上|里)")


def left_out_kinds(q: str) -> frozenset[str] | None:
    """The kinds a question keeps when it explicitly leaves kinds out (「哪些乡（不算镇和街道）」
    → 乡; 「乡镇里，街道不算」 → 乡, 镇); None when it leaves none out. A bare 「哪些乡」 or
    「哪些镇」 is no narrowing here: users say 乡 and 镇 for the whole 乡镇 rung (「全县各乡」),
    and only a word of leaving out makes the kind a precise one."""
    q = unquoted_kinds(q)
    if not any(not _BODY_AFTER.match(q[m.end() :]) for m in _OUT.finditer(q)):
        return None
    kinds = asked_kinds(q)
    return kinds if kinds and kinds != ALL_KINDS else None


def kind_of(info: ReportInfo) -> str:
    """乡/镇/街道 for a township report by its unit's suffix, else its level."""
    if info.level != "乡镇":
        return info.level
    unit = info.township
    if unit.endswith("街道"):
        return "街道"
    if unit.endswith("镇"):
        return "镇"
    return "乡" if unit.endswith(("乡", "苏木")) else ""


def sub_level_filter(q: str) -> Callable[[ReportInfo], bool] | None:
    """Which reports a question that splits the levels keeps, or None."""
    kinds = asked_kinds(q)
    if kinds is None:
        return None
    if ETHNIC_TOWN.search(q):  # 「哪个是民族乡」: of the 乡, those named …族乡 (``meta_select``)
        return lambda i: kind_of(i) in kinds and (kind_of(i) != "乡" or i.township.endswith("族乡"))
    if "苏木" in q and not re.search(_TOWN_XIANG, q.replace("苏木", "")):
        # 「哪些是苏木的」: of the 乡, those named …苏木; a library of none has none to list
        return lambda i: kind_of(i) in kinds and (kind_of(i) != "乡" or i.township.endswith("苏木"))
    return lambda i: kind_of(i) in kinds


def without_sub_level_words(q: str) -> str:
    """The question without 「镇和街道不算」「只看」: scope words, not a topic to search."""
    return _ONLY_VERB.sub("", _OUT.sub(" ", unquoted_kinds(q).strip()))


def asks_only(q: str) -> bool:
    """「只看街道的」: a list of one kind, asked without 哪些 or 几份."""
    return bool(_ONLY.search(unquoted_kinds(q).strip()))
