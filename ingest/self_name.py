"""The unit of a report that never spells its name in the title or the opening.

Such a report still says what kind of unit wrote it (「我乡」「乡党委、乡政府」「街道党工委」,
「现将县人民政府…报告如下」「全县」) and names itself where a unit names nothing else: in its own
brand slogans (「法治青石」「平安青石」 — the short name after a campaign word; 「法治青石、法治政府、
法治社会」 — the national trio with its own name first) and in the titles of
its own documents (《江口县行政执法公示办法》 in a report of 县人民政府). The unit is inferred only
when that evidence agrees: the name has the report's own kind, at least two such mentions (or
one of a real place the gazetteer knows at that level), no other name competes, and the short
name is not the name of a larger place the text also uses (「法治砚川」 beside 《砚川县…》 in a
township report is the county's slogan). A neighbour mentioned in passing (「与柳溪镇联调」) is
never evidence. A wrong unit costs every question about it, so anything less stays unknown.
"""

from __future__ import annotations

import re
from collections import Counter

from ingest import admin_names as an
from ingest.learned_from import learned_from
from ingest.meta_signature import RECIPIENTS
from ingest.report_reading import PARTNER, READ, Doc, H, chains, read_name, tokenizer
from ingest.short_self import clear_lead
from ingest.street_names import street_alias

# the words a unit's campaigns open with: 法治青石, 平安青石, 美丽青石…
_CAMPAIGN = "法治|平安|美丽|幸福|和谐|文明|活力|智慧|数字|生态|诚信|书香|魅力|善治|德治|自治"
_QUOTED = re.compile(rf"[“\"「『‘]((?:{_CAMPAIGN}))([{H}]{{2,3}})[”\"」』’]")
_BUILT = re.compile(rf"(?<![{H}])(?:{_CAMPAIGN})([{H}]{{2}})(?=建设|品牌)")
# the same inside running text (「明确法治兆嘉建设的重点任务」): a word may end right before it,
# so only a place the gazetteer knows at the report's level counts, and only after 法治/平安,
# which take a place; 美丽/智慧/书香 take common nouns as often (美丽海湾, 智慧城区: 海湾镇 is real)
_BUILT_IN_TEXT = re.compile(rf"(?<=[{H}])(?:法治|平安)([{H}]{{2}})(?=建设|品牌)")
# the national trio 「法治中国、法治政府、法治社会」 as a place writes it for itself: 「建设法治临泽、
# 法治政府、法治社会」 names the unit in its first slot (a place the gazetteer knows at that level)
_TRIO = re.compile(rf"法治([{H}]{{2,3}})[、，,]\s*法治政府[、，,]\s*法治社会")
# the renewal slogan a county or district sets itself (「为全面建设现代化魅力新昌江提供保障」「奋进
# 美丽新X」): 新 before the unit's short name, after a campaign word or 现代化. 新 also opens common
# words (新时代, 新格局) and real names (新昌县), so only a place the gazetteer knows at the
# report's level counts, and only one lying under a city or province the report names (its
# addressee 「中共景德镇市委、景德镇市人民政府：」 or the plans it cites)
_RENEWED = re.compile(rf"(?:{_CAMPAIGN}|现代化)新([{H}]{{2}})")
# campaigns about a sphere of life, not a place (法治中国, 平安校园, 法治社会, 数字乡村…)
_SPHERES = frozenset(
    "中国 国家 社会 政府 乡村 城市 城乡 社区 校园 家庭 家园 企业 机关 单位 村居 村庄 农村 文化 "
    "生态 交通 工地 道路 医院 市场 网络 民生 经济 思想 环境 生活 民族 基层 乡镇 街道 边境 边疆 "
    "园区 景区 山区 林区 矿区 海洋 水利 工程 平台 服务 队伍 窗口 法院 检察 公安 警务 校区 "
    "课堂 阵地 长廊 广场 公园 示范 创建 先锋 堡垒 细胞 城区 城镇".split()
)
# a document title is one sentence, however long (《中共X镇委全面依法治镇委员会办公室关于2022年度
# 学习宣传贯彻习近平法治思想工作方案》 is 52 characters and names its issuer first); a page may wrap
# it over a line, but it never holds a full stop or opens another title
_BOOK = re.compile(r"《([^《》。]{3,80})》")
# the party committee of a unit is titled 中共X镇委(员会) / 中共X镇党委: 中共 is the party, not the place
_PARTY = re.compile(r"^中(?:国)?共(?:产党)?")
_ABOUT = re.compile(r"关于|印发|转发")
_LEAD_YEAR = re.compile(r"^(?:19|20)\d{2}\s*年度?")
_STREET_BOOK = re.compile(rf"([{H}]{{2,4}}?)街(?![道区巷坊市头景])")
_SELF = {
    "乡镇": {
        # a street also says its kind inside a noun phrase (「现将2024年街道法治政府建设情况报告如下」
        # 「对街道法治办…」), and its party organ is the 党工委 (a 镇 or 乡 has a 党委; a park's is
        # 园区/开发区党工委), so 「党工委书记」 alone is a street's
        "街道": r"[我全本]街(?:道|(?![区巷坊市头]))|街道(?:党工委|办事处)"
        r"|(?:^|(?<=[，,。；\n]))街道(?=[{H}])|(?<=[年对])街道(?=[法依党工])|(?<![区园道])党工委",
        "镇": r"[我全本]镇|镇(?:党委|政府|人民政府)",
        "乡": r"[我全本]乡|乡(?:党委|政府|人民政府)",
    },
    "区县": {
        "县": r"[我全本]县(?!委)|(?<![{H}])县(?:人民政府|政府)",
        "区": r"[我全本]区(?!委)|(?<![{H}])区(?:人民政府|政府)",
        "旗": r"[我全本]旗(?!委)|(?<![{H}])旗(?:人民政府|政府)",
        # a county-level city (醴陵市): only ever taken when the gazetteer says so
        "市": r"[我全本]市(?![场民级容貌委])|(?<![{H}])市(?:人民政府|政府)(?![{H}]*[:：])",
    },
}


