"""Report metadata from the text itself: unit, level, parent (the unit above), year, title.

Reads a report the way its genre is written (GB/T 9704 official documents and the portal
pages that republish them): a title naming unit and year; sometimes an addressee line
(主送, 「中共三明市委、三明市人民政府：」) naming the level above; an opening sentence whose
subject is the unit (「2023年，四季青街道在区委区政府的领导下…」); a signature (落款); around it
all, page chrome whose 发布机构 names the publisher and whose dates are publication dates.
Each field keeps where it came from and a confidence; the file name is only a fallback and
a ``metadata.csv`` overrides everything (see ``ingest.pipeline``). Matching runs on the
simplified form of the text (same offsets), so traditional-character reports read alike.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from ingest import admin_names as an
from ingest.gazetteer import gazetteer
from ingest.meta_parent import find_parent, town_superior, unit_in_county
from ingest.meta_prefecture import prefecture_self
from ingest.meta_province import province_self
from ingest.meta_year import own_title, read_year
from ingest.meta_zone import bare_kind, joined_zone
from ingest.own_place import own_place
from ingest.page_chrome import read_chrome, report_run_on
from ingest.page_trailer import mask_trailer
from ingest.publisher import read_publisher
from ingest.report_reading import (
    READ,
    Doc,
    addressee,
    body_start,
    frequent,
    head_lines,
    is_paragraph,
    level_in,
)
from ingest.report_title import report_title as _title
from ingest.report_title import title_block as _title_block
from ingest.self_name import lone_town, self_kind, self_named, zone_self
from ingest.short_self import short_self
from ingest.sidecar import parse_year
from ingest.site_banner import self_level as _self_level
from ingest.site_banner import site_header
from ingest.unit_evidence import Evidence, _gather
from reportqa.errors import IngestError
from reportqa.text import to_simplified
from reportqa.types import FieldSource

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Extracted:
    title: str
    township: str  # the unit
    county: str  # the unit above it
    level: str
    year: int | None
    title_end: int  # offset just past the title block (0 when there is none)
    # (start, end) of the page-chrome lines above the body: never searchable evidence
    chrome_spans: tuple[tuple[int, int], ...] = ()
    sources: dict[str, FieldSource] = field(default_factory=dict, compare=False)
    publisher: str = ""  # the organ the page names as its publisher (``ingest.publisher``)

    @property
    def unit(self) -> str:
        return self.township

    @property
    def parent(self) -> str:
        return self.county


def _choose_unit(doc: Doc, ev: list[Evidence]) -> tuple[str, str, FieldSource | None]:
    """The unit the strongest evidence names; a publisher line naming the county site that
    hosts a township's report yields to the township the report itself names."""
    scores: dict[str, float] = {}
    best: dict[str, Evidence] = {}
    above: dict[str, str] = {}
    for e in sorted(ev, key=lambda e: -e.weight):
        name = an.canonical(e.unit)
        bonus = 0.05 if doc.known(name) else 0.0
        scores[name] = max(scores.get(name, 0.0), e.weight + bonus) + 0.02 * (name in scores)
        best.setdefault(name, e)
        if e.above:
            above.setdefault(name, e.above)
    if not scores:
        return "", "", None
    top = max(scores.values())
    close = [n for n, s in scores.items() if s >= top - 0.3 and best[n].origin != "file name"]
    close = close or [max(scores, key=scores.__getitem__)]
    leader = max(close, key=scores.__getitem__)
    name = leader
    if best[leader].origin == "publisher":  # a county site hosting its township's report
        name = min(close, key=lambda n: (an.RANK.get(level_in(doc, n), 9), -scores[n]))
    overruled = name != leader
    conf = min(scores[name], 0.8 if overruled else 0.95)
    return name, above.get(name, ""), FieldSource(best[name].origin, conf)


