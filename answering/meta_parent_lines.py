"""The parent of each unit asked, cited from its own report's words (「X属于哪个县」「它们各属于哪个
县」): one line a unit, or said to come from the division list, or not to be written. Its own
concept apart from ``metadata_qa``, which chooses which question this is."""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.extractive import CitationBook
from answering.meta_asks import first_per_unit, with_prefecture
from answering.meta_parts import MetaCiter, framed, paragraph, plain
from answering.namesake_parents import namesake_note
from answering.region_answers import RegionAnswers
from reportqa.answer import Answer, Kind, Paragraph, Text
from reportqa.types import ReportInfo


def parent_answer(
    q: str,
    infos: Sequence[ReportInfo],
    cite: MetaCiter,
    regions: RegionAnswers,
    verdict: Paragraph | None = None,
) -> Answer:
    """One line per unit: its parent, cited from its own report's words (or said to come
    from the gazetteer, or not to be written); ``verdict`` on top (「是同一个区的吗」)."""
    book = CitationBook()
    firsts = first_per_unit(infos)
    lines = tuple(  # 「哪个州的」 of a town: its county's prefecture too (``meta_asks``)
        with_prefecture(q, i, _parent_line(book, i, cite, regions), lambda i=i: regions.city(i))
        for i in firsts
    )
    lines = (verdict, *lines) if verdict else lines
    if not book.items and len(lines) == 1 and not firsts[0].county:
        return plain(q, "".join(t.text for t in lines[0].runs), 1)
    names = tuple(i.township for i in firsts if i.county)
    kind = Kind.FACT if len(firsts) == 1 else Kind.COMPARE
    return framed(q, kind, lines, names, book, len(infos))


def _parent_line(
    book: CitationBook, info: ReportInfo, cite: MetaCiter, regions: RegionAnswers
) -> Paragraph:
    if not info.county:
        said = f"{info.township}的报告中没有写明上级单位"
        if (n := regions.namesakes(info)) > 1:  # why the list could not fill it in
            said += f"，行政区划资料中有 {n} 个{info.township}"
            text = cite.text(info.report_id)[:3000]  # its superior's kind narrows them
            said += namesake_note(info.township, text, regions.places()) + "，无法确定是哪一个"
        return paragraph(f"{said}。")
    short = re.sub(r"(?:县|区|市|州|旗)$", "", info.county)
    n = cite.mention(book, info, [info.county, short])
    if n is None:  # the parent came from the gazetteer: the report is cited for its unit
        n = cite.title(book, info, [info.township])
        unit = Text(info.township, (n,) if n else ())
        return Paragraph(
            (
                unit,
                Text(f"属于{info.county}{cite.unquoted_parent(info, [info.county, short])}。"),
            )
        )
    return Paragraph((Text(f"{info.township}属于{info.county}", (n,)), Text("。")))
