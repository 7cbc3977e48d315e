"""Answers about where the reports' units lie: 「它是哪个省的」, 「四川的报告有哪几份」 (the
filter), 「各省分别有几份」「哪个省的报告最多」 (the tally).

The province comes from ``answering.regions`` (gazetteer through unit and parent, or the
report's own chain 「湖南省砚川县」); the answer says which, and quotes the report's words it
rests on: the line naming the parent when the province is the division list's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from answering.extractive import CitationBook
from answering.meta_parts import MetaCiter, framed, paragraph, plain
from answering.regions import Region, in_region, may_lie_in, places_asked, region_of
from ingest.gazetteer import Gazetteer, gazetteer, regions, short
from reportqa.answer import Answer, Bullets, Kind, Paragraph, Text
from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from retrieval.catalog import OPENING

# 「它是哪个省的」「在哪个省份」 about one unit; 「各省分别有几份」「哪个省的报告最多」 over many
PROVINCE_OF = re.compile(r"(?:哪个|哪一个|哪一|什么|哪)省|省份")
EACH_PROVINCE = re.compile(r"(?:各|每个|哪个|哪些|几个)省份?")
TALLY = re.compile(r"几份|多少|最多|最少|分别|分布")
# a report that may be a place's though unplaced (``RegionAnswers.unsure_in``): said so
UNSURE = "报告未写所属区县，同名单位有多处，其中一处在{}：未能确定"


def unsure_aside(maybe: dict[str, str], infos: Sequence[ReportInfo]) -> str:
    """The reports of ``infos`` that may lie in a place asked (``maybe``: id → place), said
    beside a list of the place's reports and never in it: the division list cannot tell
    whether they are the place's, so they are no answer, yet a reader who knows may want them."""
    said = [
        f"{i.shown}（{UNSURE.format(maybe[i.report_id])}）" for i in infos if i.report_id in maybe
    ]
    return f"另有{'、'.join(said)}，未列入。" if said else ""


def spoken(place: str) -> str:
    """四川省 → 四川, 株洲市 → 株洲, 攸县 → 攸县: a place as a question may say it."""
    return short(place) if len(short(place)) >= 2 else place