def extract(text: str, source: str) -> Extracted:
    # offsets unchanged, so title_end is valid for the original; the links to other documents
    # under the report (上一篇, 相关文章) are blanked, since they name other units
    plain = mask_trailer(to_simplified(text))
    lines = head_lines(plain)
    chrome = read_chrome(plain)
    body = body_start(lines, chrome.lines)
    doc = Doc(plain, chrome, lines, body, gazetteer())
    head = [(s, ln) for i, (s, ln) in enumerate(lines) if i < body and s not in chrome.lines]
    title_lines = _title_block(head)
    sources: dict[str, FieldSource] = {}
    unit, chained, src = _choose_unit(doc, _gather(doc, source))
    unit = joined_zone(plain, unit)
    level = level_in(doc, unit) if unit else ""
    unread_zone = bare_kind(unit)
    if unread_zone:  # 「经济技术开发区管理委员会」 alone: a zone, its place unwritten
        unit, chained, src, level = "", "", None, "区县"
    host, hosted = "", False
    if src and town_superior(doc, unit, level, src.origin):
        # the report calls itself 我镇/镇党委 and only a place above it is named (the county site
        # that hosts the page, its breadcrumb 「首页>澄岭区>政务公开」, or the county it works
        # under): the county is the parent, the township is still unknown
        hosted = src.origin in ("publisher", "breadcrumb")
        host, unit, chained, src = (unit if level == "区县" else ""), "", "", None
    if src:
        sources["unit"] = src
    if not unit and not unread_zone and (unit := province_self(doc)):  # 「我代表省人民政府」
        level, sources["unit"] = "省", FieldSource("body", 0.55)
    elif (
        not unit and not unread_zone and (unit := prefecture_self(doc))
    ):  # 「巴州党委、政府…」「全市…各旗区」
        level, sources["unit"] = "地市", FieldSource("body", 0.55)
    if not unit and not unread_zone:
        # a report addressed to a city's government is a county's; one addressed to the
        # province comes from a prefecture or a city the province governs directly: unknown
        to = addressee(doc)
        level = _self_level(plain[:READ]) or ("区县" if to and an.level_of(to) != "省" else "")
        # its own slogans and document titles; a township named only in running text is as
        # likely a neighbour (「与柳溪镇联调」), so only a county falls back to the most frequent name
        if level in ("", "区县") and (unit := zone_self(doc)):  # 「新区党工委」+「大鹏新区」
            level, sources["unit"] = "区县", FieldSource("body", 0.55)
        elif unit := self_named(doc, level) if level else "":
            sources["unit"] = FieldSource("body", 0.55)
        elif not level and (unit := self_named(doc, "区县")):  # 市政府 + 《醴陵市…纲要》
            level, sources["unit"] = "区县", FieldSource("body", 0.55)
        elif level == "乡镇" and (unit := lone_town(doc)):
            sources["unit"] = FieldSource("body", 0.5)
        elif level == "区县" and (unit := short_self(doc)):
            # 「我区」 + 「盐田港」「幸福盐田」 eighty times: 盐田区, though 「盐田区」 is written once and
            # a region's name (粤港澳大湾区) or a common word (城区) more often — a district names
            # its own things by its short name, so that count, not the full names', tells it
            sources["unit"] = FieldSource("body", 0.45)
        elif level == "区县" and (
            unit := frequent(doc, level, kind=self_kind(plain[:READ], level))
        ):
            sources["unit"] = FieldSource("body", 0.45)
        elif level in ("", "区县") and (owned := own_place(doc))[0]:  # 「制定《许昌市…要点》」
            (unit, level), sources["unit"] = owned, FieldSource("body", 0.5)
    hosts = tuple(ln for _, ln in site_header(doc, title_lines))
    parent, psrc = find_parent(doc, unit, level, chained, hosts) if unit else ("", None)
    if (
        not unit
        and not unread_zone
        and level == "区县"
        and (to := addressee(doc))
        and doc.gaz.loaded
    ):
        full = {to} | {p.city for p in doc.gaz.cities.get(to, [])}
        within = {c for c, ps in doc.gaz.counties.items() if any(p.city in full for p in ps)}
        if unit := frequent(doc, "区县", within, books=True):
            sources["unit"] = FieldSource("body", 0.55)
            parent, psrc = to, FieldSource("addressee", 0.85)
    if not unit and level == "乡镇":
        county = frequent(doc, "区县", books=True, bodies=True) or host
        if unit := unit_in_county(doc, county, level):
            sources["unit"] = FieldSource("gazetteer", 0.45)
        if county:  # the county a township report names, even when the township is unclear
            origin = "publisher" if county == host and hosted else "text"
            parent, psrc = county, FieldSource(origin, 0.6 if unit else 0.5)
    if psrc:
        sources["parent"] = psrc
    if level:
        sources["level"] = FieldSource("unit name" if unit else "body", 0.9 if unit else 0.5)
    # a copy site's own heading above the report's title (``own_title``) neither dates nor names it
    own = own_title(doc, title_lines)
    year, ysrc = read_year(doc, [ln for _, ln in own], source)
    if ysrc:
        sources["year"] = ysrc
    header = site_header(doc, title_lines)
    title_lines = own if own != title_lines else [ln for ln in title_lines if ln not in header]
    title, title_end = _title(text, title_lines, doc, unit, year, source)
    own = ("opening", 0.7) if title_end < 0 else ("derived", 0.5)
    sources["title"] = FieldSource(*(("title", 0.9) if title_lines else own))
    chrome = _chrome_spans(doc)
    skip = max([title_end, 0] + [s + len(ln) + 1 for s, ln in header])  # the banner is no text
    publisher = read_publisher(plain)
    if publisher:
        sources["publisher"] = FieldSource("page", 0.9)
    return Extracted(title, unit, parent, level, year, skip, chrome, sources, publisher)


