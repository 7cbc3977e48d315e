"""China's administrative divisions (province → city → county → township), for checking a
candidate unit against real names and finding the unit above it when the text does not.

Source: the ``china_location`` dictionary shipped inside ``jionlp`` (Apache-2.0), read
straight from the installed package's zip without importing jionlp (whose import unpacks
files and loads models). It is the only well-kept offline list that goes down to townships;
``cpca`` stops at counties. Without jionlp installed every lookup answers "unknown" and
extraction works from the text alone.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

_TOWN_SUFFIXES = ("街道", "镇", "乡", "苏木")
_KINDS = re.compile(r"(?:地区|盟|州|县|区|旗)$")
_DIRECT = "直辖行政区划"  # the list's placeholder for counties with no prefecture above


@dataclass(frozen=True)
class Place:
    province: str
    city: str
    county: str = ""


@dataclass(eq=False)  # hashed by identity: one per process, a cache key for parsed names
class Gazetteer:
    """Names → where they sit. A name maps to every place that bears it (三都镇 is in many
    counties); callers decide what counts as unambiguous."""

    towns: dict[str, list[Place]] = field(default_factory=dict)
    counties: dict[str, list[Place]] = field(default_factory=dict)
    cities: dict[str, list[Place]] = field(default_factory=dict)
    provinces: set[str] = field(default_factory=set)
    # the provinces in the list's order: a set's iteration order follows the order its
    # members went in, so a kept gazetteer re-made from this iterates as a parsed one
    province_order: list[str] = field(default_factory=list, repr=False)
    towns_in: dict[str, set[str]] = field(default_factory=dict)  # county → its towns
    levels: dict[str, str] = field(default_factory=dict)  # name → its one level ("" if several)
    _shorts: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    @property
    def loaded(self) -> bool:
        return bool(self.towns)

    def add(self, kind: dict[str, list[Place]], name: str, place: Place) -> None:
        bucket = kind.setdefault(name, [])
        if place not in bucket:
            bucket.append(place)

    def index_levels(self) -> None:
        kinds = (("乡镇", self.towns), ("区县", self.counties), ("地市", self.cities))
        seen: dict[str, set[str]] = {}
        for level, kind in kinds:
            for name in kind:
                seen.setdefault(name, set()).add(level)
        for name in self.provinces:
            seen.setdefault(name, set()).add("省")
        self.levels = {n: lv.pop() if len(lv) == 1 else "" for n, lv in seen.items()}

    def level_of(self, name: str) -> str:
        """乡镇 / 区县 / 地市 / 省 when the name is a known unit of exactly one level, else ""."""
        return self.levels.get(name, "")

    def parent_of(self, name: str, level: str, context: str = "", above: str = "") -> str:
        """The unit directly above ``name`` when only one place fits; ``context`` (the
        report's text) narrows namesakes by the province or city it mentions, and ``above``
        (县, 区, 旗 or 市: the kind of county a township's report calls its superior, 「在区委、
        区政府的领导下」) to the towns under a county of that kind, when any is."""
        kinds = {"乡镇": self.towns, "区县": self.counties, "地市": self.cities}
        places = kinds.get(level, {}).get(name, [])
        places = places + self.upgraded_from(name, level) if places else places
        if above and level == "乡镇":
            places = [p for p in places if p.county.endswith(above)] or places
        if len(places) > 1 and context:
            # the namesakes whose city and province the text both names beat those only one of
            # them fits (「对广东、深圳的重要讲话」: 深圳's 龙城街道 over 惠州's and 昆明's)
            hits = [sum(n in context for n in {short(p.city), short(p.province)}) for p in places]
            best = max(hits)
            places = [p for p, h in zip(places, hits, strict=True) if h == best] if best else places
        # a prefecture's parent is its province (银川市 → 宁夏回族自治区), as a county's is its city
        up = {"乡镇": "county", "区县": "city", "地市": "province"}.get(level, "city")
        ups = {getattr(p, up) for p in places} - {name}  # 天津市 is no parent of itself
        return ups.pop() if len(ups) == 1 else ""

    def upgraded_from(self, name: str, level: str) -> list[Place]:
        """Where a 镇's name is listed as a 乡: 乡 become 镇 every year (撤乡设镇) while the list
        keeps the old name, so the 大顺镇 of a report may be the listed 大顺乡 of another county
        as well as the listed 大顺镇. Those namesakes are rivals of the listed name, so the list
        names a parent only when it is unambiguous; they never name a parent by themselves (a
        镇 the list lacks may be new or made up, not the upgraded 乡). 镇 become 街道 too, but a
        街道 shares its name with a 镇 of another county five times as often (1,096 of the
        5,543 listed once), so there the exact name is kept: its rival is seldom the writer."""
        if level != "乡镇" or not name.endswith("镇") or len(name) < 3:
            return []
        return self.towns.get(name[:-1] + "乡", [])

    def short_names(self, level: str) -> frozenset[str]:
        """Names without their kind (湖南, 株洲, 芦溪), two characters at least: how slogans
        and running text call a place (「平安湖南」「法治芦溪」)."""
        if level not in self._shorts:
            kind = {"省": self.provinces, "地市": self.cities, "区县": self.counties}.get(level, ())
            strip = short if level == "省" else lambda n: short(re.sub(_KINDS, "", n))
            self._shorts[level] = frozenset(s for n in kind if len(s := strip(n)) >= 2)
        return self._shorts[level]

    def listed(self, town: str) -> str:
        """The spelling the division list files a street office under: one named after its road
        is written both 古柏路街道 and 古柏街道. Only when the list holds one spelling alone:
        where both are listed they are two different units, never merged."""
        if town in self.towns or not town.endswith("街道"):
            return town
        core = town[: -len("街道")]
        other = core[:-1] if core.endswith("路") else core + "路"
        return other + "街道" if len(other) >= 2 and other + "街道" in self.towns else town

    def contains(self, county: str, town: str) -> bool:
        return town in self.towns_in.get(county, ())

    def towns_of(self, county: str) -> set[str]:
        return self.towns_in.get(county, set())


def short(name: str) -> str:
    """湖南省 → 湖南, 广西壮族自治区 → 广西, 株洲市 → 株洲: how a province or city is spoken of."""
    for suf in ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"):
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


def _variants(full: str, alias: str, suffix: str) -> list[str]:
    """金平苗族瑶族傣族自治县 is called 金平县 in its own reports; 红河哈尼族彝族自治州 红河州."""
    out = [full]
    if "自治" in full and alias and not alias.endswith(suffix):
        out.append(alias + suffix)
    return out


_ENTRY = re.compile(r"^(\t{0,3})([^\t\n]+)(?:\t[^\t\n]*\t([^\t\n]*))?$", re.M)
_NOT_VILLAGE = re.compile(rb"^(?!\t\t\t\t)[^\n]*", re.M)


def parse(text: str) -> Gazetteer:
    """The dictionary's indented tree (province, city, county with code and alias; towns;
    villages, skipped) → name indexes. Towns are nine entries in ten: each is filed with one
    ``Place`` shared by its county's towns (frozen, so sharing is safe), made once per county."""
    gaz = Gazetteer()
    towns, towns_in = gaz.towns, gaz.towns_in
    prov = city = county = ""
    here = Place("", "")  # where the towns under the current entry sit
    for tabs, raw, code_alias in _ENTRY.findall(text):
        depth, name = len(tabs), raw.strip()
        if depth == 3:
            if name.endswith(_TOWN_SUFFIXES):
                bucket = towns.setdefault(name, [])
                if here not in bucket:
                    bucket.append(here)
                towns_in.setdefault(county, set()).add(name)
            continue
        alias = code_alias.split("/")[0].strip()
        if depth == 0:
            prov = city = county = name
            if name not in gaz.provinces:
                gaz.province_order.append(name)
                gaz.provinces.add(name)
        elif depth == 1:
            # 「省直辖行政区划」 is no city: its counties (仙桃市, 文昌市, 济源市) sit right under
            # the province, which is then the unit above them, as a municipality is its own city
            city = county = prov if name.endswith(_DIRECT) else name
            if city != prov:
                for v in _variants(name, alias, "州" if name.endswith("州") else name[-1]):
                    gaz.add(gaz.cities, v, Place(prov, name))
        else:
            # 「市直辖行政区划」 is no county either: a prefecture city without counties
            # (东莞, 中山, 儋州, 嘉峪关) has its towns and street offices right under it, so the
            # city is the unit above them
            county = city if name.endswith(_DIRECT) else name
            for v in _variants(name, alias, "县") if county != city else ():
                gaz.add(gaz.counties, v, Place(prov, city))
        here = Place(prov, city, county)
    gaz.index_levels()
    return gaz


