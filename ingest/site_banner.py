"""Who speaks in a report, and whose banner heads its page.

A cut page that never names its unit still speaks as one: 全镇, 镇党委, 镇长 or 全县, 县长,
县直部门 (``self_level``). A county portal republishing its townships' reports heads each page
with its own organ's name (「咸安区人民政府」); the report's voice tells that banner from a county
report's own title (``site_header``); a report line under such a banner that names its own unit speaks for that
unit (``named_below``). An untitled page may open with its place's committee and government as
one subject (「2024年，石家庄市委、市政府…」, ``joint_subject``), and the bodies it works under
(「在县委、县政府的领导下」, ``LED_BY``) are the level above, never its own voice. Kept apart from
``ingest.metadata`` so the reading of titles stays one concept and this one another.
"""

from __future__ import annotations

import functools
import re

from ingest import admin_names as an
from ingest.organ_units import organ_units
from ingest.report_reading import ADDRESSEE, READ, Doc, chains, level_in, lowest

H = an.H
_SENTENCE = re.compile(r"[，,。；;]|[:：]$")
# the words a unit uses of itself and its heads: a cut page that never names its unit still
# says 全镇, 镇党委, 镇长 or 全县, 县长, 县直部门; 党工委 heads a 街道 unless a 开发区/园区 has it
# 全 closing a word (健全, 完全, 安全) is no 全镇; 全镇街 is a county's word for its towns and streets
SELF_TOWN = re.compile(
    r"(?<![健完齐安保周])[我全本](?:镇(?!街)|乡|街道|街(?![区巷坊市头]))|(?:^|(?<=[，,。；\n]))街道|街道党工委|办事处|镇党委"
    r"|乡党委|镇政府|乡政府|(?<=[年对])街道(?=[法依党工])|(?<![区园])党工委|(?<!村)(?:镇长|乡长)"
)
SELF_COUNTY = re.compile(
    rf"[我全本](?:县|区|旗)(?!委)|县政府|区政府|(?:(?<![{H}])|(?<=现将))(?:县|区|旗)人民政府|县委依法治县|区委依法治区"
    r"|(?<![社园])(?:县|区|旗)长|(?:县|区|旗)直(?:部门|单位|机关|各部门|各单位)"
)

# an organ's name alone, as a site's banner writes it (an English name may follow)
_ORGAN_ALONE = re.compile(
    rf"(?:中共)?[{H}]{{2,30}}?(?:人民政府|政府|办事处|管委会|管理委员会)(?:[ \u3000]*[A-Za-z' .·]+)?"
)


# 「在县委、县政府的（正确）领导下」「在区委区政府的坚强领导和区司法局的指导下」: the bodies a report
# says it works under lead it — its own or the level above, so in a township's report 县政府 there
# is its superior, never a self-word (a county's report still says 全县, 县政府 elsewhere)
LED_BY = re.compile(r"在[^，,。；;\n]{2,40}?(?:领导|指导|带领|关心)(?:下|之下)")


@functools.lru_cache(maxsize=16)  # asked of the same opening pages several times per report
def self_level(text: str) -> str:
    """乡镇 or 区县 by which self-words the text uses more; empty when neither wins. The
    bodies a report works under (``LED_BY``) are the level above, not the writer."""
    text = LED_BY.sub(lambda m: " " * len(m.group(0)), text)
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
    organ, _ = an.most_specific(organ_units(block[0][1], doc.known))
    report = block[1][1]
    if (
        len(block) != 2
        or level_in(doc, organ) not in ("区县", "地市")
        or organ_units(report, doc.known)
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


# 「2024年，石家庄市委、市政府积极践行…」「郎溪县委县政府坚持…」: a place's party committee and its
# government named together as the opening's subject are that place's two leading bodies acting
# as one; a 法治政府建设 report is often theirs jointly, so the place is the writer
# (after the year, and after the bodies it works under: 「在省委、省政府的领导下，湘潭市委、市政府…」);
# a one-character county writes its committee with the kind again (「歙县县委、县政府」: 歙县 + 县委)
_JOINT = re.compile(
    rf"^\s*(?:(?:19|20)\d{{2}}年度?(?:以来)?[，,]?\s*)?(?:{LED_BY.pattern}[，,]?\s*)?(?:中共)?"
    rf"([{H}]{{1,12}}?(?:市|县|区|旗|州|盟))(\w?)(?:委|党委)[、和与及]?\s*([{H}]{{0,12}}?)(?:人民)?政府"
)
_SPEAKS_AS = r"[我全本]{kind}|(?<![{H}]){kind}(?:委|政府|人民政府)|依法治{kind}"


def joint_subject(doc: Doc, lead: str) -> tuple[str, str] | None:
    """The place whose committee and government open the report as its subject, when the
    report also speaks as that kind of place (我市, 全县, 市政府) and never as a lower one:
    a township's report may open with what its county's bodies did (「2023年，X县委、县政府高度
    重视…，我镇…」), and then the county is the one above, not the writer."""
    m = _JOINT.match(lead)
    if not m:
        return None
    name, repeated, again = m.group(1), m.group(2), m.group(3)
    kind = an.suffix(name)
    if repeated not in ("", kind) or again not in ("", kind, name) or not kind:
        return None
    # a listed name may hold a kind's character inside it (西乡塘区, 新乡市): the list knows it whole
    found = [(name, "")] if doc.known(name) else lowest(chains(doc, name, False))
    if not found or found[0][0] != name:
        return None
    text = LED_BY.sub(lambda x: " " * len(x.group(0)), doc.text[:READ]).replace(m.group(0), "")
    own = re.findall(_SPEAKS_AS.format(kind=kind, H=H), text)  # beyond the subject itself
    voice = self_level(doc.text[:READ])
    if not own or (voice and an.RANK[voice] < an.RANK.get(level_in(doc, name), 9)):
        return None
    return found[0]
