"""What every answer about the reports as documents is made of: a citation of the report's own
words (its title as printed, the opening line naming the year, or the sentence naming a place)
and the answer frame around the lines.

Metadata may come from the page chrome or the gazetteer, but the answer still quotes the report,
so the user can check the unit, year or parent against its text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from answering.extractive import CitationBook
from answering.sentence_cuts import clipped_end
from answering.sentences import Span
from ingest.page_chrome import read_chrome, report_run_on, text_lines
from ingest.report_reading import is_paragraph
from reportqa.answer import Answer, Kind, Paragraph, Text, verdicts
from reportqa.text import to_simplified
from reportqa.types import Chunk, ReportInfo

# what a question asks of a report as a document: whom it is addressed to, the unit above
# its author, the year it covers. A report is handed up, so its addressee is asked with any
# verb of handing in (写给, 交给, 提交给, 递交给, 呈送给, 上报给) or as 向谁报告; said of the report
# (报告, 这份, 它) right before the verb: 「报告里审查的合同交给谁了」「报告中问题向谁报告」 ask of
# the report's contents
ADDRESSEE = re.compile(
    r"报(?:给|送给?|送至|送到)\s*(?:谁|哪|什么)|主送|呈报给?谁|报告对象"
    r"|(?:报告|这份|这篇|它)(?:是|要|应|该|需|会|被|最终|最后){0,2}"
    r"(?:(?:写|交|提交|递交|呈送|呈交|上报|送)给了?\s*(?:谁|哪)"
    r"|向(?:谁|哪个?(?:机关|单位|部门)?)(?:报告|汇报|报送|提交))"
)
# the unit above: 「属于哪个县」「归哪个市管」「是哪个区下面的」「上面是哪个旗」「它的上级是」
# 「属于哪个县区」「所属县区是」; 上级 alone is a topic (「接受上级督查」「上级部门」), as is what lies below
# (「下面有几个村」)
_UP = r"(?:县|区|市|州|旗|盟|地区|地级市)(?:区|县|市|级市)?"  # 县级市, 地级市: by rank
# 「上级市是哪个」「所在的县级市是哪个」: the unit above named by its kind before 是
PARENT = re.compile(
    rf"属于哪|归哪|隶属|上级(?:单位|机关|政府|{_UP})?(?:分别|各自|各)?(?:是|为)|上一级(?:是|为)|"
    rf"上面是哪|(?:哪个|哪一个|什么){_UP}(?:的|管|下面|下边|底下|下辖|管辖|所辖)|"
    rf"在哪个{_UP}|位于哪个{_UP}|所属的?{_UP}(?![委政])|所在的?{_UP}(?:分别|各自|各)?(?:是|为|叫)"
)


def without_region_of_parent(q: str, said: Sequence[str]) -> str:
    """「彭浦镇和浦江镇各属于上海哪个区」「A镇在浙江的哪个县」: a province or city said right
    before the asking word of a parent tells where the parent lies (the asker knows the
    region, not the county); it is the frame of the parent question, not a topic to search.
    ``said``: the region words the question holds (``RegionAnswers.asked``). Only where the
    rest then asks the parent, so 「四川哪个县的报告最多」 keeps its region."""
    for word in sorted(set(said), key=len, reverse=True):
        rest = re.sub(rf"{re.escape(word)}的?(?=(?:哪一?个|哪){_UP})", "", q)
        if rest != q and PARENT.search(rest) and not PARENT.search(q):
            q = rest
    return q


def without_locating_region(
    q: str,
    said: dict[str, str],
    named: Sequence[ReportInfo],
    in_place: Callable[[ReportInfo, str], bool],
) -> str:
    """「陕西的陈仓区、阎良区、长延堡街道分别是哪一年的」: a province or city that contains every
    unit the question names locates them for the reader; it adds nothing to ask and no topic
    to search. ``said``: the regions ``q`` names (full → as said); ``named``: the reports of
    the units named; ``in_place``: whether a report lies in a region. A region that misses one
    of them (「陕西的A和浙江的B」) is kept, and so is a region that is itself a unit named
    (「有没有深圳市政府或者广东省政府的报告」: a 广东省 report lies in 广东省 too, yet it is asked)."""
    units = {i.township for i in named}
    for place, word in sorted(said.items(), key=lambda kv: -len(kv[1])):
        if any(u in (place, word) or u.rstrip("省市") == word for u in units):
            continue
        if named and all(in_place(i, place) for i in named):
            q = re.sub(rf"{re.escape(word)}(?:省|市)?的?", "", q, count=1)
    return q


# 「分别是那一年的」: 那 typed for its homophone 哪 — after 分别/各 a year that differs per report
# can only be asked, never pointed at (「A和B是哪两年的报告」: ``meta_list_words.two_years_each``)
YEAR_OF = re.compile(
    r"哪一?年|(?:(?<=分别是)|(?<=各自是)|(?<=各是)|(?<=分别)|(?<=各自))那一?年|哪个年度|什么年份"
    r"|年份|什么时候的"
)
# 「哪天发布的」「啥时候发出来的」「什么时候印发」「几月几号出的」「发布日期是」「落款日期」: the asking
# word of a day or time next to a verb of issuing (either order), or a date field named
WHEN = r"(?:啥|什么)时候|何时|哪一?天|哪一?日|几月几[号日]|几号|什么日子|什么日期|哪个日期|日期"
_ISSUE = (
    r"(?:发布|公布|公开|发出来?|发的|印发|下发|签发|上报|报送|报上去|报出|出台|成文|落款|签署|"
    r"写成|写好|写完|定稿|出来|出的|挂网|上网|发到网上)"
)
_ISSUE_VERB = r"(?:发布|公布|印发|发出|签发|报送|上报|挂网|成文|发)"
ISSUE_DATE = re.compile(
    rf"(?:{WHEN})[^，,。？?]{{0,4}}?{_ISSUE}|{_ISSUE}[^，,。？?]{{0,3}}?(?:{WHEN}|时间)|"
    r"(?:发布|成文|落款|印发|发文)(?:日期|时间)|"
    # 「哪年发布的」 asks the year of issuing, not the year covered (「哪一年写的」 is that)
    r"哪一?年[^，,。？?]{0,2}?(?:发布|公布|印发|下发|发出|签发|上报|报送|挂网)|"
    # 「哪个发得早」「谁先印发的」: reports set side by side by when they were issued (``ISSUED_ORDER``)
    rf"{_ISSUE_VERB}得(?:更|最|比较|较)?[早晚](?:一些|一点儿?|些)?|"
    rf"(?:哪个|哪份|哪一份|谁)(?:的?报告)?(?:更|最)?[先早晚]{_ISSUE_VERB}"
)
# 「哪个发得早」「哪份先发布」 ask for the earlier one; 「发得晚」「后发」 for the later one
ISSUED_ORDER = re.compile(
    rf"{_ISSUE_VERB}得(?:更|最|比较|较)?(?P<a>[早晚])|(?P<b>[先早晚后]){_ISSUE_VERB}"
)


def about_report(question: str) -> bool:
    """Does the question ask about a report as a document (year, parent, addressee, issue day)?"""
    return any(p.search(question) for p in (ADDRESSEE, PARENT, YEAR_OF, ISSUE_DATE))


_STOPS = "。！？；\n|｜"  # a sentence, or a cell of the page's disclosure table


class MetaCiter:
    """Cites a report's own words for a fact about the report."""

    def __init__(self, report_text: Callable[[str], str]) -> None:
        self.text = report_text

    def title(self, book: CitationBook, info: ReportInfo, wants: Sequence[str]) -> int | None:
        """The title as the report prints it, else the opening line naming the first of
        ``wants`` (the year, the unit)."""
        text = self.text(info.report_id)
        at = text.find(info.title, 0, 3000) if len(info.title) >= 6 else -1
        span = (at, at + len(info.title)) if at >= 0 else _opening_line(text, wants)
        # an untitled page's opening line is quoted as its opening, never called its title
        where = "标题" if at >= 0 else "开头"
        return self.span(book, info, *span, where) if span else None

    def mention(
        self, book: CitationBook, info: ReportInfo, wants: Sequence[str], *, masked: bool = True
    ) -> int | None:
        """The title when it names one of ``wants``, else the sentence of the report that
        first names one (none: no cite). ``masked``: wants that are the unit's own words
        (「龙岗区人民政府」) are looked for unmasked."""
        wants = [w for w in wants if len(w) >= 2]
        # a county's short name inside its seat town's own name (红寺堡 of 红寺堡镇) names the
        # town, not the county: the unit's name is masked before looking
        own = info.township if masked and len(info.township) >= 2 else "\0"
        if any(w in to_simplified(info.title).replace(own, "\0") for w in wants):
            return self.title(book, info, wants)
        text = self.text(info.report_id)
        simple = to_simplified(text)
        chrome = furniture(simple)  # 「来源:闽清县 发布时间:…」 names the host site: no quote
        chrome += [(m.start(), m.end()) for m in re.finditer(re.escape(own), simple)]
        hits = [
            p for w in wants for p in _finds(simple, w) if not any(s <= p < e for s, e in chrome)
        ]
        if not hits:
            return None
        pos = min(hits)
        s = max(simple.rfind(ch, 0, pos) for ch in _STOPS) + 1
        ends = [i for i in (simple.find(ch, pos) for ch in _STOPS) if i >= 0]
        end = min(ends, default=len(text))
        return self.span(book, info, s, end + (simple[end : end + 1] in "。！？；"), "正文")

    def unquoted_parent(self, info: ReportInfo, wants: Sequence[str]) -> str:
        """Where a parent the report's own words do not name was read: the page's 来源 or
        发布机构 field (furniture, never quoted), else the division list."""
        simple = to_simplified(self.text(info.report_id))
        spans = furniture(simple)
        if any(
            s <= p < e for w in wants if len(w) >= 2 for p in _finds(simple, w) for s, e in spans
        ):
            return "（据网页的发布信息；报告正文未写明）"
        return "（据地名资料；报告原文未写明）"

    def span(
        self, book: CitationBook, info: ReportInfo, s: int, e: int, section: str
    ) -> int | None:
        text = self.text(info.report_id)
        s, e = stripped(text, s, e)
        chunk = Chunk(
            f"{info.report_id}:meta", info.report_id, text, (section,), 0, len(text), info
        )
        return book.cite(chunk, Span(s, e, text[s:e], 1.0))


