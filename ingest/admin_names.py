"""How Chinese administrative names are built, independent of any one report.

A full name is a chain from large to small (重庆市南岸区峡口镇); each link ends with its
kind (省/自治区, 市/州/盟, 县/区/旗/县级市, 乡/镇/街道/苏木). An organ is a unit plus an organ word
(人民政府, 办事处, 党委…). Words such as 乡镇, 各乡镇, 本镇 or 全县 are built the same way but
name no place.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from ingest.region_names import is_region

H = "\u4e00-\u9fff"
# one administrative chain such as 重庆市南岸区峡口镇 or 鲁山县辛集乡; names are short.
# A city whose name ends in 州 is written with its 市 (杭州市, 苏州市): a 州 right before 市 is
# part of the name, not the kind of an autonomous prefecture, so 杭州市西湖区 is 杭州市 → 西湖区
# and never 杭州 → 市西湖区
_CHAIN = re.compile(
    rf"(?P<prov>[{H}]{{2,7}}?(?:省|自治区))?"
    rf"(?P<city>[{H}]{{1,8}}?(?:市|自治州|州(?!市)|盟|地区))?"
    rf"(?P<county>[{H}]{{1,8}}?(?:自治县|自治旗|开发区|高新区|新区|县|区|市|旗))?"
    rf"(?P<town>[{H}]{{1,6}}?(?:街道|民族乡|乡|镇|苏木)|[{H}]{{2,10}}?族乡)?"
)
# 「县委」「镇委」: the party committee of a place is an organ too (中共青禾县委 青禾县人民政府),
# its departments (县委宣传部, 县委办) are not
ORGAN = re.compile(
    r"(?:人民政府|政府|办事处|管委会|管理委员会|党工委|党委|委员会|人大|司法所|"
    r"(?<=[县区市州旗盟镇乡])委(?![员托屈婉]|宣传|组织|统战|办|政法|书记|常委|全面|依法))"
)
_JUNK = re.compile(
    r"对于|由于|属于|至于|鉴于|基于|代表|关于|我|的|在|年度|年|和|与|、|致|向|对|中共|根据|按照|全面|推进"
)
JUNK_WORDS = _JUNK  # the words no name holds: other readers cut a run of characters at them
GENERIC_NAMES = {
    "乡镇",
    "城镇",
    "村镇",
    "集镇",
    "小镇",
    "市区",
    "城区",
    "社区",
    "辖区",
    "园区",
    "景区",
    "片区",
    "山区",
    "街区",
    "地区",
    "新区",
    "郊区",
    "校区",
    "小区",
    "治县",
    "治区",
    "治市",
    "治镇",
    "治乡",
    "强县",
    "强区",
    "强市",
    "强镇",
    "乡镇街道",
    "镇街道",
    "各街道",
}

LEVEL_BY_SUFFIX = {
    "乡": "乡镇",
    "民族乡": "乡镇",
    "镇": "乡镇",
    "街道": "乡镇",
    "苏木": "乡镇",
    "县": "区县",
    "区": "区县",
    "旗": "区县",
    "自治县": "区县",
    "自治旗": "区县",
    "新区": "区县",
    "开发区": "区县",  # development zones report like counties (管委会)
    "高新区": "区县",
    "市": "地市",
    "州": "地市",
    "自治州": "地市",
    "盟": "地市",
    "地区": "地市",
    "省": "省",
    "自治区": "省",
}
# words built like names that name a kind of area, not a place (「法治文明辖区」「示范社区」)
_GENERIC_ENDINGS = ("辖区", "社区", "园区", "景区", "片区", "街区", "校区", "小区")
_GENERIC_ENDINGS += ("乡镇", "村镇", "集镇", "小镇", "城乡", "县区", "区县", "市县", "县市")
# a quantifier before a kind counts units of it (部分镇, 个别乡, 少数街道), as 各 and 全 do
_SOME = ("部分", "大部分", "个别", "少数", "多数", "一些", "有的", "所有", "其他", "其余", "相关")
_REAL_ENDINGS = (
    "村镇",
    "集镇",
    "城乡",
    "乡镇",
)  # real towns end so too (王集镇, 高村镇, 石城乡, 东乡镇)
_MAX_CORE = {"乡镇": 5, "区县": 5, "地市": 5, "省": 6}
_REPORT_WORDS = re.compile(
    r"政府|建设|法治|执法|工作|示范|全国|环境|发展|管理|服务|治理|推进|开展|宣传|学习|贯彻|制定|"
    r"试验|各位|代表|的|了|委|请|中心|城市|区域"
)
# a 区 a place is made or aims to be (「新发展格局先行区」「先进制造业高地先行区」「绿色发展引领区」
# 「改革试验区」) is a title held by a government, never a district: the words of such titles
# (先行, 先导, 引领, 集聚, 承载, 样板, 实验, 格局, 高地) name no statutory district
_ZONE_TITLE = re.compile(r"先行|先导|引领|集聚|承载|样板|实验|格局|高地")
RANK = {"乡镇": 0, "区县": 1, "地市": 2, "省": 3, "国家": 4}


_ONLY_SUFFIXES = re.compile(r"[乡镇县区市街道]+")
_SUFFIX = re.compile("(?:" + "|".join(sorted(LEVEL_BY_SUFFIX, key=len, reverse=True)) + ")$")


@functools.lru_cache(maxsize=65536)
def suffix(name: str) -> str:
    m = _SUFFIX.search(name)
    return m.group(0) if m else ""


def level_of(name: str) -> str:
    """乡镇 / 区县 / 地市 / 省 from the name's own ending (a 市 is taken as 地市 here;
    the gazetteer knows county-level cities)."""
    return LEVEL_BY_SUFFIX.get(suffix(name), "")


@functools.lru_cache(maxsize=65536)
def is_generic(name: str) -> bool:
    """乡镇, 各乡镇, 本镇, 我街道, 全县… name no place; neither does a bare suffix. The numeral
    两 counts units of a kind (两县, 两个镇) only alone: before a second character it begins a
    name (两当县, 两江新区), as no determiner (我, 本, 全…) does."""
    suf = suffix(name)
    core = name[: len(name) - len(suf)] if suf else name
    # an ethnic township is named place + people + 族乡 (街津口赫哲族乡, 十八站鄂伦春族乡)
    long_kind = (
        "自治" in suf or suf in ("开发区", "高新区") or (suf == "乡" and core.endswith("族"))
    )
    longest = 10 if long_kind else _MAX_CORE.get(LEVEL_BY_SUFFIX.get(suf, ""), 6)
    return (
        name in GENERIC_NAMES
        or name.endswith(_GENERIC_ENDINGS)
        or len(core) > longest
        or len(core) < 1
        or (name[0] in "我本该全各每此其" and len(core) <= 2)
        or core in ("两", "两个")  # 两县, 两个镇; but 两当县 and 两江新区 are names
        or core in _SOME  # 「部分镇街执法中队」「个别乡」: how many of the kind, no name
        or core[-1:] in "治强"
        or bool(_ONLY_SUFFIXES.fullmatch(name))
        or is_region(name)  # 粤港澳大湾区, 长江经济带: a strategy's region, no government
    )


def _real_generic(name: str, at_boundary: bool, known: Callable[[str], bool] | None) -> bool:
    """王集镇, 高村镇: hundreds of real towns end like the generic 集镇/村镇 (「美丽村镇」). One
    counts when the division list knows it and it starts where a word does — the run's start
    or right after the unit above it — so 「建设美丽村镇」 never yields 丽村镇. So do the places
    whose name ends in 强 or 治 (枣强县, 长治市) like the slogans 「科技强县」「法治市」: the
    slogan is no listed place, the real name is."""
    suf = suffix(name)
    core = name[: len(name) - len(suf)] if suf else name
    shaped = name.endswith(_REAL_ENDINGS) or (len(core) >= 2 and core[-1] in "治强")
    return bool(at_boundary and known and shaped and known(name))


def _inner(m: re.Match, key: str) -> tuple[int, ...]:
    """Where ``key``'s part of a chain starts when another part of the chain precedes it."""
    before = [m.end(k) for k in ("prov", "city", "county", "town") if k != key and m.group(k)]
    return tuple(e for e in before if e == m.start(key))


