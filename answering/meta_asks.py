"""More ways people ask about reports as documents: who issued them, which of two is the higher
level, whether two units sit under the same county, and levels said the way officials say them.

Facts of how such questions are worded (none is about one report):

- A level is named by the rank of its government as often as by its noun: 「地级市」「地级」
  「地市级」 are the prefecture rung (a 市 over counties), 「县级市」「县级」「县处级」 the county
  rung. A question 「A和B哪个是地级市」 asks the level of each report, not a topic 地级市.
- 「哪个级别高」「谁的级别更高」「哪个层级低」 compare the two reports' levels on the ladder
  乡镇 < 区县 < 地市 < 省; the answer names each level, cited, and the one higher (or lower).
- 「是谁发布的」「哪个单位发的」「发布单位是」「谁写的」 ask the issuer of the report: for a report
  of a government that is its own unit, as its title or its opening names it; the issuing day
  is another question (``answering.issue_date``).
- 「A和B是同一个区的吗」「都是X区的吗」「都属于X吗」 ask the units above them: one line per unit
  (as 「属于哪个区」 does) and a verdict on top, said only when every parent is known.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from answering.extractive import CitationBook
from answering.meta_parts import MetaCiter, framed, paragraph
from answering.meta_publisher import publisher_line
from answering.page_fields import without_page_place
from reportqa.answer import Answer, Kind, Paragraph, Text
from reportqa.types import ReportInfo
from retrieval.scope import LEVEL_ORDER

# the rank of a government said for its level: 地级市 is the 市 rung, 县级市 the 县 rung
_SPOKEN_LEVEL = (
    (re.compile(r"地级市|地级|地市级|地厅级|地区级"), "市级"),
    # 县级市 stays as said: it is the 县 rung (its 县级 reads so) and picks the cities on it
    # (``meta_select.COUNTY_CITY``)
    (re.compile(r"县处级"), "县级"),
)
# 「哪个级别高」「谁的级别更高」「哪个层级更低」「级别谁高」
HIGHER = re.compile(
    r"(?:级别|层级|行政级别)\s*(?:谁|哪个|哪一个)?\s*(?:更|比较|最)?\s*([高低])"
    r"|(?:哪个|哪一个|谁)(?:的)?\s*(?:级别|层级)\s*(?:更|比较|最)?\s*([高低])"
)
# 「谁发布的」「哪个单位发的」「发布单位是」「谁写的」「由谁出具」; not 「发布了哪些文件」
AUTHOR = re.compile(
    r"(?:谁|哪个单位|哪家单位|哪个部门|哪个机关|什么单位|什么机关)\s*"
    r"(?:发布|发出|印发|发|写|出具|撰写|编写|报送|上报|出)的?"
    # 「发布机构是什么」「发文机关是哪个」: the field named, then the asking word after 是
    r"|(?:发布|发文|报告|落款|署名)(?:单位|机关|机构|主体)(?:是|为)(?:什么|哪个|哪家|谁)?"
    r"|是(?:由)?(?:谁|哪个单位)(?:发布|写|出具|报送)"
)
# 「是同一个区的吗」「是不是一个县的」「都是X区的吗」「都属于X吗」「都归X管吗」
SAME_PARENT = re.compile(
    r"(?:是|属于|归)(?:不是)?(?:同一个|同一|一个)(?:县|区|市|州|旗|地方)"
    r"|都(?:是|属于|归)\s*([\u4e00-\u9fff]{2,10}?(?:县|区|市|州|旗))(?:的|管)?\s*(?:吗|么|嘛|不|？|\?|$)"
)


# 「是哪个县级市下面的」「归哪个地级市管」: a rank right after the asking word, before what says
# "above", names the place asked for — the unit above, said by its rank — not a level to filter by;
# so does a rank after 所在/所属/上级 (「所在的县级市是哪个」「上级地级市是」)
_RANK_ASKED = re.compile(
    r"(?:哪个|哪一个|什么)(?:地级市|县级市)(?=的|管|下面|下边|底下|下辖|管辖|所辖)"
    r"|(?:所在的?|所属的?|上级)(?:地级市|县级市)"
)


def spoken_levels(q: str) -> str:
    """The question with ranks said as levels: 「哪个是地级市」 → 「哪个是市级」; a rank that
    names the unit above (``_RANK_ASKED``) stays as said, for ``meta_parts.PARENT``."""
    kept = [m.span() for m in _RANK_ASKED.finditer(q)]
    parts, at = [], 0
    for s, e in [*kept, (len(q), len(q))]:
        piece = q[at:s]
        for pattern, level in _SPOKEN_LEVEL:
            piece = pattern.sub(level, piece)
        parts += [piece, q[s:e]]
        at = e
    return "".join(parts)


def without_asks(q: str) -> str:
    """The question without the words these shapes ask by: what is left must be frame."""
    for pattern in (HIGHER, AUTHOR, SAME_PARENT):
        q = pattern.sub("", q)
    return without_page_place(q)  # 「页面表格里写的发布机构是什么」: where the field was read


def first_per_unit(infos: Sequence[ReportInfo]) -> list[ReportInfo]:
    """Each unit's first report, in order (a unit with several years answers once)."""
    return list({i.township: i for i in reversed(infos)}.values())[::-1]


