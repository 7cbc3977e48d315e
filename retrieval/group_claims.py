"""A claim of every member of a group under the unit: 「每个村都配了法律顾问」「所有社区都建了调解室」
「村村都有」.

Two facts of how such a claim is asked and answered. The quantifier (每个, 所有, 村村) is an
amount — the whole — that reports write as 全覆盖, 100%, 均已, 一村一 (``retrieval.spoken``'s
totality concept); the group itself (村, 社区) stays a concept of the need. And the claim is made
in one sentence (「全镇12个村均已聘请法律顾问」), so every required concept becomes a condition of
the sentence: a 100% said of something else (「合同审查覆盖率达100%」) or the group covered by
another thing (「各社区均配备调解员」) is no answer, and one village's act never is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from retrieval.concept import Concept

# the quantifier only: the group word after it and the 都 that closes the claim stay in the text
GROUP_QUANTIFIER = (
    r"(?:每一?个|所有的?|全部的?|各个?|(?<![村])村(?=村)|社区(?=社区))"
    r"(?=(?:行政村|村|社区|村居|网格)[^，。？！,?!]{0,6}?都)"
)
_CLAIM = re.compile(GROUP_QUANTIFIER)


def whole_claimed(question: str, concepts: list[Concept]) -> list[Concept]:
    """``concepts`` with every required one a condition of the sentence when ``question``
    claims a whole group; unchanged otherwise."""
    if not _CLAIM.search(question):
        return concepts
    return [replace(c, must=True) if c.required and not c.light else c for c in concepts]
