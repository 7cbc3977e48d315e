"""A milestone passed is no figure: 「突破4000亿元，达4601.5亿元」 gives 4601.5亿元.

Reports announce a round threshold crossed and then the exact figure in the next breath —
「地区生产总值突破4000亿元，达4601.5亿元」「调解成功率超过95%，达到98.2%」「受理案件首次突破300件，
达326件」. The threshold (after 突破/超过/逾/越过/迈上/站上) is a claim about the figure, not the
figure; when the same clause run goes on to 达/达到/为/至 a number of the same measure, that
number is the value asked. A threshold with no exact figure after it stays the value (it is
all the report gives).
"""

from __future__ import annotations

import re

__all__ = ["exact_figure"]

_PASSED = re.compile(r"(?:突破|超过|超|逾|越过|跨过|迈上|迈过|站上|跃上)\s*$")
_NUMBER = r"\d+(?:\.\d+)?\s*"
# the exact figure: 达/达到/为/至 and a number, a comma or nothing between it and the threshold
_EXACT = re.compile(
    rf"^[，,]?\s*(?:达到|达|为|至|实现)\s*(?P<n>{_NUMBER})(?P<m>[^\d\s，,。；;、]{{0,3}})"
)


def exact_figure(sentence: str, value: str) -> str:
    """``value`` (a count as the sentence writes it), or the exact figure that follows it when
    ``value`` is a threshold said to be passed."""
    at = sentence.find(value) if value else -1
    if at < 0 or not _PASSED.search(sentence[max(0, at - 6) : at]):
        return value
    unit = re.sub(_NUMBER, "", value, count=1)
    after = sentence[at + len(value) :]
    rest = _EXACT.match(after)
    if rest is None or not unit or not rest.group("m").startswith(unit):
        return value
    if rest.group("m")[len(unit) : len(unit) + 1] in ("次", "余", "多", "人"):
        return value  # 「超过1万人，达1.5万人次」: another measure, no exact figure of the same
    return after[rest.start("n") : rest.start("m") + len(unit)]  # as written (「达 326 件」)