def _finds(text: str, word: str, most: int = 50):
    at = text.find(word)
    while at >= 0 and most:
        yield at
        at, most = text.find(word, at + 1), most - 1


def furniture(text: str, limit: int = 3000) -> list[tuple[int, int]]:
    """The portal furniture at the top of a page (``ingest.page_chrome``), as chunking leaves
    it out: a field line, or a field line's head before the report run on to it. Its 来源 or
    发布机构 names whoever put the page up, so a fact about the report is not quoted from it."""
    chrome = read_chrome(text[:limit])
    if not (chrome.publishers or chrome.titles or chrome.dates or chrome.crumbs or chrome.sites):
        return []
    pieces = dict(text_lines(text[:limit]))
    spans = []
    for s in chrome.lines:
        line = pieces.get(s, "")
        cut = report_run_on(line) if is_paragraph(line) else len(line)
        if cut:
            spans.append((s, s + cut))
    return spans


def _opening_line(text: str, wants: Sequence[str], limit: int = 800) -> tuple[int, int] | None:
    """The first line of the opening holding the first of ``wants`` it can find (else the
    first line)."""
    head = to_simplified(text[:limit])
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", head) if m.group(0).strip()]
    for w in wants:  # in order of preference: the year line before the unit line
        for s, e in lines:
            if w and w in head[s:e]:
                return s, e
    return lines[0] if lines else None


def stripped(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\u3000":
        s += 1
    while e > s and text[e - 1] in " \t\u3000\r":
        e -= 1
    return s, clipped_end(text, s, e, 140)


def paragraph(text: str) -> Paragraph:
    return Paragraph((Text(text),))


def framed(q: str, kind: Kind, body: tuple, names, book: CitationBook, searched: int) -> Answer:
    return Answer(
        question=q,
        resolved_question=q,
        kind=kind,
        mode="extractive",
        body=body,
        units=verdicts(names),
        citations=tuple(book.items),
        searched=searched,
    )


def plain(q: str, text: str, searched: int) -> Answer:
    return framed(q, Kind.WHICH, (paragraph(text),), (), CitationBook(), searched)
