"""The village, the unit below a township, as a question names it.

「为村里请了法律顾问」「给村一级配了」: the village says where the work was done. Reports
name villages many ways (村, 行政村, 村居, 居委会, 嘎查 in 内蒙古), so the concept carries
every spelling; a lone 村 is one character and jieba leaves it alone.
"""

from __future__ import annotations

import re

from retrieval.concept import Concept

# 社区 only beside 村 (「村（社区）」) or after 每个/各/所有, as 社区矫正 names no village
_VILLAGE = re.compile(
    r"^(?:各|每|全|所有)?(?:村|村里|村级|村居|嘎查|嘎查村|行政村|居委会|村委会?)$"
)
_VILLAGE_PEER = re.compile(r"(?:村[（(、/和及与]?|每个|各个?|所有|全部)$")
# how reports name villages as units (token prefilters find these words, not a lone 村)
VILLAGE_SPELLINGS = tuple(
    "村 各村 每村 村级 村居 村里 村委 村委会 行政村 村社区 一村 全村 嘎查 社区 居委会".split()
)
VILLAGE = Concept("村", VILLAGE_SPELLINGS, True)


def names_village(word: str, before: str) -> bool:
    """Whether ``word`` (after the question text ``before``) names the village unit."""
    return bool(_VILLAGE.match(word)) or (word == "社区" and bool(_VILLAGE_PEER.search(before)))
