"""The measure a comparison's cells must be counted in.

「甲镇和乙镇的普法活动覆盖了多少人次」 asks people reached: a cell quoting 「开展专项活动15场」
names the topic but answers another measure (occasions, not people), and the table then reads
as if 15 were the answer. Users name the measure two ways: after the question word (「多少人次」
「几场」) or as the thing compared (「覆盖的人次比一比」「合同审查的件数对比一下」「参加人数」), a
measure noun standing for the count in it. A cell answers only with a count in the asked
measure's class (``retrieval.measures``: 场 ~ 次, 人 ~ 名 ~ 人次), and never with counts of the
topic's own things (``own_counts``: 21个服务站 for 「办了多少件」).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from answering.own_counts import counts_own_things
from answering.sentences import wants_number
from reportqa.text import to_simplified
from retrieval.concept import Concept
from retrieval.measures import asked_measure, counts_with, is_measure_word
from retrieval.more_of_two import plain_ranking
from retrieval.query import Analysis

# a measure named as the thing compared: 人次, 场次 are measure words already; 次数, 人数,
# 件数, 份数, 场数, 户数, 条数, 项数 are nouns of the count in 次, 人, 件, 份, 场, 户, 条, 项
_NAMED = re.compile(r"人次|场次|件次|户次|(?P<one>[次人件份场户条项])数(?![据字码学])")
# 面积 names the kind of the value, an area: 「新增海绵城市面积对比」 asks 平方公里/公顷/亩, so a
# cell in another measure (「新开工住房7个」) answers nothing and the unit's report is read for
# one in an area. 面积 stays a topic word for the judge: an area beside the topic that is not
# the topic's own (「拆除违建1.6万平方米」 by a 法治文化广场) is no answer. Not a share (「面积占比」)
_AREA = re.compile(r"面积(?!占|比|率)")
AREA_MEASURE = "平方米"
# 「前海合作区扩到多大了」「盐田区有多大」: 多大 asked right after a piece of land (a zone, a
# park, a district: its noun ends in a land word), with only a verb of extent between (扩大到,
# 达到, 有), asks its area — a report writes a zone's size in 平方公里/公顷/亩 (「面积扩大到
# 120.56平方公里」). A word between the land and 多大 (「合作区的规模有多大」「园区影响多大」)
# asks that thing's size, which is no area.
_LAND_SIZE = re.compile(
    r"(?:区|园|城|岛|湾|港|湖|公园|基地|用地|土地|绿地)"
    r"(?:现在|目前|如今|已经|已|总共|一共)?(?:扩大|扩展|拓展|扩|增加|增|达|发展)?(?:到|至)?了?"
    r"(?:有|是)?多大"
)
# measures whose counts stand for a size every report gives in its own way; a rank, a
# score and a share are read by their own rules (``value_kinds``)
_OWN_RULES = ("", "第", "%", "个")


# 「多少人或单位」「几次或者几场」「多少人、多少家」: a question naming a second measure or
# counted noun beside the first accepts a count in either, so it binds the cells to none
# (reports count people reached by 名 as often as the bodies they belong to by 家)
# — unless the second is a measure of the same class (「几次或几场」 both count occasions)
_EITHER = re.compile(r"\s*(?:或者?|还是|或是|/|、)\s*(?:多少|几)?\s*(?P<w>[\u4e00-\u9fff]{1,2})")


def compare_measure(question: str, words: Callable[[str], list[str]] | None = None) -> str:
    """The measure a comparison asks its cells in: the one after 多少/几, else one named as
    the thing compared (「覆盖的人次」); '' when none, one read by other rules, or a second
    measure named beside it (``_EITHER``)."""
    q = to_simplified(question)
    measure = asked_measure(q, words)
    said = re.search(rf"(?:多少|几)\s*(?:万|亿)?\s*{re.escape(measure)}", q) if measure else None
    either = _EITHER.match(q, said.end()) if said else None
    if either and not any(
        is_measure_word(w) and counts_with(measure).search(f"2{w}")
        for w in (either.group("w"), either.group("w")[:1])
    ):
        return ""
    if not measure:
        m = _NAMED.search(q)
        measure = (m.group("one") or m.group(0)) if m else ""
    if not measure and (_AREA.search(q) or _LAND_SIZE.search(q)):
        measure = AREA_MEASURE
    if measure and not is_measure_word(measure):
        measure = measure[0]  # 场次 counts in 场
    return "" if measure in _OWN_RULES or not is_measure_word(measure) else measure


def asks_area(question: str) -> bool:
    """Does the question name 面积, an area (not a share of one: 面积占比)?"""
    return bool(_AREA.search(to_simplified(question)))


def _measure_only(term: str) -> bool:
    """A measure word, or one written with two (场次: 场 and 次)."""
    return is_measure_word(term) or all(is_measure_word(ch) for ch in term)


def answers_measure(text: str, measure: str, concepts: Sequence[Concept]) -> bool:
    """Does a cell's quote give a count in ``measure``'s class that is no count of the
    topic's own things? True when no measure is asked."""
    if not measure:
        return True
    t = to_simplified(text)
    return bool(counts_with(measure).search(t)) and not counts_own_things(t, measure, concepts)