def self_kind(text: str, level: str) -> str:
    """The kind of unit a report calls itself (街道/镇/乡 or 县/区/旗); "" when it never does."""
    counts = {
        kind: len(re.findall(pat.replace("{H}", H), text))
        for kind, pat in _SELF.get(level, {}).items()
    }
    best = max(counts, key=counts.__getitem__, default="")
    return best if best and counts[best] > 0 else ""


def self_named(doc: Doc, level: str) -> str:
    """The unit the report's own slogans and document titles name, when they agree."""
    text = doc.text[:READ]
    kind = self_kind(text, level)
    if not kind:
        return ""
    found: Counter[str] = Counter()
    slogans: Counter[str] = Counter()  # the unit's campaigns, or its superior's (see below)
    shorts = [m.group(2) for m in _QUOTED.finditer(text)] + _BUILT.findall(text)
    for short in shorts:
        if short not in _SPHERES and an.plausible(short + kind):
            slogans[short + kind] += 1
    for short in _BUILT_IN_TEXT.findall(text) + _TRIO.findall(text):
        if short not in _SPHERES and doc.gaz.level_of(short + kind) == level:
            slogans[short + kind] += 1
    for short in _RENEWED.findall(text):
        if level == "区县" and _under_named(doc, short + kind, text):
            slogans[short + kind] += 1
    booked: set[str] = set()  # named in full, kind and all, as the issuer of its documents
    for m in _BOOK.finditer(text):  # 《雁湖街道矛盾纠纷多元化解工作办法》: the issuing unit first
        if learned_from(text, m.start()):
            continue  # 「借鉴《武乡县…方案》」: a peer's document (``ingest.learned_from``)
        # 《关于健全县直部门…的意见》 opens with its subject, not its issuer: no name there;
        # a yearly plan may put its year first (《2022年茶陵县法治政府建设工作要点》)
        book = _PARTY.sub("", _LEAD_YEAR.sub("", m.group(1)))
        head = None if _ABOUT.match(book) else re.match(rf"[{H}]{{1,12}}?(?:{kind})", book)
        if head:
            unit, _ = an.most_specific(an.parse_chain(head.group(0), doc.known, an.plausible))
            if unit.endswith(kind) and not an.is_generic(unit):
                found[unit] += 1
                booked.add(unit)
        # 《丁香街“三重一大”议事制度》: a 街道 that writes itself X街 (see street_names.street_alias)
        elif kind == "街道" and (short := _STREET_BOOK.match(book)):
            found.update([street_alias(short.group(1))])
    found.update(_own_slogans(doc, slogans, booked, kind, level))
    found.pop("", None)
    if len(found) != 1:
        return ""  # nothing, or names that disagree
    if kind == "市":  # 《株洲市…》 beside 《醴陵市…》: the prefecture above, no rival
        found = Counter({k: v for k, v in found.items() if doc.gaz.level_of(k) != "地市"})
    if len(found) != 1:
        return ""
    ((name, n),) = found.items()
    if (n < 2 or kind == "市") and doc.gaz.level_of(name) != level:
        return ""  # 全市 in a report of 株洲市 (a city) is no county's
    if kind == "市" and not _under_cited(doc, name, text):
        return ""
    core = name[: -len(kind)]
    # a slogan says the short name only (法治朝阳), which a larger place may bear; the title of
    # the unit's own document spells it with its kind (《朝阳街道…办法》), which no larger place does
    if name not in booked and _larger_place(doc, core, level, text.replace(name, "")):
        return ""
    return name


