"""Numbers written in Chinese numerals: 「一百份」「两万余人次」「三十五场」 are counts as 100份 is.

People set a round bound in words (「超过一百份」「五十场以上」) as often as in digits, and
reports write a count in words (「覆盖群众两万余人次」) as often as 「10000余人次」. Reading only
digits took 「超过一百份」 for no bound at all (every unit that reviewed a contract answered) and
passed over 「两万余人次」 when checking a bound. ``value`` reads such a numeral (个, 十, 百, 千, 万,
亿 places, 两 for 二, 零 as a gap); ``rough_bound`` reads the idioms of a round floor: 上万 / 过万
/ 破万 is ten thousand or more, 上千 a thousand, 上百 a hundred (「上万人次」).
"""

from __future__ import annotations

from decimal import Decimal

__all__ = ["NUMERAL", "ROUGH", "rough_bound", "value"]

_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_DIGIT |= {"六": 6, "七": 7, "八": 8, "九": 9}
_PLACE = {"十": 10, "百": 100, "千": 1000}
_LARGE = {"万": 10_000, "亿": 100_000_000}
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
    「三十五」 → 35, 「十二」 → 12), or None when ``run`` is no numeral."""
    if not run or any(c not in _DIGIT and c not in _PLACE and c not in _LARGE for c in run):
        return None
    total, section, digit = 0, 0, None
    for c in run:
        if c in _DIGIT:
            if digit is not None and _DIGIT[c]:  # 「一二」 is no number
                return None
            digit = _DIGIT[c] or None
        elif c in _PLACE:
            section += (1 if digit is None else digit) * _PLACE[c]  # 「十二」: 十 alone is 10
            digit = None
        else:
            total = (total + section + (digit or 0)) * _LARGE[c]
            section, digit = 0, None
    return Decimal(total + section + (digit or 0))


def rough_bound(order: str) -> Decimal:
    """The floor 上``order`` sets: 上万 → 10000."""
    return Decimal(_ORDER[order])
