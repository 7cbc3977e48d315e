"""Picking among reports by their year: 「其中哪份报告最早」「这几家谁的报告最新」.

A report's year is metadata, so the earliest or latest of the reports in scope (the last
answer's units after 「其中」, or the library) is read from it, never searched for in the
text; each report picked is cited by the line of its opening that names its year. Reports of
the same year tie and are named together; a report whose year could not be read is left out
and said to be. 「哪个乡镇最早开展了法治体检」 asks about a deed and is no question of this kind
(the caller checks that nothing but the frame is left).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from answering.extractive import CitationBook
from answering.meta_parts import MetaCiter, framed
from reportqa.answer import Answer, Kind, Paragraph, Text
from reportqa.types import ReportInfo

_EARLY = r"最早|最老|最旧|最先|最久|更早|较早"
_LATE = r"最新|最晚|最近|更晚|较晚"  # 更新 is to update
_ORDER = re.compile(rf"(?P<early>{_EARLY})|(?P<late>{_LATE})")
# the words that say a report's year is what is ordered: the report, its year, or the pick
_OF_REPORT = re.compile(r"报告|年份|年度|哪年|哪一年|哪份|哪个|哪家|谁")


def asks_order(q: str) -> str:
    """「early」 or 「late」 when the question orders reports by year, else ''."""
    m = _ORDER.search(q)
    if m is None or not _OF_REPORT.search(q):
        return ""
    return "early" if m.group("early") else "late"


def without_order(q: str, kept: str = "") -> str:
    """``q`` without its order words; ``kept`` (a range, 「2010年或更早」) keeps its own."""
    if not kept:
        return _ORDER.sub("", q)
    return kept.join(_ORDER.sub("", part) for part in q.split(kept))


# 「最老的几份」「最早的那些」「最新的几个」: the ordered reports asked in the plural
_PLURAL = re.compile(r"几份|几个|几家|那些|这些|哪些|哪几")


def ranged_list(q: str, said_range: str) -> bool:
    """Does 「最老的几份，2020年及以前的报告」 ask for every report of the range? A range said
    beside an order word asked in the plural bounds the list itself: 「最老的几份」 are those
    the range holds, never the one oldest year. 「2020年以后最早的是哪份」 (one asked) still
    picks the earliest inside the range (``order_answer`` over the range's reports)."""
    return bool(said_range) and bool(_PLURAL.search(q.replace(said_range, "")))


def order_answer(q: str, order: str, infos: Sequence[ReportInfo], cite: MetaCiter) -> Answer:
    """The reports of the earliest (or latest) year among ``infos``, each cited."""
    dated = [i for i in infos if i.year]
    word = "最早" if order == "early" else "最新"
    if not dated:
        return framed(
            q,
            Kind.WHICH,
            (Paragraph((Text("这些报告都没有能确定的年份，无法比较早晚。"),)),),
            (),
            CitationBook(),
            len(infos),
        )
    year = (min if order == "early" else max)(i.year for i in dated)
    top = [i for i in dated if i.year == year]
    book = CitationBook()
    runs: list[Text] = [Text(f"按报告年份，{word}的是 ")]
    for k, info in enumerate(top):
        n = cite.title(book, info, [str(info.year)])
        runs += [Text("、")] if k else []
        runs += [Text(info.township, strong=True), Text(f"（{year}年）", (n,) if n else ())]
    names = tuple(dict.fromkeys(i.township for i in top))
    runs.append(Text(f"，{len(names)} 个单位同为 {year} 年。" if len(names) > 1 else "。"))
    undated = [i.township for i in infos if not i.year]
    if undated:
        runs.append(Text(f"（{'、'.join(undated)}的报告未能确定年份，未参与比较。）"))
    answer = framed(q, Kind.WHICH, (Paragraph(tuple(runs)),), names, book, len(infos))
    return replace(answer, picked=names)
