"""「排全区第一」「在全市名列前茅」: a rank is asked with the field it is ranked in.

A report that claims a rank writes the field beside it — 「位列全区第一」「排名全市前列」
「居全省首位」 — and the field is the claim: first in the district is not first in the city. 名列/位居 may stand between them.
Alone, 全区/全市 are the unit's own ground (``retrieval.vocabulary.GENERIC_NOUNS``: 「全区的
普法活动」 asks for 普法), and 第一 alone is said of every 第一责任人 and 第一议题, so a question
about a rank read word by word keeps only 第一 and answers with every report. So a field word
before a rank (排名, 名列, 位居 between or not) is one concept with it, spelled as reports
write a rank: the field and the rank together, 排名 between them or not, and 第一 also as
首位/榜首. A rank in another field (全市第一 for a report's 全区第一) is another claim.
"""

from __future__ import annotations

import re

from retrieval.concept import Concept

__all__ = ["ranks_in"]

_FIELD = r"全(?:国|省|市|州|盟|区|县|旗|镇|乡|街|街道)"
_RANK = (
    r"第[一二三四五六七八九十0-9]+(?:名|位)?|首位|榜首|前列|前茅|"
    r"前[二三四五六七八九十0-9]+(?:名|位)?"
)
_RANKED = re.compile(
    rf"(?P<field>{_FIELD})(?:的)?(?:排名|排行|排|名列|位列|位居|居)?(?P<rank>{_RANK})"
)


def _spellings(field: str, rank: str) -> tuple[str, ...]:
    ranks = [rank.rstrip("名位") if rank.startswith("第") else rank]
    if ranks[0] == "第一":
        ranks += ["首位", "榜首"]
    elif ranks[0] in ("前列", "前茅"):  # 名列前茅 and 走在前列 say the same standing
        ranks = ["前列", "前茅"]
    return tuple(
        dict.fromkeys(f"{field}{mid}{r}" for r in ranks for mid in ("", "排名", "名列", "位居"))
    )


def ranks_in(text: str) -> list[tuple[int, int, Concept]]:
    """(start, end, concept) of each field-and-rank the question names (全区第一)."""
    out = []
    for m in _RANKED.finditer(text):
        field, rank = m.group("field"), m.group("rank")
        names = _spellings(field, rank)
        out.append((m.start(), m.end(), Concept(names[0], names, True)))
    return out
