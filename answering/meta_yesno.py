"""Yes/no questions about one report as a document: its parent, its year, its kind.

「枫林镇是醴陵市的吗」「这份是2023年的报告吗」「X是街道还是乡镇」 state a guess about the report's
metadata and ask whether it holds. Searching the text for them finds the unit's opening at
best, never a verdict; the metadata answers them, the guess checked against it, and the report
is cited for the fact the verdict rests on. A guess the metadata cannot check (no parent read)
is said to be unknown, never answered 是 or 不是.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from answering.extractive import CitationBook
from answering.meta_parts import MetaCiter, framed
from reportqa.answer import Answer, Kind, Paragraph, Text
from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from reportqa.units import short_name, spoken_name

# a guess put as a question: a closing 吗/么, an A-not-A verb (是不是, 属不属于, 算不算), 是否,
# or a choice between two kinds (「是街道还是乡镇」)
_ASKS = re.compile(r"[吗么嘛吧][？?。!！\s]*$|是不是|是否|([\u4e00-\u9fff])不\1|对不对|还是")
# the guessed kind or rank, longest first (区县一级 before 区县, 乡镇 before 镇); a kind names
# the unit's own word (街道, 镇, 乡), a rank its level
_KINDS = (
    ("县级市", "县级市"),  # a county-level city: a 区县 whose name ends in 市
    ("地级市", "地市"),
    ("地市", "地市"),
    ("市级", "地市"),
    ("区县", "区县"),
    ("县区", "区县"),
    ("县级", "区县"),
    ("区级", "区县"),
    ("县一级", "区县"),
    ("区一级", "区县"),
    ("市一级", "地市"),
    ("乡镇", "乡镇"),
    ("街道", "街道"),
    ("镇", "镇"),
    ("乡", "乡"),
)
_KIND = re.compile("|".join(k for k, _ in _KINDS))
# 「是区一级的还是市一级的」: a choice between two guesses asks which one holds — answered with
# that one, never with 是 or 不是 (which of the two would 「是」 confirm?)
_CHOICE = re.compile(r"还是")
# the organ a report speaks as (「我代表龙岗区人民政府」, a title 「X镇人民政府…报告」): the words
# that show the rung it was written at, quoted for a level before its title
_ORGANS = ("人民政府", "管理委员会", "管委会", "街道办事处", "办事处")
# a guessed parent: the place after 是/属于/归/在, ending in a division's word
_PARENT = re.compile(
    r"(?:是|属于|归|隶属于?|在|位于)\s*(?:不是\s*)?"
    r"([\u4e00-\u9fff]{1,12}?(?:自治州|自治县|地区|省|市|县|区|州|旗|盟))"
    r"(?=的|下面|下边|底下|下辖|管|所辖|[吗么吧嘛？?]|$)"
)
_RANK_WORDS = re.compile(r"^(?:区县|县区|县级|区级|市级|地级市|县级市|地市|这个|那个|个|一个)")
_YEAR = re.compile(r"(?:19|20)\d{2}")
# everything a yes/no question about a report may say besides the unit and the guess
_FRAME = re.compile(
    r"(?:19|20)\d{2}\s*年?度?|这份|那份|这个|那个|这篇|那篇|一个|个|报告|材料|文件|年报|"
    r"法治政府建设|法治建设|年度|工作|情况|是不是|是否|属不属于|算不算|对不对|属于|隶属于?|"
    r"下面|下边|底下|下辖|所辖|归|管|位于|算是|算|还是|是|在|写的|的|一级|级|"
    r"吗|么|嘛|吧|呢|啊|呀|哦|请问|它|[，,。？?！!、\s]"
)


def asks_yes_no(q: str) -> bool:
    return bool(_ASKS.search(q))


def _unit_words(info: ReportInfo) -> list[str]:
    u = info.township
    return sorted({u, spoken_name(u), short_name(u)} - {""}, key=len, reverse=True)


def _same_place(a: str, b: str) -> bool:
    """咸安区 = 咸宁市咸安区 = 咸安; 中山 = 中山市: a place said with or without its kind or
    its city in front."""
    if not a or not b:
        return False
    return a == b or a.endswith(b) or b.endswith(a) or short_name(a) == short_name(b)


class YesNo:
    """Checks a guess about one unit's report against its metadata."""

    def __init__(
        self,
        cite: MetaCiter,
        above: Callable[[ReportInfo], Sequence[str]],
        named: Callable[[str], dict[str, str]] = lambda q: {},
        known: Callable[[str], bool] = lambda p: True,
    ) -> None:
        self.cite = cite
        self.above = above  # the places above the parent (city, province), from the list
        self.named = named  # provinces and cities a question names bare (「是重庆的吗」)
        # a place the division list or the library knows: 「是全国法治政府建设示范县吗」 names
        # an honour shaped like a county, a topic to search, never a guessed parent
        self.known = known

    def answer(self, q: str, infos: Sequence[ReportInfo]) -> Answer | None:
        if not asks_yes_no(q) or len({i.township for i in infos}) != 1:
            return None
        info = infos[0]
        rest = q
        for w in _unit_words(info):
            rest = rest.replace(w, "")
        years = [int(y) for y in _YEAR.findall(rest)]
        guesses = [p for p in _PARENT.findall(rest) if not _RANK_WORDS.match(p)]
        if guesses and not self.known(guesses[0]):
            return None
        parent = guesses[0] if guesses else ""
        probe = rest.replace(parent, "") if parent else rest
        if not parent and (bare := self.named(rest)):  # 「是重庆的吗」: a place without its kind
            parent, said = next(iter(bare.items()))
            probe = rest.replace(said, "")
        own = short_name(info.county) if info.county else ""
        if not parent and len(own) >= 2 and own in rest:  # 「属于醴陵吗」: its county, kind dropped
            parent, probe = info.county, rest.replace(own, "")
        kinds = [dict(_KINDS)[k] for k in _KIND.findall(probe)]
        asked = (bool(years), bool(parent), bool(kinds))
        if sum(asked) != 1 or re.search(
            r"[\u4e00-\u9fff]{2,}", _FRAME.sub("", _KIND.sub("", probe))
        ):
            return None  # a topic too (「枫林镇是2023年聘请法律顾问的吗」): searched in the text
        if years:
            return self._year(q, infos, set(years))
        if parent:
            return self._parent(q, info, parent)
        return self._kind(q, info, kinds)

    def _year(self, q: str, infos: Sequence[ReportInfo], years: set[int]) -> Answer:
        book = CitationBook()
        have = sorted({i.year for i in infos if i.year})
        unit = infos[0].township
        hit = [i for i in infos if i.year in years]
        info = hit[0] if hit else next((i for i in infos if i.year), infos[0])
        n = self.cite.title(book, info, [str(info.year)] if info.year else [unit])
        said = "、".join(f"{y}年" for y in sorted(years))
        if not have:
            head = f"无法确定。{unit}的报告《{info.title}》中没有能读出的年份"
        elif hit:
            head = f"是。{unit}的报告《{info.title}》是 {info.year}年 的报告"
        else:
            held = "、".join(f"{y}年" for y in have)
            head = f"不是。库中{unit}的报告《{info.title}》是 {held} 的报告，不是{said}的"
        body = (Paragraph((Text(_chosen(q, head), (n,) if n else ()), Text("。"))),)
        return framed(q, Kind.FACT, body, (unit,), book, len(infos))

    def _parent(self, q: str, info: ReportInfo, guess: str) -> Answer:
        book = CitationBook()
        unit = info.township
        if not info.county:
            n = self.cite.title(book, info, [unit])
            head = f"无法确定。{unit}的报告中没有写明上级单位，无法判断是否属于{guess}"
            body = (Paragraph((Text(head, (n,) if n else ()), Text("。"))),)
            return framed(q, Kind.FACT, body, (unit,), book, 1)
        short = re.sub(r"(?:县|区|市|州|旗)$", "", info.county)
        n = self.cite.mention(book, info, [info.county, short])
        origin = "" if n is not None else self.cite.unquoted_parent(info, [info.county, short])
        if n is None:
            n = self.cite.title(book, info, [unit])
        if _same_place(guess, info.county):
            head = f"是。{unit}属于{info.county}{origin}"
        elif any(_same_place(guess, p) for p in self.above(info) if p != info.county):
            head = f"是。{unit}属于{info.county}{origin}，{info.county}在{guess}（据地名资料）"
        else:
            head = f"不是。{unit}属于{info.county}{origin}，不是{guess}"
        body = (Paragraph((Text(_chosen(q, head), (n,) if n else ()), Text("。"))),)
        return framed(q, Kind.FACT, body, (unit,), book, 1)

    def _kind(self, q: str, info: ReportInfo, kinds: list[str]) -> Answer:
        book = CitationBook()
        unit = info.township
        simple = to_simplified(self.cite.text(info.report_id))
        organ = next((unit + o for o in _ORGANS if unit and unit + o in simple), "")
        n = self.cite.mention(book, info, [organ], masked=False) if organ else None
        organ = organ if n else ""
        n = n or self.cite.title(book, info, [unit])
        own = next((k for k in ("街道", "镇", "乡") if unit.endswith(k)), "")
        if info.level == "乡镇":
            what = f"{own}（乡镇一级）" if own else "乡镇一级"
        else:
            what = {"区县": "区县一级", "地市": "地市一级"}.get(info.level, info.level)
        city = info.level == "区县" and unit.endswith("市")
        fits = [k == info.level or (own and k == own) or (k == "县级市" and city) for k in kinds]
        if len(set(kinds)) > 1 or _CHOICE.search(q):  # 「是街道还是乡镇」: say what it is
            head = f"{unit}是{what}"
        elif not info.level:
            head = f"无法确定。{unit}的报告元数据中没有层级"
        else:
            head = ("是。" if fits[0] else "不是。") + f"{unit}是{what}"
        said = f"（报告以{organ}的名义所作；据报告元数据）。" if organ else "（据报告元数据）。"
        body = (Paragraph((Text(head, (n,) if n else ()), Text(said))),)
        return framed(q, Kind.FACT, body, (unit,), book, 1)


def _chosen(q: str, head: str) -> str:
    """A choice (「是2023年的还是2024年的」) is answered by what holds: the verdict word that
    would answer a yes/no question is dropped, the fact kept."""
    return re.sub(r"^(?:是|不是)。", "", head) if _CHOICE.search(q) else head
