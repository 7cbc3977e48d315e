"""「哪个乡镇法律顾问年费最高」: a ranking in a measure that no compared unit's quote gives.

A ranking word (最高, 最多) orders the units by their figures in the measure the question asks
(年费 is an amount in 元, 人次 a count of attendances: ``retrieval.measures.asked_measure``).
When no compared unit's quote holds a figure in that measure, the reports give nothing to
rank: the units write of the topic (they hired a 法律顾问) but none says the fee. Showing
their sentences as the comparison's cells reads as if they answered, and the picker once
ranked 「审核通过率100%」 as the top fee. So the answer says the reports do not give the
measure and shows the units' sentences apart, as related passages the answer does not rest on
(``absent``'s shape for one unit, here for several). A ranking asking no measure (「哪个镇调解
纠纷最多」) ranks whatever counts the cells hold, as before; a unit giving the measure keeps the
ranking among those that do (``compare_table._superlative_pick``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from answering.extractive import _quoted, no_evidence
from reportqa.answer import Answer, CompareRow, Kind, Paragraph, Role, Text, verdicts
from retrieval.measures import asked_measure, counts_with
from retrieval.more_of_two import plain_ranking
from retrieval.query import Analysis

_RANKED = re.compile(r"最多|最少|最高|最低|最大|最小|更多|更少")
# what the missing figure is called: an amount for money, a figure for any other measure
_MONEY = frozenset({"元", "万元", "亿元"})


def unmeasured(question: str, rows: Sequence[CompareRow]) -> str:
    """The measure a ranking asks that no cited row gives a figure in; '' when the question
    ranks nothing, asks no measure, or some row gives one."""
    if not (_RANKED.search(question) or plain_ranking(question)):
        return ""
    measure = asked_measure(question)
    if not measure:
        return ""
    counts = counts_with(measure)
    given = any(
        r.citation and r.number is not None and counts.search(f"2{r.measure}")
        for r in rows
        if r.measure
    )
    # a cell's own text may hold the measure though its number was read from another figure
    given = given or any(r.citation and counts.search(r.value) for r in rows)
    return "" if given else measure


def unranked_answer(
    analysis: Analysis, rows: Sequence[CompareRow], searched: int, measure: str
) -> Answer:
    """No unit gives the measure ranked: said so, each unit's sentence shown as related."""
    topic = analysis.topic or analysis.question
    what = "金额" if measure in _MONEY else "数字"
    word = (_RANKED.search(analysis.question) or re.search("最多", "最多")).group(0)
    said = f"各单位的报告都没有写明「{topic}」的{what}，无法判断哪个{word}（已检索 {searched} 份报告）。"
    cited = [r for r in rows if r.citation]
    if not cited:
        return no_evidence(analysis, searched, [r.unit for r in rows])
    quotes = tuple(
        _quoted(r.value, r.citation.n, f"{r.unit}《{r.citation.title}》：") for r in cited
    )
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=Kind.COMPARE,
        mode="extractive",
        body=(
            Paragraph((Text(said),)),
            Paragraph((Text(f"相关内容（不是所问的{what}，仅供参考）："), *quotes)),
        ),
        units=verdicts((), tuple(dict.fromkeys(r.unit for r in rows))),
        searched=searched,
        related=tuple(replace(r.citation, role=Role.RELATED) for r in cited),
    )
