"""A question's scope in words: the levels of government it asks about (「哪些乡镇」, 「市一级」)
and the units it leaves out (「除了A镇以外」, 「A镇之外」). Scope decides which reports are
searched; it is never part of the information need."""

from __future__ import annotations

import re

from reportqa.units import short_name
from retrieval.level_words import canonical
from retrieval.reformed_levels import without_reformed_levels
from retrieval.township_level import PREFECTURE

# a level noun that starts a longer word names no level: 各市场主体, 每个市民, 各区域, 各县域,
# 各乡村; 哪些区 and 哪一个区 ask for districts as 哪个区 does
_WHICH_OF = r"(?:哪些|哪一|[哪几各每])个?"
_LEVEL_WORDS = (
    # 镇街/街镇 say 镇 and 街道 at once (「镇街一级」「各镇街」): the township rung, streets in it
    (re.compile(rf"乡镇|街道|镇街|街镇|{_WHICH_OF}(?:乡(?!村|土|亲)|镇)"), "乡镇"),
    # 县市区 / 县（市、区）: the county rung as official tables name it (「县市区的报告里」);
    # 「哪些市县」: 市县 is the two rungs together (市县两级, 市县政府), so the county rung too
    (
        re.compile(
            rf"区县|县区|县市区|县[（(]市[、,，]区[）)]|{_WHICH_OF}(?:区(?!域|间|别)|县(?!域)|市县)"
        ),
        "区县",
    ),
    # 地级市 / 地州市 / 市州 / 市（州）: the prefecture rung by its official class names (a
    # 州 or 盟 stands on it beside the cities), said bare as 乡镇 and 区县 are
    (re.compile(rf"{PREFECTURE}|{_WHICH_OF}(?:市(?!场|民|容|政|值)|地市|城市)"), "地市"),
    (re.compile(rf"{_WHICH_OF}省"), "省"),
)


# a level noun the deed goes to: 「把审批权限下放到乡镇」「延伸到街道」「推送给各乡镇」
# 「向街道派驻」「下放到各县（市）区」. 到 after a verb of saying or finding (提到, 写到, 看到,
# 查到) goes nowhere, and 「到乡镇的报告」 names reports; 「对（于）乡镇（一级）来说」 frames the
# question's scope, so 对 is no such preposition
_TO_LEVEL = re.compile(
    r"(?<![提写讲说谈看查找读翻])[到给向至]了?(?:各|全部|所有|每个)?"
    r"(?:乡镇|街道|镇街|街镇|区县|县区|县市区|县[（(]市[)）、,，]区[）)]?)"
    r"(?:这一级|一级|层面|层级)?(?!的?(?:报告|材料|总结))"
)


def without_destinations(q: str) -> str:
    """The question with each level noun the asked deed goes to blanked out. Reports write
    where a power is handed down or a service reaches (「下放到乡镇」「延伸到街道和社区」) in the
    report of the unit that hands it down, a county's or a city's: the level noun after
    到/给/向/至 is an argument of the deed, so it names no reports to search. 「哪些乡镇…」
    keeps its scope: only the noun right after the preposition is blanked."""
    return _TO_LEVEL.sub(lambda m: "，" * len(m.group()), q)


# a quoted phrase is the term the user wants found, word for word: a level noun inside it
# (「哪些报告提到“街道综合行政执法”」) is part of the term, never the scope; a quoted level
# noun alone (「哪些“街道”…」) still names one
_QUOTED = re.compile(r"[“\"「『‘]([^”\"」』’]{2,40})[”\"」』’]")


def _unquoted(q: str) -> str:
    return _QUOTED.sub(lambda m: m.group(0) if _RUNG_ONLY.fullmatch(m.group(1)) else "，", q)


_RUNG_ONLY = re.compile(r"乡镇|街道|镇街|街镇|区县|县区|县市区|[乡镇县区市省]")


# 「哪几个区/市」「哪些县或市」: one which-word before a list of level nouns asks each of them
_LISTED = re.compile(
    rf"({_WHICH_OF})((?:乡镇|街道|[区县市乡镇])(?:\s*[/／、或和及]\s*(?:乡镇|街道|[区县市乡镇]))+)"
    r"(?![场民容政值域间别])"
)


def _each_listed(q: str) -> str:
    """「哪几个区/市」 → 「哪几个区，哪几个市」: the which-word said before each noun, so each
    level of the list is read as 「哪些区」 is (the list after one which-word is alternatives)."""

    def spread(m: re.Match[str]) -> str:
        nouns = re.findall(r"乡镇|街道|[区县市乡镇]", m.group(2))
        return "，".join(f"{m.group(1)}{n}" for n in nouns)

    return _LISTED.sub(spread, q)