def _phrase_tail(name: str, known: Callable[[str], bool] | None) -> bool:
    """「创建全县」「推进本镇」: a verb phrase ending in a generic word, unless a real place
    (天全县, 万全镇) bears that name."""
    suf = suffix(name)
    before = name[-len(suf) - 1 : -len(suf)] if suf else ""
    return before in ("全", "我", "本", "该", "各", "每", "此") and not (known and known(name))


def _chain_at(run: str, start: int, known: Callable[[str], bool] | None) -> dict[str, str] | None:
    """The chain that runs from ``start`` to the end of ``run``, if one does and no part of
    it is a generic word or a verb phrase (None otherwise)."""
    m = _CHAIN.fullmatch(run, start)
    if not m:
        return None
    parts = {k: v for k, v in m.groupdict().items() if v}
    if parts and all(
        (not is_generic(v) or _real_generic(v, m.start(k) in (0, *_inner(m, k)), known))
        and v[0] not in "我本该全各"
        and not _phrase_tail(v, known)
        for k, v in parts.items()
    ):
        return parts
    return None


def parse_chain(
    run: str,
    known: Callable[[str], bool] | None = None,
    plausible: Callable[[str], bool] | None = None,
) -> dict[str, str]:
    """The administrative chain that ends ``run`` exactly ({} when none).

    Longest first. With ``known`` (a gazetteer), a chain of real places beats a longer
    unknown one, unless the unknown one is all of ``run`` (it starts at a word boundary) and
    is ``plausible`` (银杏大街街道 over 大街街道 and 云柳乡 over 柳乡, but 朝阳区 in 「时宣传朝阳区」).
    The starts are tried in order and the first chain that settles it ends the search: the
    ingest parses every name-like run of a report's opening pages (perf22)."""
    listed = known is not None and level_of(run) in ("区县", "地市") and known(run)
    if listed and (whole := _known_whole(run, known)):
        return whole
    first: dict[str, str] | None = None
    for start in range(len(run)):
        parts = _chain_at(run, start, known)
        if parts is None:
            continue
        if known is None:
            return parts
        if all(known(v) for v in parts.values()):
            return parts  # the first chain of real places
        if plausible and start == 0 and all(plausible(v) for v in parts.values()):
            return parts
        first = first or parts
    return first or {}


