"""Numbers written in Chinese numerals: 「一百份」「两万余人次」「三十五场」 are counts as 100份 is.

People set a round bound in words (「超过一百份」「五十场以上」) as often as in digits, and
reports write a count in words (「覆盖群众两万余人次」) as often as 「10000余人次」. Reading only
digits took 「超过一百份」 for no bound at all (every unit that reviewed a contract answered) and
passed over 「两万余人次」 when checking a bound. ``value`` reads such a numeral in a question's
bound (a report's count is read by ``retrieval.numerals``); ``rough_bound`` reads the idioms of
a round floor: 上万 / 过万 / 破万 is ten thousand or more, 上千 a thousand, 上百 a hundred.
"""

from __future__ import annotations

from decimal import Decimal

__all__ = ["NUMERAL", "ROUGH", "rough_bound", "value"]

# a numeral run as a pattern: at least two characters or a place word, so the 「一」 of 「一次」
# 「一个」 (an article as often as a count) is never read as a bound of one
NUMERAL = (
    r"(?:[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]+"
    r"|[二两三四五六七八九十])"
)
# 「上万人次」「过千件」: a round floor said as reaching the order of magnitude
ROUGH = r"(?:上|过|破)(?P<order>万|千|百)"
_ORDER = {"万": 10_000, "千": 1000, "百": 100}


def value(run: str) -> Decimal | None:
    """The number the Chinese numeral ``run`` writes (「一百」 → 100, 「两万」 → 20000,
    「三十五」 → 35, 「一亿两千万」 → 120000000), or None when ``run`` is no well-formed
    numeral (「一二」「十十」): read by cn2an, as ``retrieval.numerals`` reads a report's."""
    import cn2an  # on first use: its import is 0.23 s of every start (``retrieval.numerals``)

    try:
        return Decimal(cn2an.cn2an(run.replace("两", "二").replace("○", "〇"), "strict"))
    except ValueError:
        return None


def rough_bound(order: str) -> Decimal:
    """The floor 上``order`` sets: 上万 → 10000."""
    return Decimal(_ORDER[order])
