"""A prefecture-level report (市, 自治州) whose title and opening never spell its name.

A city's report speaks of itself by kind (市委, 市政府, 全市, 依法治市) and of the counties under
it as a set (各县区, 各旗区, 县（市、区）): a county-level city has townships under it, never
counties, so that pair marks a prefecture. So does its addressee: a prefecture reports to its
province (「省人民政府：」), the level right above it. Its name is then the one prefecture its own
document titles carry (《鄂尔多斯市全面推进法治政府建设示范创建工作方案》, 《中共X市委…》: an
issuer opens the title of its own documents, its party committee's after 中共); cities it is
compared with or reports to are named in the body, not as issuers of its documents, and two
such names leave it unknown. 「各县（区）」 is one more way of writing the counties below.

A work report delivered 「我代表区人民政府」 (or 县, 旗: its government named by kind alone, as
only its own hall hears it) is a county's, however often it ranks itself in 全市 and cites the
city's plans (《深圳市…方案》) under 市委、市政府: it is never read as the prefecture.

An autonomous prefecture (自治州) may also call itself by the first character of its name.

A 自治州's long name (巴音郭楞蒙古自治州, 克孜勒苏柯尔克孜自治州) is shortened in its own
reports to one character and 州 (「巴州党委、政府坚持…」「克州」「博州」), as a two-character
short form (红河州, 大理州) is elsewhere; the division list knows the long names and the
two-character forms but not the one-character ones. Such a short form is read as the
prefecture only when the page speaks as a 州 (州党委, 州政府, 全州, 依法治州, 自治州), exactly one
自治州 begins with that character, and the short form is no city's (德州市, 苏州市 are spoken of as
德州, 苏州) nor written in the page with a county's ending (巴州区, 凉州区: their reports speak
as a 区, never as a 州). Anything less stays unknown.
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.gazetteer import Gazetteer
from ingest.report_reading import READ, Doc, H, names_in
from ingest.short_self import delegate_kind

# the report speaking of itself as a prefecture: its bodies without a name, or 全州
_SELF_STATE = re.compile(rf"(?<![{H}])州(?:党委|委|人民政府|政府)|全州|依法治州|自治州(?!的)")
# a one-character short form as a subject: 「2023年，巴州党委、政府…」「巴州坚持…」
_SHORT_STATE = re.compile(
    rf"(?:(?<![{H}])|(?<=年))([{H}])州(?=党委|委|人民政府|政府|各族|坚持|深入|认真|全面|[，,、])"
)


def expand_short(gaz: Gazetteer, char: str, text: str) -> str:
    """The one 自治州 whose name starts with ``char``, or "" when none or several do, or
    when ``char`` + 州 is a city's name or the page writes it as a county's."""
    short = char + "州"
    if any(n.startswith(short) for n in (*gaz.cities, *gaz.provinces)):
        return ""
    if re.search(rf"{short}(?:区|县|市)", text):
        return ""
    names = [c for c in gaz.cities if c.startswith(char) and c.endswith("自治州")]
    return names[0] if len(names) == 1 else ""


_CITY_SELF = re.compile(rf"(?<![{H}])市(?:委|人民政府|政府)|全市|依法治市|市本级")
_COUNTIES_BELOW = re.compile(
    r"各(?:旗县区|县市区|县区|旗区|区县|县)|县[（(](?:市、)?区[）)]|旗县[（(]市、区[）)]"
)
_BOOK = re.compile(r"《(?:(?:19|20)\d{2}年度?)?([^》]{2,40})》")


def prefecture_self(doc: Doc) -> str:
    """The prefecture a report without a title is, by its self-words and its documents."""
    if delegate_kind(doc.text[:READ]) in ("区", "县", "旗"):
        return ""
    return short_prefecture(doc) or _titled_city(doc) or _city_over_its_counties(doc)


# the addressee a prefecture reports to: its province's government or party committee
# (「省人民政府：」「中共青海省委、青海省人民政府：」), the name of the province given or not
_TO_PROVINCE = re.compile(
    rf"^(?:(?:中共)?(?:[{H}]{{2,7}}?(?:省|自治区)|省)(?:委|人民政府|政府)[、，,]?)+[:：]$"
)


def to_province(doc: Doc) -> str | None:
    """The province a report is addressed to ("省" when unnamed), None when it is not. A
    report to the province's government comes from the level right below it: a prefecture,
    or a county-level city the province governs directly (仙桃市), which the division list
    files as a county, so its documents never name a prefecture issuer here."""
    for _, line in doc.lines[: doc.body + 1]:
        if _TO_PROVINCE.match(line):
            named = re.findall(rf"[{H}]{{2,7}}?(?:省|自治区)", line.replace("中共", ""))
            return named[0] if named else "省"
    return None


def _titled_city(doc: Doc) -> str:
    text = doc.text[:READ]
    province = to_province(doc) if doc.gaz.loaded else None
    if not (doc.gaz.loaded and (_COUNTIES_BELOW.search(text) or province)):
        return ""
    if len(_CITY_SELF.findall(text)) < 3:
        return ""
    issuers = set()
    for m in _BOOK.finditer(text):
        # a party committee's document opens with 中共 (《中共那曲市委全面依法治市…》)
        head = re.match(rf"(?:中共)?([{H}]{{2,12}}?(?:市|自治州|州|盟))", m.group(1))
        if head and doc.gaz.level_of(head.group(1)) == "地市":
            issuers.add(head.group(1))
    if len(issuers) != 1:
        return ""
    city = issuers.pop()
    places = doc.gaz.cities.get(city, [])
    if province not in (None, "省") and not any(p.province == province for p in places):
        return ""  # the city lies in the province it reports to
    return city


def short_prefecture(doc: Doc) -> str:
    """The 自治州 the report names itself by its one-character short form, when it is one."""
    text = doc.text[:READ]
    if not (doc.gaz.loaded and _SELF_STATE.search(text)):
        return ""
    found = Counter(
        name
        for m in _SHORT_STATE.finditer(text)
        if (name := expand_short(doc.gaz, m.group(1), text))
    )
    return found.most_common(1)[0][0] if len(found) == 1 else ""


# a city speaking of itself (「我市」「本市」) rather than of a county's 我县/我区 or a town's 我镇
_CITY_WE = re.compile(r"[我本]市(?![场民级容貌])")
_LOWER_WE = re.compile(r"[我本全](?:县|区|旗|镇|乡|街)(?!委)")


def _city_over_its_counties(doc: Doc) -> str:
    """A city report without a title that calls itself 我市/本市 names its own city in passing
    (「咸宁市“一站式”多元解纷体系」) beside the districts and counties under it (「咸安区、通城县
    入围…」): the one prefecture it names is the writer when some 区/县/旗 it names lies under
    that prefecture and no more lie elsewhere. A county-level city also says 我市, but it names
    its prefecture as the body above it (「在株洲市委、市政府的领导下」) or as the issuer of plans
    it follows, not as the subject of its own work, so those mentions do not count."""
    text = doc.text[:READ]
    if not (doc.gaz.loaded and _CITY_WE.search(text)) or _LOWER_WE.search(text):
        return ""
    names = {u for u, _, _ in names_in(doc, text, True)}
    cities = {n for n in names if doc.gaz.level_of(n) == "地市"}
    if not cities:
        return _city_of_its_plans(doc, text, names)
    if len(cities) != 1:
        return ""
    (city,) = cities
    plain = _BOOK.sub(" ", text)  # 《株洲市…纲要》 is the prefecture's plan a county cites
    if not re.search(rf"{city}(?!委|人民政府|政府|中级|[、，,])", plain):
        return (
            ""  # named only as the body above (「在株洲市委、市政府领导下」): the writer's superior
        )
    counties = [n for n in names if doc.gaz.level_of(n) == "区县" and n[-1] in "区县旗"]
    inside = sum(any(p.city == city for p in doc.gaz.counties.get(n, [])) for n in counties)
    return city if inside and inside * 2 > len(counties) else ""


def _city_of_its_plans(doc: Doc, text: str, names: set[str]) -> str:
    """A city report that says 我市 and writes its own name only in the titles of the plans it
    carries out (「扎实推动《长治市“十四五”…专项规划》任务落实」) still names the districts and
    counties under it as the subjects of its year (「上党区和武乡县被评为…示范地区」): the one
    prefecture its document titles name is the writer when two or more 区/县/旗 named in running
    text lie under it and no more lie elsewhere. A county-level city also cites its
    prefecture's plans (《咸阳市…方案》) and may name its neighbours, but its report names
    itself (法治兴平, 兴平市): any county-level city, or its short name, under that prefecture named in the page
    leaves the writer unknown, as does a second prefecture in the titles."""
    cities = set()
    for m in _BOOK.finditer(text):  # the issuer opens its document's title
        head = re.match(rf"(?:中共)?([{H}]{{2,12}}?(?:市|自治州|州|盟))", m.group(1))
        if head and doc.gaz.level_of(head.group(1)) == "地市":
            cities.add(head.group(1))
    if len(cities) != 1:
        return ""
    (city,) = cities
    books = {u for u, _, _ in names_in(doc, text, True, books=True)}
    under = {
        n
        for n in names | books
        if doc.gaz.level_of(n) == "区县"
        and any(p.city == city for p in doc.gaz.counties.get(n, []))
    }
    if any(n[-1] == "市" for n in under):
        return ""  # a county-level city under it names itself: it, not the prefecture, writes
    own = [
        c for c, ps in doc.gaz.counties.items() if c[-1] == "市" and any(p.city == city for p in ps)
    ]
    if any(len(c) > 2 and c[:-1] in text for c in own):
        return ""  # or by its short name alone (法治兴平, 兴平高质量发展)
    counties = [n for n in names if doc.gaz.level_of(n) == "区县" and n[-1] in "区县旗"]
    inside = sum(n in under for n in counties)
    return city if inside >= 2 and inside * 2 > len(counties) else ""