def _known_whole(run: str, known: Callable[[str], bool]) -> dict[str, str]:
    """A county or city the list knows whole holds no chain inside it (靖州苗族侗族自治县 is no
    靖州 over 苗族侗族自治县, 西乡塘区 no 西乡 over 塘区) unless its head is a place the list knows
    (唐山市|汉沽管理区: the list files the area with its city's name in front)."""
    parts = _chain_at(run, 0, known) or {}
    if len(parts) < 2:
        return {}  # read as one name already, or as none
    lowest = most_specific(parts)[0]
    if any(known(v) for v in parts.values() if v != lowest):
        return {}
    return {next(k for k, v in parts.items() if v == lowest): run}


def whole_chain(run: str, known: Callable[[str], bool] | None = None) -> dict[str, str]:
    """The chain that is all of ``run`` when ``parse_chain(run, known)`` would return it and
    every part of it is ``known``, else {}: one match instead of one per start of ``run``."""
    parts = _chain_at(run, 0, known)
    if parts is None or (known is not None and not all(known(v) for v in parts.values())):
        return {}
    return parts


def canonical(name: str) -> str:
    """XX街道办事处 → XX街道, XX镇人民政府 → XX镇: the unit, not its organ."""
    name = re.sub(r"^中共", "", name)
    return ORGAN.split(name)[0] if ORGAN.search(name) else name


def plausible(name: str) -> bool:
    """A name no list confirms: a two-character core at least, and none of the vocabulary
    of reports, which place names never contain."""
    core = name[: len(name) - len(suffix(name))]
    if suffix(name) == "区" and _ZONE_TITLE.search(core):
        return False
    return len(core) >= 2 and not _REPORT_WORDS.search(core)


def after_junk(run: str, known: Callable[[str], bool] | None) -> dict[str, str]:
    """「我代表城口县左岚乡」 → 城口县左岚乡, but 共和乡 and 向阳镇 keep their 和 and 向 when
    they are real places."""
    tail = _JUNK.split(run)[-1]
    parts = parse_chain(tail, known, plausible) if tail else {}
    if tail != run and known:
        whole = parse_chain(run, known, plausible)
        unit, cut = most_specific(whole)[0], most_specific(parts)[0]
        if unit and known(unit) and len(unit) > len(cut) and unit.endswith(cut):
            return whole
    return parts


def cut_from_word(words: Sequence[str], start: int, end: int) -> bool:
    """A name at [start, end) of the text ``words`` segment is cut out of words, not a place:
    it starts inside a word (示范|县 holds no 范县) or its suffix begins a title (选|副镇长,
    街道办|主任 hold no 选副镇). A name at the start of the text (an organ opening a line,
    「范县人民政府」) always starts a word."""
    spans, pos = [], 0
    for w in words:
        spans.append((pos, pos + len(w)))
        pos += len(w)
    if start > 0 and all(s != start for s, _ in spans):
        return True
    for i, (s, e) in enumerate(spans):
        if s < end < e:  # the suffix glued to the word after it
            after = words[i + 1] if i + 1 < len(words) else ""
            return words[i].endswith("长") or (words[i].endswith("办") and after.startswith("主任"))
    return False


_ORDER = ("town", "county", "city", "prov")


def chain_depth(parts: dict[str, str]) -> int:
    """How far down the chain goes: 0 for a township, 3 for a province alone."""
    return min(_ORDER.index(k) for k in parts)


def most_specific(parts: dict[str, str]) -> tuple[str, str]:
    """(unit, the unit directly above it as named in the same chain)."""
    present = [k for k in _ORDER if parts.get(k)]
    if not present:
        return "", ""
    unit = parts[present[0]]
    above = parts[present[1]] if len(present) > 1 else ""
    return unit, above