def _chrome_spans(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The furniture lines above the body that chunking leaves out. Only on a page with some
    furniture proper (a labelled field, a breadcrumb, the site's name): elsewhere a short line
    alone is a salutation (「各位代表：」), not a menu item. A line of prose or a numbered heading
    stays searchable even when the reading of the fields took it in (a value cell left empty
    takes the next line), since losing the report is worse than keeping a field; only the
    fields a report opening was run on to are cut off it."""
    c = doc.chrome
    if not (c.publishers or c.titles or c.dates or c.crumbs or c.sites):
        return ()
    spans = []
    for s, ln in doc.lines[: doc.body]:
        if s in c.lines:
            keep = is_paragraph(ln)
            cut = report_run_on(ln) if keep else len(ln)
            if cut:
                spans.append((s, s + cut))
    return tuple(spans)


def with_overrides(
    ex: Extracted, overrides: dict[str, str], source: str
) -> tuple[dict[str, object], dict[str, FieldSource]]:
    """ReportInfo values and provenance once the user's ``metadata.csv`` row has won; a
    corrected unit brings its own level unless the row sets one."""
    values: dict[str, object] = {
        "title": ex.title,
        "township": ex.township,
        "county": ex.county,
        "level": ex.level,
        "year": ex.year,
        "publisher": ex.publisher,
    }
    sources = dict(ex.sources)
    sidecar = FieldSource("sidecar", 1.0)
    for key, val in overrides.items():
        if key == "year":
            try:
                values["year"] = parse_year(val)
            except IngestError:
                log.warning("%s: ignoring invalid year %r in metadata.csv", source, val)
                continue
        else:
            values[key] = val
        sources[{"township": "unit", "county": "parent"}.get(key, key)] = sidecar
    if "township" in overrides and "level" not in overrides and an.level_of(overrides["township"]):
        values["level"] = an.level_of(overrides["township"])
        sources["level"] = sidecar
    return values, sources