def _own_slogans(
    doc: Doc, slogans: Counter[str], booked: set[str], kind: str, level: str
) -> Counter[str]:
    """The campaigns that are the unit's own. A township of a prefecture without counties (东莞,
    中山, 儋州) works to its city's plan and says so: 「紧扣《法治东莞建设规划》」 names the superior,
    whose short name the gazetteer knows above the report's level, so 东莞镇 is no rival self
    beside the unit its own documents name (《中共洪梅镇委…方案》). A slogan of the name the
    report's documents issue under stays evidence, whatever else bears that short name."""
    larger = ("省", "地市") + (("区县",) if level == "乡镇" else ())
    own: Counter[str] = Counter()
    for name, n in slogans.items():
        core = name[: -len(kind)]
        if name in booked or not any(core in doc.gaz.short_names(lv) for lv in larger):
            own[name] += n
    return own


def _larger_place(doc: Doc, core: str, level: str, text: str) -> bool:
    """Is ``core`` the short name of a place above the unit (the county 砚川县 the text names, a
    city or province the gazetteer knows)? Then its slogans are that place's."""
    above = ("县", "区", "市", "旗", "州", "省") if level == "乡镇" else ("市", "州", "省")
    if re.search(rf"{core}(?:{'|'.join(above)})", text):
        return True
    larger = ("省", "地市") + (("区县",) if level == "乡镇" else ())
    return any(core in doc.gaz.short_names(lv) for lv in larger)


def _under_named(doc: Doc, county: str, text: str) -> bool:
    """Is ``county`` a county the gazetteer knows, under a city or province the text names?"""
    if doc.gaz.level_of(county) != "区县":
        return False
    places = doc.gaz.counties.get(county, [])
    return any(p.city in text or p.province in text for p in places)


def _under_cited(doc: Doc, city: str, text: str) -> bool:
    """A county-level city lies in every province and prefecture whose plans its report cites
    (《湖南省…》《株洲市…》 around 《醴陵市…》); a city outside them is some other report's."""
    places = doc.gaz.counties.get(city, [])
    for m in _BOOK.finditer(text):
        head = re.match(rf"[{H}]{{2,12}}?(?:省|自治区|市)", m.group(1))
        if not head or head.group(0) == city:
            continue
        above = head.group(0)
        larger = above in doc.gaz.provinces or doc.gaz.level_of(above) == "地市"
        if larger and not any(above in (p.province, p.city) for p in places):
            return False
    return True