class RegionAnswers:
    def __init__(
        self,
        cite: MetaCiter,
        places: Callable[[], Gazetteer] = gazetteer,
        opening: Callable[[str], str] | None = None,
    ) -> None:
        self.cite = cite
        self._gaz = places  # loaded on the first question about a province or city
        # a report's first lines, simplified (``Catalog.opening``: all read in one pass, as a
        # province question places every report of the library)
        self._opening = opening or (lambda rid: to_simplified(cite.text(rid)[:OPENING]))

    def asked(self, q: str) -> dict[str, str]:
        """Provinces and cities named in ``q`` (only these names are loaded for it)."""
        return places_asked(q, regions() if self._gaz is gazetteer else self._gaz())

    def places(self) -> Gazetteer:
        return self._gaz()

    def namesakes(self, info: ReportInfo) -> int:
        """How many places of the unit's level bear its name (新华街道: 26)."""
        gaz = self._gaz()
        kind = {"乡镇": gaz.towns, "区县": gaz.counties, "地市": gaz.cities}.get(info.level, {})
        return len(kind.get(info.township, ()))

    def region(self, info: ReportInfo) -> Region | None:
        return region_of(info, self._opening(info.report_id), self._gaz())

    def city(self, info: ReportInfo) -> str:
        """The city the division list places the report's unit in ("" when unsure)."""
        return region.city if (region := self.region(info)) else ""

    def in_place(self, info: ReportInfo, place: str) -> bool:
        """In a province or city the division list places its unit in (or the report names in
        a chain with its unit); a place no list knows by the names in its metadata or title."""
        if in_region(self.region(info), place):
            return True
        return any(place in x for x in (info.county, info.township, info.title))

    def maybe_in_place(self, info: ReportInfo, place: str) -> bool:
        """Not placed (its name is borne by several places, no county said), yet one of
        those places lies in ``place`` (``answering.regions.may_lie_in``)."""
        opening = self._opening(info.report_id)
        return self.region(info) is None and may_lie_in(info, self._gaz(), place, opening)

    def unsure_in(self, infos: Sequence[ReportInfo], places: Sequence[str]) -> dict[str, str]:
        """Report id → the place it may lie in, for the reports not placed in any of ``places``
        (a province, city or county) that the division list cannot place either way: a town
        that names no county, whose name (under a county of the kind its report says is above
        it) is borne by a place inside. A list of a place's reports says them apart rather than
        keeps silent on a report that may be the place's (友谊路街道 names no district; one of
        the four 友谊路街道 is in 上海). A town whose county is known is placed, never unsure."""
        out: dict[str, str] = {}
        for info in infos:
            if info.county or any(self.in_place(info, p) for p in places):
                continue
            opening = self._opening(info.report_id)
            gaz = self._gaz()
            hit = next((p for p in places if may_lie_in(info, gaz, p, opening)), None)
            if hit:
                out[info.report_id] = hit
        return out

    def province(self, q: str, info: ReportInfo) -> Answer:
        """The province one unit lies in, and the report's words it rests on."""
        return self.provinces(q, [info])

    def provinces(self, q: str, infos: Sequence[ReportInfo]) -> Answer:
        """The province each unit lies in, a line each (「它们都在哪个省市」 after a list: the
        same fact asked of every unit the last answer named), with the words it rests on."""
        book = CitationBook()
        lines = [self._placed(book, info) for info in infos]
        if len(lines) == 1 and lines[0] is None:
            text = f"{infos[0].township}的报告中没有写明所在的省份，行政区划资料也无法唯一确定。"
            return plain(q, text, 1)
        unsure = Text("的报告中没有写明所在的省份，行政区划资料也无法唯一确定。")
        body = tuple(
            line or Paragraph((Text(info.township), unsure))
            for info, line in zip(infos, lines, strict=True)
        )
        names = tuple(dict.fromkeys(i.township for i in infos if i.township))
        kind = Kind.FACT if len(names) == 1 else Kind.COMPARE
        return framed(q, kind, body, names, book, len(infos))

    def _placed(self, book: CitationBook, info: ReportInfo) -> Paragraph | None:
        region = self.region(info)
        if region is None:
            return None
        if region.origin == "text":
            n = self.cite.mention(book, info, [region.province, spoken(region.province)])
            said = Text(f"{info.township}位于{region.province}", (n,) if n else ())
            return Paragraph((said, Text("。")))
        named = [info.county, spoken(info.county)] if info.county else []
        written = self.cite.mention(book, info, named) if named else None
        n = written or self.cite.title(book, info, [info.township])
        city = region.city if region.city not in ("", region.province) else ""
        via = f"报告写明其上级为{info.county}，" if info.county and info.level == "乡镇" else ""
        via = via if written else f"上级{info.county}及" if via else ""
        said = Text(f"{info.township}在{region.province}{city}", (n,) if n else ())
        return Paragraph((said, Text(f"（{via}省份据行政区划资料）。")))

    def tally(self, q: str, infos: Sequence[ReportInfo]) -> Answer:
        """Reports by province, largest first; 「最多/最少」 names the province(s) at the end."""
        groups: dict[str, list[ReportInfo]] = {}
        for info in infos:
            region = self.region(info)
            groups.setdefault(region.province if region else "", []).append(info)
        placed = {p: g for p, g in groups.items() if p}
        if not placed:
            return plain(q, f"无法确定这 {len(infos)} 份报告所在的省份。", len(infos))
        ranked = sorted(placed.items(), key=lambda pg: -len(pg[1]))
        sizes = [len(g) for _, g in ranked]
        pick = max(sizes) if "最少" not in q else min(sizes)
        top = [p for p, g in ranked if len(g) == pick] if re.search(r"最多|最少", q) else []
        book = CitationBook()
        lines = []
        for prov, group in ranked:
            line: list[Text] = [Text(prov, strong=True), Text(f"：{len(group)} 份（")]
            for k, info in enumerate(group):
                n = self.cite.title(book, info, [info.township])
                line += [Text("、" if k else ""), Text(info.shown, (n,) if n else ())]
            lines.append((*line, Text("）")))
        head = f"{len(placed)} 个省份共 {sum(sizes)} 份报告（省份据报告元数据与行政区划资料）："
        body: list = [paragraph(head), Bullets(tuple(lines))]
        if top:
            most = "最少" if "最少" in q else "最多"
            body.append(paragraph(f"报告{most}的是{'、'.join(top)}（{pick} 份）。"))
        if groups.get(""):
            body.append(paragraph("未能确定省份：" + "、".join(i.shown for i in groups[""])))
        chosen = [i for p in (top or list(placed)) for i in placed[p]]
        names = tuple(dict.fromkeys(i.township for i in chosen))
        return framed(q, Kind.WHICH, tuple(body), names, book, len(infos))
