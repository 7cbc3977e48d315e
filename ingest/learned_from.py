"""A clause that learns from another unit's work names a peer, never the writer.

Reports learn from their peers: 「借鉴《武乡县综合行政执法改革实施方案》」, 「学习“襄垣县矛盾纠纷
调解中心”的经验」, 「赴…考察」. The document, project or campaign such a clause names is the peer's,
so the issuer opening its title is no evidence of the report's own unit — at any level (a county
learns from a sister county, a city from another city). 学习 counts only when it is not the
study of the writer's own or its superiors' texts (「学习贯彻《…》」 is a duty, not a model).
"""

from __future__ import annotations

import re

_LEARNS = re.compile(r"借鉴|参照|参考|考察|观摩|对标|取经|学习(?!贯彻|宣传|领会|落实|宣讲)")
_CLAUSE_END = "。；;！？!?，,\n"


def learned_from(text: str, at: int) -> bool:
    """Does the clause of ``text`` holding position ``at`` learn from what is named there?"""
    start = max(text.rfind(c, 0, at) for c in _CLAUSE_END)
    return _LEARNS.search(text, start + 1, at) is not None
