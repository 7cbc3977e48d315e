"""A comparison cell asked for a figure must hold one when the unit's report gives it.

「深圳2000年和2018年经济总量差多少」: the search over the 2001 report finds sentences naming the
indicator without its amount (「“九五”期间，深圳国内生产总值翻了一番」) and misses the one that states
it (「实现国内生产总值1665．2亿元」). Reports state an indicator's amount once, in the review, and
name it elsewhere in passing (its doubling, its make-up, its rank); a question asking how much
(or how much more: 差多少, 多多少) is answered by the amount. So a named unit's cell without any
figure is read again from the unit's own report for the indicator's total (``cells`` with the
ratio refused: ``ratio_base``); the figure found replaces it, and with none the cell stays (a
sentence on the topic beats a false 「未提及」). Only the indicator's own amount is read so
(``RatioBase.total_asked``): a ratio of it (「人均GDP差多少」), its change, or a count of things
(「多少人」) has no one total sentence, and the reader of any figure beside the topic would quote
another year's target (「2005年…人均国内生产总值6.31万元」 for 2000) or another indicator.
"""

from __future__ import annotations

from answering.ratio_base import RatioBase
from reportqa.text import to_simplified
from retrieval.evidence import QUANTITY


def figureless(found) -> bool:
    """Does the cell (chunk, span) quote no figure at all?"""
    return found is not None and not QUANTITY.search(to_simplified(found[1].text))


def with_figure(found, info, reader, ratio: RatioBase):
    """The cell, or the unit's sentence with the figure when the cell has none (``reader``:
    the total's reader, ``cells.cell_finder``; ``ratio``: whether the total is what is asked)."""
    if reader is None or not ratio.total_asked or not figureless(found):
        return found
    again = reader(info)
    return again if again is not None and not figureless(again) else found
