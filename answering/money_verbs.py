"""Money asked of a bare verb: 「甲街道一年罚了多少钱」.

Spoken Chinese asks an amount with the one-character verb of the deed (罚, 花, 投, 赔, 奖, 补,
拨) and 多少钱, often with no other topic word at all. Reports name such money by the verb's
compound — 罚款, 投资/投入, 赔偿, 奖励/奖金, 补贴/补助, 拨付/拨款, 支出/花费 — right before the
amount (「共处罚款金额136161元」). The verb's compounds are the topic, or join the one named
(「综合执法一年罚了多少钱」: 「罚款5.6万元」 in its sentence); the amount must still be in 元
(``retrieval.measures``), so a sentence without one does not answer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reportqa.text import to_simplified
from retrieval.concept import Concept
from retrieval.query import Analysis

# the verb of a deed that costs or brings money → the words reports use for that money
_COMPOUNDS: dict[str, tuple[str, ...]] = {
    "罚": ("罚款", "罚没"),
    "花": ("花费", "支出", "经费"),
    "投": ("投资", "投入"),
    "赔": ("赔偿", "赔款", "赔付"),
    "奖": ("奖励", "奖金"),
    "补": ("补贴", "补助", "补偿"),
    "拨": ("拨付", "拨款"),
}
_ASKED = re.compile(rf"([{''.join(_COMPOUNDS)}])了?(?:多少|几)(?:钱|万元|元|万)")


def money_topic(analysis: Analysis) -> Analysis:
    """The analysis with the verb's money words as its topic when it asks an amount of a bare
    verb: the whole topic when it has none, else beside it (「综合执法一年罚了多少钱」: the
    fines of the enforcement, 「罚款5.6万元」 in its sentence); else unchanged."""
    m = _ASKED.search(to_simplified(analysis.question))
    if not m:
        return analysis
    words = _COMPOUNDS[m.group(1)]
    if any(w in c.term or c.term in w for c in analysis.concepts for w in words):
        return analysis  # 「罚款罚了多少钱」: the money already named
    concept = Concept(words[0], words, True)
    terms = tuple(dict.fromkeys((*analysis.search_terms, *words)))
    return replace(analysis, concepts=(*analysis.concepts, concept), search_terms=terms)