# a 新区 is run by a 管委会 under a 党工委, and its report calls itself by their kind alone, as a
# township's says 镇党委: 「在市委、市政府和新区党工委的正确领导下」「做好今年新区管委会工作」
_ZONE_ORGAN = re.compile(r"新区(?:党工委|管委会|管理委员会)")
_ZONE_NAMED = re.compile(rf"[{H}]{{2,6}}?新区")
_ZONE_LEAST = 2  # one bare organ may be a superior the report works under, two are its own
# a district or county speaks as 我区/我县, under its 区委 and for its 区人民政府 (「我代表区人民政府」
# 「在市委、市政府和区委的正确领导下」); a 新区 under its 党工委, for its 管委会. A report that names
# its 区委/区政府 so, or says 我区 as often as it names the bare organs, is a district's, the
# 新区党工委 it works with a neighbour's (「积极支持大鹏新区建设，与新区管委会建立联席会议制度」)
_DISTRICT_SELF = re.compile(r"我[区县]")
_DISTRICT_ORGAN = re.compile(r"(?:代表|[和、])[区县](?:人民政府|委)")


def zone_self(doc: Doc) -> str:
    """The 新区 a report that speaks as 「新区党工委」「新区管委会」 names: the one X新区 of its
    text whose short name the report writes most (its own things, 「健康大鹏」「大鹏发展」, as
    ``short_self`` counts a district's). Only bare organs count: 「光明新区管委会」 names another
    new area, and a 高新区 is a zone of another kind. "" unless the report speaks so at least
    twice, more often than as 我区/我县, never for its 区委/区人民政府, and one name clearly
    leads."""
    text = doc.text[:READ]
    names: set[str] = set()
    for m in _ZONE_NAMED.finditer(text):
        name = read_name(doc, m.group(0))
        if 2 <= len(name) - 2 <= 3 and not name.endswith("高新区"):
            names.add(name)
    organs = [m.start() for m in _ZONE_ORGAN.finditer(text)]
    bare = [at for at in organs if not any(text.endswith(n[:-2], 0, at) for n in names)]
    if (
        len(bare) < _ZONE_LEAST
        or _DISTRICT_ORGAN.search(text)
        or len(_DISTRICT_SELF.findall(text)) >= len(bare)
    ):
        return ""
    counts = Counter({n: text.count(n[:-2]) for n in names})
    return clear_lead(counts) if len(names) > 1 else next(iter(names), "")


_RECIPIENT_LINE = re.compile(rf"^(?:{RECIPIENTS.pattern[1:]}).*$", re.M)
# a unit visited or learned from (「赴东湖街道学习」「借鉴白塔街道经验」) is another one
_VISIT = re.compile(rf"(?:赴|到|前往|考察|学习|借鉴|参观|观摩)[{H}]{{2,8}}?(?:街道|镇|乡)")


def lone_town(doc: Doc) -> str:
    """The one township of its own kind a report that calls itself 全街/本镇/我乡 names anywhere:
    「完成望江街道便民服务中心改造」「纳入了东岭镇发展总体规划」 are its own. Two names, or one the
    report works with or visits (「与…联调」「赴东岭镇学习」), may be neighbours; a 镇 or 乡 whose
    core is report vocabulary is a heading run on to 镇党委 (建设镇), real or not."""
    # the 版记's recipients (「抄送：县司法局，白水镇人民政府。」) are never the writer
    text = _RECIPIENT_LINE.sub(lambda m: " " * len(m.group(0)), doc.text[:READ])
    kind = self_kind(text, "乡镇")
    if not kind:
        return ""
    found = Counter(
        _town_name(doc, n, kind)
        for u, _ in chains(doc, text, True)
        if an.suffix(an.canonical(u)) == kind and not an.is_generic(an.canonical(u))
        if (n := read_name(doc, an.canonical(u)))
    )
    found.pop("", None)
    if len(found) != 1:
        return ""
    name, times = found.most_common(1)[0]
    if kind != "街道" and not _town_proper(doc, name, kind):
        return ""
    if _common_stem(doc, name, kind, times):
        return ""
    others = [m.group(0) for m in (*PARTNER.finditer(text), *_VISIT.finditer(text))]
    return "" if any(name in o for o in others) else name