def _data_path() -> Path | None:
    spec = importlib.util.find_spec("jionlp")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "dictionary" / "china_location.zip"
        if path.exists():
            return path
    return None


def _read() -> bytes | None:
    path = _data_path()
    if path is None:
        log.warning("jionlp 未安装：无法用行政区划核对单位名称（pip install jionlp）")
        return None
    return _unzip(path)


def _unzip(path: Path) -> bytes:
    with zipfile.ZipFile(path) as zf:
        member = next(n for n in zf.namelist() if n.endswith(".txt"))
        return zf.read(member)


@functools.cache
def regions() -> Gazetteer:
    """Provinces and prefecture-level cities only: what a question names as a region
    (「四川的报告」), without holding the 30 000 townships in a process that only answers."""
    if gazetteer.cache_info().currsize:
        return gazetteer()
    return _above(b"\t\t", "regions")


@functools.cache
def counties() -> Gazetteer:
    """Provinces, cities and counties, no townships: what a place named inside a region the
    question asks of is looked up in (``retrieval.region_members``)."""
    if gazetteer.cache_info().currsize:
        return gazetteer()
    return _above(b"\t\t\t", "counties")


def _above(deep: bytes, kind: str) -> Gazetteer:
    """The list without the lines indented ``deep`` or more (the levels below), parsed
    (~0.13 s: unzipping and parsing the whole list) by the first process only: the others
    read what it kept (``ingest.gazetteer_cache``, as ``gazetteer``), so an answer process's
    first question no longer pays it (perf70: ~0.27 s of the first ask, both levels)."""
    from ingest.gazetteer_cache import load  # it builds on this module's types

    path = _data_path()
    if path is None:
        log.warning("jionlp 未安装：无法用行政区划核对单位名称（pip install jionlp）")
        return Gazetteer()
    return load(path, lambda: above(_unzip(path), deep), kind=kind)


def above(data: bytes, deep: bytes) -> Gazetteer:
    """The gazetteer of the list's lines indented less than ``deep``."""
    return parse(b"\n".join(ln for ln in data.split(b"\n") if not ln.startswith(deep)).decode())


@functools.cache
def gazetteer() -> Gazetteer:
    """Loaded once per process; empty when jionlp's data is missing. Parsed (~0.2 s) by the
    first process only: the others read what it kept (``ingest.gazetteer_cache``, ~0.03 s)."""
    from ingest.gazetteer_cache import load  # it builds on this module's types

    path = _data_path()
    if path is None:
        log.warning("jionlp 未安装：无法用行政区划核对单位名称（pip install jionlp）")
        return Gazetteer()
    return load(path, lambda: build(_unzip(path)))


def build(data: bytes) -> Gazetteer:
    """The gazetteer of the list's bytes; villages (four tabs deep) are nine lines in ten and
    never needed: dropped as bytes."""
    kept = b"\n".join(_NOT_VILLAGE.findall(data))
    return parse(kept.decode("utf-8"))