def without_measure_words(analysis: Analysis, measure: str) -> Analysis:
    """The analysis without concepts that are measure words (「多少场次」 read as 场次 and 次):
    a measure says what a count is counted in, never what was done, and a report counting
    the asked deed in 次 has no 场次 (``measure``: the one asked, '' for none). Kept when
    they are all the question has."""
    if not measure:
        return analysis
    # 「条数各是多少」: a noun of the count (条数, 次数) names the measure, not the deed either
    said = {
        c.term
        for c in analysis.concepts
        if _measure_only(c.term) or (_NAMED.fullmatch(c.term) and measure in c.term)
    }
    kept = tuple(c for c in analysis.concepts if c.term not in said)
    if not said or not kept:
        return analysis
    terms = tuple(t for t in analysis.search_terms if t not in said)
    return replace(analysis, concepts=kept, search_terms=terms)


# nouns whose things Chinese counts with their own classifiers: printed matter handed out in
# 份/本/册 (one class, ``retrieval.measures``: 发放资料3000份, 小册子2000余册, 明白纸500张) — a
# poster or a banner is put up, not handed out, and counts something else — cases in 件;
# the noun ends the compound a question names (宣传资料, 普法手册). Devices are left out:
# they count in 台/套/个, and 个 counts anything (新增单项冠军3个 beside 设备更新).
_COUNTED_IN = (
    (("资料", "材料", "手册", "册子", "宣传单", "传单", "单页", "折页", "读本", "宣传品"), "份"),
    (("明白纸", "书籍", "图书", "书刊"), "份"),
    (("案件", "案子"), "件"),
)
_RANKS = re.compile(r"最多|最少|更多|更少")
# what may follow the thing compared when it is the head counted: 「手册谁多」「资料各发了多少」
# 「的普法材料更多」 — never another noun (「资料覆盖群众谁多」 compares the people reached)
_HEAD_TAIL = re.compile(
    r"(?:的)?(?:数量|总数|份数|数)?(?:各|分别|一共|共|总共)?(?:发了|发放了?|印发了?|发)?"
    r"(?:谁|哪|更|最|多少|几|，|,|？|\?|。|$)"
)


def _compared(question: str, concepts: Sequence[Concept]) -> tuple[str, tuple[str, ...], str]:
    """(the compared concept's term, its noun family, their measure) for the noun counted
    as the head of the question (written last, nothing but question words after it), else
    ('', (), '')."""
    q = to_simplified(question)
    found = [
        (q.rfind(c.term), c.term, nouns, measure)
        for c in concepts
        for nouns, measure in _COUNTED_IN
        if c.required and c.term.endswith(nouns) and c.term in q
    ]
    if not found:
        return "", (), ""
    at, term, nouns, measure = max(found)
    if not _HEAD_TAIL.match(q, at + len(term)):
        return "", (), ""
    return term, nouns, measure


def noun_measure(question: str, concepts: Sequence[Concept]) -> str:
    """The measure a comparison's count is asked in when the question names no measure but
    the noun compared (「发的宣传资料谁多」「手册各发了多少」): the classifiers of that noun's
    things, since 「X谁多」 compares the count of X, never the nearest count beside the topic
    (开展宣传12次 is no amount of 资料). '' when the question asks no count or ranking, no
    concept ends in a noun of a known classifier, or that noun is no head of the thing
    compared (「资料覆盖群众谁多」 counts people)."""
    q = to_simplified(question)
    if not (wants_number(q) or plain_ranking(q) or _RANKS.search(q)):
        return ""
    return _compared(question, concepts)[2]


def noun_count(text: str, question: str, concepts: Sequence[Concept]) -> str | None:
    """The count (as written) a cell's sentence binds to the compared noun: the noun as the
    question writes it first (禁毒手册1500本, never 读本950本 before it), then its head noun,
    then a noun counted like it (「发放小册子2000余册」 for 「宣传资料谁多」), never the count
    after another word of the topic in the sentence (宣传海报35张). '' when none, or no such
    noun is compared; None when only nouns of the family are counted and two or more are
    (读本950本、禁毒手册1500本 for 普法材料): the unit's total is no one of them."""
    if not noun_measure(question, concepts):
        return ""
    term, nouns, measure = _compared(question, concepts)
    t = to_simplified(text)
    counts = counts_with(measure)
    head = next(n for n in nouns if term.endswith(n))

    def bound(noun: str) -> list[str]:
        got = []
        for m in re.finditer(noun, t):
            hit = counts.search(t, m.end(), m.end() + 12)
            if hit and not re.search(r"[，,。；;、]", t[m.end() : hit.start()]):
                got.append(hit.group(0))
        return got

    for noun in (term, head):
        if got := bound(noun):
            return got[0]
    family = [c for n in nouns for c in bound(n)]
    if len(set(family)) > 1:
        return None
    return family[0] if family else ""