def _unit_cite(book: CitationBook, info: ReportInfo, cite: MetaCiter) -> int | None:
    """The report's own words naming its unit: the title, else the first sentence naming it."""
    return cite.mention(book, info, [info.township]) or cite.title(book, info, [info.township])


def author_answer(q: str, infos: Sequence[ReportInfo], cite: MetaCiter) -> Answer:
    """One line per unit: the report's issuer as the report names itself."""
    book = CitationBook()
    lines, names = [], []
    for info in first_per_unit(infos):
        if not info.township:
            lines.append(paragraph(f"{info.shown}：报告中没有写明发布单位。"))
            continue
        lines.append(Paragraph((*author_runs(book, info, cite), Text("。"))))
        names.append(info.township)
    kind = Kind.FACT if len(lines) == 1 else Kind.COMPARE
    return framed(q, kind, tuple(lines), tuple(names), book, len(infos))


def author_runs(book: CitationBook, info: ReportInfo, cite: MetaCiter) -> list[Text]:
    """The issuer as the report names itself, and the page's 发布机构/来源 beside it (often
    the department that posted it)."""
    if not info.township:
        return [Text("报告中没有写明发布单位")]
    n = _unit_cite(book, info, cite)
    runs = [Text(f"{info.township}的报告由{info.township}发布", (n,) if n else ())]
    if info.publisher:
        m = publisher_line(book, info, cite)
        runs.append(Text(f"；页面写明发布者为{info.publisher}", (m,) if m else ()))
    return runs


def higher_answer(q: str, infos: Sequence[ReportInfo], cite: MetaCiter) -> Answer | None:
    """Each unit's level, cited, and which is higher (or lower) on the ladder of levels; None
    unless two or more units are compared and every level is known."""
    firsts = first_per_unit(infos)
    if len(firsts) < 2 or any(i.level not in LEVEL_ORDER for i in firsts):
        return None
    m = HIGHER.search(q)
    low = bool(m and "低" in (m.group(1) or m.group(2) or ""))
    book = CitationBook()
    lines = []
    for info in firsts:
        n = cite.title(book, info, [info.township])
        lines.append(
            Paragraph((Text(f"{info.shown}是{info.level}一级", (n,) if n else ()), Text("。")))
        )
    ranks = {i.township: LEVEL_ORDER.index(i.level) for i in firsts}
    pick = min(ranks.values()) if low else max(ranks.values())
    if len(set(ranks.values())) == 1:
        verdict = f"级别相同，都是{firsts[0].level}一级。"
        names = tuple(ranks)
    else:
        names = tuple(u for u, r in ranks.items() if r == pick)
        verdict = f"{'、'.join(names)}的级别{'低' if low else '高'}（据报告元数据）。"
    body = (paragraph(verdict), *lines)
    return framed(q, Kind.COMPARE, body, names, book, len(infos))


def same_parent_verdict(q: str, infos: Sequence[ReportInfo]) -> Paragraph | None:
    """「是」/「不是」 on top of the parents' lines, when every parent is known; a named parent
    (「都是X区的吗」) is compared by name, short or full."""
    firsts = first_per_unit(infos)
    if len(firsts) < 2 or any(not i.county for i in firsts):
        return None
    m = SAME_PARENT.search(q)
    named = m.group(1) if m and m.group(1) else ""
    parents = {i.county for i in firsts}
    if named:
        core = re.sub(r"(?:县|区|市|州|旗)$", "", named)
        yes = all(p == named or p.startswith(core) or p.endswith(named) for p in parents)
        text = f"都属于{named}。" if yes else f"不全属于{named}。"
    else:
        yes = len(parents) == 1
        text = f"是，都属于{parents.pop()}。" if yes else "不是同一个上级单位。"
    return paragraph(text if not named else ("是，" if yes else "不是，") + text)


# 「西仓镇属于哪个州」「枫林镇是哪个地级市的」: asked of a township, a prefecture's rung (州, 盟, 地区,
# 地级市, or 市 when its county is no city) is the level above its county; 「哪个市」 of a town under
# a county-level city (醴陵市) is answered by that city itself
_PREFECTURE_ASKED = re.compile(
    r"(?:哪个|哪一个|什么|所在的?|所属的?|上级)(地级市|市级|州|盟|地区|市)(?![委政场民])"
)


def with_prefecture(
    q: str, info: ReportInfo, line: Paragraph, city: Callable[[], str]
) -> Paragraph:
    """The parent's line, and the prefecture above that county when the question asks for the
    prefecture's rung of a township (``city``: the division list's city of the report, called
    only then, as it loads the whole list); said to come from the list."""
    m = _PREFECTURE_ASKED.search(q)
    if not (m and info.level == "乡镇" and info.county):
        return line
    if m.group(1) == "市" and info.county.endswith("市"):
        return line
    above = city()
    if not above or above == info.county:  # a city without counties (东莞市) is the parent
        return line
    return Paragraph((*line.runs, Text(f"{info.county}属于{above}（据地名资料）。")))
