"""「“法律明白人”培育工作起步较晚，尚未建立队伍」: a shortfall admitted is no deed done.

A report's problems part (存在的不足) names a practice to say it lags: a clause ending in a
word of lag (起步较晚, 滞后, 薄弱, 有待加强, 仍有不足) and then, in the next clause, the
deed not yet done (尚未建立, 仍未实现), or one clause of how far it reached between them
(「…工作仍有不足，13个村中仅8个签约法律顾问，尚未实现全覆盖」). The practice is named in the shortfall clause itself,
away from the negator (``retrieval.negation_reach`` reads the negated clause only), so the
mention would pass as support for 「哪些镇培育了法律明白人」. Both clauses together say the thing
is not there. A question that asks the shortfall itself (「哪些镇法律明白人培育工作起步较晚」,
「存在哪些不足」) still finds them: the caller asks ``asks_shortfall`` first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.negation_reach import DEEDS

__all__ = ["asks_shortfall", "in_shortfall", "shortfall_spans"]

# the words a report admits a lag in, closing its clause
# (not the words that say the thing works short of its aim — 作用发挥不充分, 不到位, 不够完善:
# 「村法律顾问作用发挥不充分，尚未实现全覆盖」 has legal advisers, only not in every village)
SHORT = (
    r"(?:起步(?:较|比较|相对)?晚|(?:相对|较为|比较|明显)?滞后"
    r"|有待(?:进一步)?(?:加强|提高|提升|完善|健全|加快)"
    r"|(?:较为|相对|比较)?薄弱|仍有不足|存在不足"
    # a slow pace is a lag too: 「创建工作推进较慢，仍未实现零的突破」
    r"|(?:推进|进展|进度)(?:较|比较|相对|偏|过于)?(?:慢|缓慢|迟缓))"
)
_CLAUSE = r"[^，,。；;！？!?\n]"
# a clause closing on a shortfall, then a clause opening on a deed not yet done
_FRAME = re.compile(
    rf"{_CLAUSE}*?{SHORT}[，,](?:{_CLAUSE}{{0,24}}[，,])?\s*(?:且|也|还|仍|均|都)?(?:尚未|仍未|还未|暂未|未能|还没有|没有)"
    rf"(?:{DEEDS}){_CLAUSE}*"
)
# the question asks a lag in its own words too (发挥得不好, 做得不够, 效果不佳, 较差)
_ASKED = re.compile(
    rf"{SHORT}|不足|短板|问题|差距|薄弱|滞后|落后|不(?:好|佳|够|强|力|理想|充分|到位)|欠缺|较差|偏弱"
)


def shortfall_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` (simplified) that admit a shortfall: the shortfall's clause and
    the negated clause after it."""
    if not _negates(text):
        return []  # the cheap test first: most sentences negate nothing
    spans = []
    for clause_start in _starts(text):
        m = _FRAME.match(text, clause_start)
        if m:
            spans.append((m.start(), m.end()))
    return spans


def _starts(text: str) -> list[int]:
    """Where each clause of ``text`` opens."""
    return [0] + [m.end() for m in re.finditer(r"[，,。；;！？!?\n]", text)]


def _negates(text: str) -> bool:
    """Every shortfall frame holds 未 or 没 (its 尚未/仍未/还没有/没有…): without them none is said."""
    return "未" in text or "没" in text


def in_shortfall(text: str, spellings: Sequence[str]) -> bool:
    """Is a spelling in ``text`` and every mention of it inside an admitted shortfall?

    Cheap tests first, with the same answer: a which-question asks this of every supporting
    chunk for each required concept (~110 000 calls for the bench's 20 at 10 000 reports),
    and most chunks negate nothing or hold few of the spellings — a regex per spelling
    (escaped and looked up each time) was ~15 % of their answering (perf77)."""
    if not _negates(text):
        return False  # no shortfall span can be found (``shortfall_spans``)
    seen = [
        (m.start(), m.end())
        for s in spellings
        if s and s in text
        for m in re.finditer(re.escape(s), text)
    ]
    if not seen:
        return False
    spans = shortfall_spans(text)
    return bool(spans) and all(any(a <= p and e <= b for a, b in spans) for p, e in seen)


def asks_shortfall(question: str) -> bool:
    """The question asks the lag itself (起步较晚, 不足, 短板, 问题…): the admission answers it."""
    return bool(_ASKED.search(question))
