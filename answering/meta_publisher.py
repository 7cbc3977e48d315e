"""Which reports a given organ published: 「哪些报告是司法局发的」「来源写的是司法局的有哪些」.

The publisher is the organ a page names above the report (发布机构/来源, ``ingest.publisher``),
read at ingest into the report's metadata: a question filtering the reports by it asks about
the reports as documents, so it is answered from that field, each report cited with the line
of its page that names the organ. A department a sentence of a report merely mentions
(「区司法局等7个单位获评…」) never published it, so the text is not searched for the name.
An organ is asked by its department (司法局) or with its place (铁岭市司法局); a page writes
it either way (「来源：市司法局」 on 长沙市's page), so the department must agree and a place,
when asked, must be the publisher's or the report's own. A question that names another
document or a case before the organ (「…规范性文件是由县政府发布的」) asks what the text says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.extractive import CitationBook, _label
from answering.meta_parts import MetaCiter, framed, paragraph
from reportqa.answer import Answer, Bullets, Kind, Text
from reportqa.text import to_simplified
from reportqa.types import ReportInfo

__all__ = ["asks_publisher", "publisher_answer", "publisher_line"]

_CJK = "\u4e00-\u9fff"
_ORGAN = rf"[{_CJK}]{{0,12}}(?:局|委员会|办公室|人民政府|政府|办事处|厅)"
# 「司法局发的」 ends the clause or names the reports (「…发布的报告」); 「司法局发布了普法通知」
# and 「司法局发的文件里提到了什么」 ask what a department did or wrote, searched in the text
_END = r"(?=[？?，,。！]|$|(?:报告|材料|文章|稿子)(?!里|中|内)|有哪|是哪|吗|呢|么)"
# the page's own field, not the 来源 of money or of cases (「资金来源是财政局的项目」): the
# field's name opens the clause or follows a word for the report or its page
_OWN = rf"(?:(?<![{_CJK}])|(?<=[的其它者或且])|(?<=报告|页面|文章|网页|信息|材料|文件))"
# the organ follows the copula or the field's name: 「是司法局发的」「来源写的是司法局」
# 「由县司法局发布」「发布机构为司法局」「司法局发布的报告」
_ASK = re.compile(
    rf"(?:^|(?<=[是由为被：:，,、]))(?P<a>{_ORGAN})(?:发布|发出|印发|发|公布|发表)的{_END}"
    rf"|{_OWN}(?:来源|发布机构|发布单位|发文机关|信息来源)[^，,。？?]{{0,4}}?(?:是|为|[:：])(?P<b>{_ORGAN})"
)
# a document other than the report said to be issued or a case said to come from an organ
# (「哪些地方的行政规范性文件是由县政府发布的」「行政案件，来源是公安局的」) asks about the text:
# an organ issues rules, notices and plans, and cases reach it from other organs, all written
# in the reports' sentences — only the report itself has its page's publisher
_OTHER_THING = re.compile(
    r"规范性文件|红头文件|通知|公告|通告|方案|意见|办法|规定|细则|条例|决定|清单|规划|政策|措施"
    r"|案件|案卷|线索|信访件|资金|经费|数据"
)
_DEPT = re.compile(r"(?:局|委员会|办公室|人民政府|政府|办事处|厅)$")
# the place in front of a department: 铁岭市司法局 → (铁岭市, 司法局), 县司法局 → (县, 司法局)
_PLACE = re.compile(rf"^(?P<place>[{_CJK}]*?(?:省|市|县|区|旗|州|盟|镇|乡|街道))(?=[{_CJK}]{{2}})")


def asks_publisher(q: str) -> tuple[str, ...]:
    """The organs a question filters the reports by as their publisher ((), when none)."""
    q = to_simplified(q)
    # the organ is what follows the last copula of the clause: 「哪些报告是司法局」 → 司法局
    said = []
    for m in _ASK.finditer(q):
        group = "a" if m.group("a") else "b"
        organ = re.split(r"[是由为被的]", m.group(group))[-1]
        if not _OTHER_THING.search(q, 0, m.end(group) - len(organ)):
            said.append(organ)
    return tuple(dict.fromkeys(o for o in said if _DEPT.search(o)))


def _split(organ: str) -> tuple[str, str]:
    m = _PLACE.match(organ)
    return (m.group("place"), organ[m.end() :]) if m else ("", organ)


def _published_by(info: ReportInfo, organ: str) -> bool:
    if not info.publisher:
        return False
    place, dept = _split(organ)
    own_place, own_dept = _split(info.publisher)
    if not own_dept.endswith(dept):
        return False
    if place in ("", "省", "市", "县", "区"):
        return True
    return place in (own_place, info.township, info.county) or (
        len(place) > 2 and place[:-1] in (own_place + info.township + info.county)
    )


def publisher_line(book: CitationBook, info: ReportInfo, cite: MetaCiter) -> int | None:
    """The citation of the page line that names the report's publisher."""
    text = to_simplified(cite.text(info.report_id))
    at = text.find(info.publisher, 0, 3000)
    if at < 0:
        return cite.title(book, info, [info.township])
    return cite.span(book, info, at, at + len(info.publisher), "页面信息")


def publisher_answer(q: str, organs: Sequence[str], infos: Sequence[ReportInfo], cite) -> Answer:
    """Each report whose page names one of ``organs`` as its publisher, cited there."""
    book = CitationBook()
    chosen = [i for i in infos if any(_published_by(i, o) for o in organs)]
    said = "、".join(organs)
    if not chosen:
        text = f"库中没有页面写明由{said}发布的报告（已查看 {len(infos)} 份报告的元数据）。"
        return framed(q, Kind.WHICH, (paragraph(text),), (), book, len(infos))
    lines = []
    for info in chosen:
        n = publisher_line(book, info, cite)
        lines.append(
            (
                *_label(info),
                Text(f"：《{info.title}》，页面写明发布者为{info.publisher}", (n,) if n else ()),
            )
        )
    count = f"共 {len(chosen)} 份报告的页面写明由{said}发布（据报告元数据：发布机构/来源）："
    names = tuple(dict.fromkeys(i.township for i in chosen))
    return framed(q, Kind.WHICH, (paragraph(count), Bullets(tuple(lines))), names, book, len(infos))
