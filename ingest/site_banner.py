"""Who speaks in a report, and whose banner heads its page.

A cut page that never names its unit still speaks as one: 全镇, 镇党委, 镇长 or 全县, 县长,
县直部门 (``self_level``). A county portal republishing its townships' reports heads each page
with its own organ's name (「咸安区人民政府」); the report's voice tells that banner from a county
report's own title (``site_header``); a report line under such a banner that names its own unit speaks for that
unit (``named_below``). Kept apart from ``ingest.metadata`` so the reading of
titles stays one concept and this one another.
"""

from __future__ import annotations

import re

from ingest import admin_names as an
from ingest.report_reading import ADDRESSEE, READ, Doc, chains, level_in, lowest

H = an.H
_SENTENCE = re.compile(r"[，,。；;]|[:：]$")
# the words a unit uses of itself and its heads: a cut page that never names its unit still
# says 全镇, 镇党委, 镇长 or 全县, 县长, 县直部门; 党工委 heads a 街道 unless a 开发区/园区 has it
SELF_TOWN = re.compile(
    r"[我全本](?:镇|乡|街道|街(?![区巷坊市头]))|(?:^|(?<=[，,。；\n]))街道|街道党工委|办事处|镇党委|乡党委|镇政府|乡政府"
    r"|(?<![区园])党工委|(?<!村)(?:镇长|乡长)"
)
SELF_COUNTY = re.compile(
    rf"[我全本](?:县|区|旗)(?!委)|县政府|区政府|(?:(?<![{H}])|(?<=现将))(?:县|区|旗)人民政府|县委依法治县|区委依法治区"
    r"|(?<![社园])(?:县|区|旗)长|(?:县|区|旗)直(?:部门|单位|机关|各部门|各单位)"
)

# an organ's name alone, as a site's banner writes it (an English name may follow)
_ORGAN_ALONE = re.compile(
    rf"(?:中共)?[{H}]{{2,30}}?(?:人民政府|政府|办事处|管委会|管理委员会)(?:[ \u3000]*[A-Za-z' .·]+)?"
)


def self_level(text: str) -> str:
    """乡镇 or 区县 by which self-words the text uses more; empty when neither wins."""
    town, county = len(SELF_TOWN.findall(text)), len(SELF_COUNTY.findall(text))
    return "乡镇" if town > county else "区县" if county > town else ""


def site_header(doc: Doc, block: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A page headed by an organ's name alone (「咸安区人民政府」) wears its site's banner when
    no line names a report, or when the report line under it names no unit and the report
    speaks of itself as a township (镇党委, 我镇): a county portal republishes its townships'
    reports under its own name. The organ is then no part of the title, and the host
    (publisher evidence) unless the report speaks as a county (我县, 县政府)."""
    if not block or not _ORGAN_ALONE.fullmatch(block[0][1]):
        return []
    if len(block) == 1:
        return block
    organ, _ = an.most_specific(an.organ_units(block[0][1], doc.known))
    report = block[1][1]
    if (
        len(block) != 2
        or level_in(doc, organ) not in ("区县", "地市")
        or an.organ_units(report, doc.known)
        or chains(doc, report, False)
    ):
        return []
    return block[:1] if self_level(doc.text[:READ]) == "乡镇" else []


def named_below(doc: Doc, report: str, nested: tuple[str, str]) -> tuple[str, str]:
    """An organ line over a report line that names a unit of its own below it (「汀兰市人民政府」 /
    「苇塘镇2023年度…报告」): whether the organ is the portal's banner or the outer organ of a
    nested title, the report speaks for the unit it names, and the organ is the unit above."""
    if not nested[0] or ADDRESSEE.match(report) or _SENTENCE.search(report):
        return nested
    found = lowest(chains(doc, report, False))
    if not found:
        return nested
    unit, above = found[0]
    if an.RANK.get(level_in(doc, unit), 9) < an.RANK.get(level_in(doc, nested[0]), 9):
        return unit, above or nested[0]
    return nested