def _common_stem(doc: Doc, name: str, kind: str, times: int) -> bool:
    """A name read once whose stem is a word of the report's own sentences. A street calls
    itself bare 街道 (「研究决策街道重要事项」「代理街道诉讼案件」「深化街道党工委中心组学法」), so
    a verb or noun runs on to it; the division list holds nearly every township, so an
    unlisted street named once whose stem is one word of the language (not a place word) is
    such a run, while a made-up stem of its own (望|川) may be a street too new for the list. And a place's stem is a proper name the report
    writes within the name; one it writes more than twice as often alone (建设 in 法治建设,
    「推动法治建设街道领导层…」) is its common word, though 建设街道 is real elsewhere."""
    stem = name[: -len(kind)]
    if kind == "街道" and times < 2 and not doc.known(name):
        words = tokenizer().tagged(stem)
        if len(words) == 1 and not words[0][1].startswith("ns"):
            return True
    text = doc.text[:READ]
    bare = len(re.findall(rf"{re.escape(stem)}(?!{re.escape(kind)}|街|镇|乡)", text))
    return bare > 2 * text.count(name)


# a town's class, not its name: 小城镇, 卫生镇, 文明乡, 重点镇, 特色小镇, 历史文化名镇…
_TOWN_CLASS = re.compile(
    r"(?:城|卫生|文明|重点|中心|示范|特色|名|强|小|集|建制|森林|生态|文化|旅游|商贸|工业|农业"
    r"|园林|宜居|美丽|平安|法治|和谐|民主|全国|省级|市级)$"
)


def _town_proper(doc: Doc, name: str, kind: str) -> bool:
    """A 镇 or 乡 named in passing is a place only when its core is no report vocabulary (「…法治
    政府建设镇党委…」 is a heading run on, though 建设镇 is real) nor a class of towns (推进小城镇
    建设, 争创卫生镇), and where it is written it starts a word (省级|卫生镇 holds no 级卫生镇)."""
    core = name[: -len(kind)]
    if not an.plausible(name) or _TOWN_CLASS.search(core):
        return False
    text = doc.text[:READ]
    at = text.find(name)
    if at < 0:
        return True
    lo = max(at - 6, text.rfind("\n", 0, at) + 1)
    window = re.split(r"\s", text[lo : at + len(name) + 4])[0] if lo < at else name
    words = tokenizer().words(window)
    return "".join(words) != window or not an.cut_from_word(words, at - lo, at - lo + len(name))


def _town_name(doc: Doc, name: str, kind: str) -> str:
    """The township a 「X街道」/「X镇」 run of text names, or "". 「完成望江街道」: the verb before
    the name is no part of it; a core of verbs and adverbs alone (「纳入街道网格」) or of four or
    more characters (「充分发挥街道作用」) names none, unless the division list knows it."""
    if doc.known(name):
        return name
    words = tokenizer().tagged(name[: -len(kind)])
    while len(words) > 1 and _function(words[0][1]) and len(_joined(words[1:])) >= 2:
        words = words[1:]
    core = _joined(words)
    if doc.known(core + kind):
        return core + kind
    if all(_function(tag) for _, tag in words) or not 2 <= len(core) <= 3:
        return ""
    return core + kind


def _function(tag: str) -> bool:
    return tag[:1] in "vpdct" or tag == "ad"  # verbs, prepositions, adverbs, conjunctions, time


def _joined(words: list[tuple[str, str]]) -> str:
    return "".join(w for w, _ in words)
