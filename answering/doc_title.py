"""Compare cells that name a document: 「甲街道和乙街道分别是对照区里的哪个文件推进法治政府建设的」.

Chinese official writing names every document it follows by its title in book-title marks
(《朝阳区法治政府建设实施方案(2021—2025年)》, 《…工作要点》); a report says which one it
follows in the sentence that quotes the title, and its topic words stand inside the title
itself. So a question asking 哪个文件 / 什么文件 / 哪份文件 is answered, unit by unit, by the
clause of the unit's own report quoting a title that holds the topic — the title holding most
of the question's words (the unit names left out) first, read with the verb right before it
(「对照《…工作要点》」 answers 「对照哪个文件」 before 「根据《…的通知》」). A report quoting no title on the
topic gives no cell (「未提及」), never a sentence that only names the topic: the title is
the value asked. 文件 itself is no topic (reports write the title, never 「文件」).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from answering.sentences import Span
from answering.shaped import clause_span
from reportqa.text import to_simplified
from retrieval.query import Analysis

# 哪个文件, 哪份文件, 什么文件, 啥文件, 哪一个文件, 依据的什么文件
# the kind may stand before 文件 (哪个规划文件): the title must then be of that kind.
# Between the asking word and 文件 a question may say what the document is about, as a noun
# phrase (「什么年度法治政府建设文件」「什么法治建设的年度文件」): those words are the title's
# own words, so they stay the topic (``mid``). A verb there makes a clause, not a noun phrase
# (「什么时候印发了文件」「哪个部门出台的文件」 ask a date or an issuer), so none is allowed;
# nor a unit or body right after the asking word (「哪个镇的文件多」 asks which unit).
_ISSUING = r"出台|印发|下发|制定|发布|颁布|编制|起草|出的|发的"
_MID = rf"(?:(?!{_ISSUING})[^\W\d_了过着是在有把被给让时和与及或])"
_WHOSE = r"(?![镇乡村县区市省人]|街道|部门|单位|机关|地方|领导)"
_ASKED = re.compile(
    r"(?P<ask>(?:哪一?[个份部项]|什么|啥|何种)(?:样的)?(?:政策|上级|相关)?)"
    rf"(?P<mid>{_WHOSE}{_MID}{{0,12}}?)"
    r"(?P<kind>规划|方案|纲要|计划|意见|办法|要点|规定|细则|清单)?文件"
)
_TITLE = re.compile(r"《[^《》\n]{2,80}》")
# a unit names its own year's document without title marks when it is the usual one
# (「制定年度法治政府建设工作要点」「印发2023年普法工作计划」): the issuing verb, then the kind
_BARE = re.compile(
    rf"(?:{_ISSUING})了?(?P<t>[^，,。；;！？!?\n《》“”]{{2,30}}?"
    r"(?:工作要点|实施方案|工作计划|工作方案|规划))(?![\u4e00-\u9fff]{0,2}[》”])"
)
_CJK = re.compile(r"[\u4e00-\u9fff]{2,}")
_LEAD = 6  # the verb before a title says how the unit uses it: 对照《…》, 根据《…》通知
_TAIL = re.compile(r"\s*[（(][^（）()\n]{0,20}[）)]")  # 《…》(2021—2025年): the title's years


def asks_document(question: str) -> bool:
    """Does the question ask which document (a title) each unit names?"""
    return bool(_ASKED.search(to_simplified(question)))


def without_document_words(analysis: Analysis) -> Analysis:
    """The need without the words asking for a document (哪份文件 read as 份文件, 文件)."""
    m = _ASKED.search(to_simplified(analysis.question))
    if not m:
        return analysis
    said = f"{m.group('ask')} 文件"  # the document's kind and the words of ``mid`` stay
    kept = tuple(c for c in analysis.concepts if c.term not in said)
    return replace(analysis, concepts=kept) if kept else analysis


def document_span(
    text: str, topic: Sequence[str], question: str, units: Sequence[str]
) -> Span | None:
    """The clause of report ``text`` quoting the title that holds a ``topic`` spelling and the
    most of the question's bigrams (``units``' names left out), or None."""
    plain = to_simplified(text)  # same length: offsets hold
    q = to_simplified(question)
    for u in units:
        q = q.replace(to_simplified(u), " ")
    asked = _ASKED.search(q)
    kind = (asked.group("kind") or "") if asked else ""
    q = _ASKED.sub(lambda a: f" {a.group('mid')} ", q)  # the title's own words count
    grams = {r[i : i + 2] for r in _CJK.findall(q) for i in range(len(r) - 1)}
    forms = [to_simplified(t) for t in topic if len(t) >= 2]
    made = bool(re.search(_ISSUING, q))  # 「各制定了什么…文件」: one the unit itself issued
    best: tuple[tuple[bool, int, int], int, int] | None = None
    for t in _candidates(plain, made):
        title = t.group(0)
        if not any(f in title for f in forms) or kind not in title:
            continue
        lead = re.split(r"[，,。！？；;!?\n》]", plain[max(0, t.start() - _LEAD) : t.start()])[-1]
        issued = made and bool(re.search(_ISSUING, lead + title[:2]))
        rank = (issued, sum(g in lead + title for g in grams), -t.start())
        if best is None or rank > best[0]:
            tail = _TAIL.match(plain, t.end())
            best = (rank, t.start(), tail.end() if tail else t.end())
    if best is None:
        return None
    return clause_span(text, best[1], best[2])


def _candidates(plain: str, made: bool) -> list[re.Match]:
    """The titles in book-title marks, and, for a question asking what a unit itself issued,
    the unmarked name after an issuing verb (``_BARE``), read as a title from its verb on."""
    out = list(_TITLE.finditer(plain))
    if made:
        out += [m for m in _BARE.finditer(plain) if "《" not in m.group(0)]
    return out
