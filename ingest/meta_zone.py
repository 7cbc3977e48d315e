"""Development zones named after two places joined by a dash (「青川-雁屿经济技术开发区」).

A zone set up jointly by two places, or named after a city and the district it lies in, is
written with a hyphen or dash between the two names; the whole of it is the zone's name. The
name readers split text into runs of Chinese characters, so they find only the part after the
dash (「雁屿经济技术开发区」): this puts the part before it back, as the text writes it. Only
zones (开发区, 高新区, 新区, 合作区, 园区…) are named so; a dash between two towns is a list
(「青棠镇—柳溪镇公路」), so nothing else is extended.
"""

from __future__ import annotations

import re

from ingest import admin_names as an

H = an.H
_ZONE = re.compile(r"(?:开发区|高新区|新区|合作区|试验区|园区)$")
_DASH = "-－—–‐"


def joined_zone(text: str, unit: str) -> str:
    """``unit`` with the name before its dash when the text always writes it so."""
    if not unit or not _ZONE.search(unit):
        return unit
    found = {
        an.JUNK_WORDS.split(m.group(1))[-1]
        for m in re.finditer(rf"([{H}]{{2,8}})[{_DASH}]{re.escape(unit)}", text)
    }
    found = {f for f in found if 2 <= len(f) <= 4}
    if len(found) != 1 or text.count(unit) > 2 * _joined_count(text, unit):
        return unit
    head = found.pop()
    m = re.search(rf"{re.escape(head)}[{_DASH}]{re.escape(unit)}", text)
    return m.group(0) if m else unit


def _joined_count(text: str, unit: str) -> int:
    return len(re.findall(rf"[{_DASH}]{re.escape(unit)}", text))