def levels_asked(q: str) -> tuple[str, ...]:
    """「哪些乡镇…」 is about township reports; a district's work report is not an answer."""
    q = _each_listed(
        _unquoted(q)
    )  # 「提到“街道综合行政执法”」: the quoted term's level noun is no scope
    q = without_destinations(q)  # 「下放到乡镇」: where the deed goes, not which reports
    q = without_reformed_levels(q)  # 「镇街综合行政执法改革」: what the reform reshapes
    q = canonical(q)  # 「县（区）政府自己交的」「区县层面」 → 「区县一级」
    levels = tuple(level for pattern, level in _LEVEL_WORDS if pattern.search(q))
    levels = tuple(dict.fromkeys((*levels, *named_levels(q, spoken=True))))
    if asks_only_streets(q):
        # 「哪些街道…」: the 街道 among township-level units, not the 乡 and 镇
        levels = tuple("街道" if lv == "乡镇" else lv for lv in levels)
    return levels


def asks_only_streets(q: str) -> bool:
    """「哪些街道…」 names 街道 and no 乡 or 镇 (乡镇, 某乡, 某镇) beside it."""
    return "街道" in q and not re.search(r"乡镇|[乡镇](?!街)", q.replace("街道", ""))


LEVEL_ORDER = ("乡镇", "区县", "地市", "省")
_LEVEL_OF = {"乡镇": "乡镇", "街道": "乡镇", "乡": "乡镇", "镇": "乡镇", "县": "区县", "区": "区县"}
_LEVEL_OF.update({"市": "地市", "省": "省"})
LEVEL_OF = _LEVEL_OF  # the rung a level noun names (``answering.region_scope``)
_TIER = r"乡镇|街道|县|区|市|省"
_LEVEL_PHRASE = re.compile(
    rf"((?:{_TIER})(?:\s*[、和与/或]?\s*(?:{_TIER}))*)\s*(一)?级\s*(以上|以下|及以上|及以下)?"
)


def named_levels(q: str, spoken: bool = False) -> tuple[str, ...]:
    """The levels of government a question names as 「X级」 or 「X一级」, X one of 乡镇, 街道,
    县, 区, 市, 省, several joined (「市、省一级」), and 「以上/以下」 reaching up or down the
    ladder (「区级以上」: district, city and province). ``spoken``: only the 「X一级」 form, as a
    question about contents says 「市级示范」 for a topic, never for the report's level."""
    out: list[str] = []
    for m in _LEVEL_PHRASE.finditer(q):
        if spoken and not m.group(2):
            continue
        tiers = [LEVEL_ORDER.index(_LEVEL_OF[t]) for t in re.findall(_TIER, m.group(1))]
        low, high = min(tiers), max(tiers)
        if m.group(3):
            low, high = (low, len(LEVEL_ORDER) - 1) if "上" in m.group(3) else (0, high)
        out.extend(LEVEL_ORDER[low : high + 1])
    return tuple(dict.fromkeys(out))


# 「除了A镇（以外/之外），还有哪些…」「除A镇外」: the words between 除(了) and the comma or the
# 以外/之外 are left out; 「A镇之外还有谁」 leaves out the unit right before 之外/以外. 除 ending
# a verb (排除, 拆除, 消除, 清除, 解除, 废除, 开除…) leaves nothing out, nor does 「X以外的工作」
# (other work than X: a topic, not a scope). After a bare 除 (no 了) with no 外 to close it,
# a 的-phrase is no unit left out: 「配除颤仪的，哪几个区」 is a word 除 opens (除颤仪, 除险)
_CHU = r"(?<![排拆消清解废免剔扣删根摒革开铲破祛])除"
_EXCEPT = re.compile(
    rf"{_CHU}(?:了([^，,。；;？?！!]{{1,20}}?)(?:以外|之外|外)?"
    rf"|([^，,。；;？?！!]{{1,20}}?)(?:以外|之外|外|(?<!的)))(?=[，,]|还|也|其他|其余|别的)"
    rf"|{_CHU}了?([^，,。；;？?！!]{{1,20}}?)(?:以外|之外|外)"
    r"|([^，,。；;？?！!\s]{2,12}?)(?:之外|以外)(?!的)"
)


def excepted_spans(q: str) -> list[tuple[int, int]]:
    """Spans of the question that name what the user leaves out (除了…以外, …之外)."""
    out = []
    for m in _EXCEPT.finditer(q):
        g = next(i for i in (1, 2, 3, 4) if m.group(i) is not None)
        out.append((m.start(g), m.end(g)))
    return out


def inside(q: str, unit: str, spans: list[tuple[int, int]]) -> bool:
    """Is (the full or short form of) ``unit`` named inside an excepted span? For 「…之外」
    only the unit ending right at the span's end counts (「安川县的乡镇里梅林镇之外」)."""
    for form in dict.fromkeys((unit, short_name(unit))):
        pos = q.find(form)
        while pos >= 0:
            for s, e in spans:
                if s <= pos and pos + len(form) <= e:
                    by_chu = q[s - 1 : s] == "除" or q[s - 2 : s] == "除了"
                    if by_chu or pos + len(form) == e:
                        return True
            pos = q.find(form, pos + 1)
    return False
