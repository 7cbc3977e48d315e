"""An audit of every quote an answer cites: does each carry its evidence, whole, and no more?

Faithfulness (the quote is a verbatim span) is necessary but not enough: a quote cut before
the asked word, a bare heading, a span that starts or ends inside a word, or a paragraph of
400 characters where one sentence carries the fact are all verbatim, and a reader still
cannot check the claim from them. The eval scores units and values, not quotes, so these
faults stay invisible unless every citation is read against its report. This module reads
them: ``audit`` asks each question through the real service and sorts every supporting
citation of a which / fact / compare answer into the classes below (``CLASSES``).

Run over the dev libraries with ``scripts/quote_audit.py``; ``tests/test_quote_audit.py``
holds the counts on the seed and web libraries at or under the round's end figures.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import jieba

from answering.sentence_cuts import is_heading, is_lead
from reportqa.answer import Answer, Kind, Paragraph, Role, fmt_number
from reportqa.text import to_simplified
from retrieval.heading_mentions import asks_mention
from retrieval.measures import DIGIT_QUANTITY
from retrieval.numerals import as_written

CLASSES = (
    "verbatim",  # the quote is not report_text[start:end]
    "lost_word",  # its sentence spells a question concept the (cut) quote leaves out
    "no_word",  # the quote spells none of the question's concepts
    "value",  # a compare cell's number, or a fact headline's figure, is not in its quote
    "heading",  # a bare heading: names a topic, tells no deed
    "lead",  # a numbered item's short lead sentence alone (which / compare: a fact's list of
    # problems is its items' leads by design)
    "mid_start",  # starts inside a word of its line
    "mid_end",  # ends inside a word of its line
    "open_end",  # runs to where the report stops mid-sentence, its last clause a fragment
    "long",  # over 140 characters where one sentence or clause of it carries the same
)

_STOPS = "。！？；;!?\n"
_SENT = re.compile(r"[^。！？；;!?\n]+[。！？；;!?]?")
_CLAUSE = re.compile(r"[^，,。！？；;!?\n]+[，,。！？；;!?]?")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_LONG = 140
# a quote of a report's title or of the sentence naming its year or place, for a question about
# the report as a document (``answering.meta_parts``): it need not spell the question's words
_ABOUT_REPORT = ("标题", "开头", "正文")


@dataclass(frozen=True)
class Violation:
    qid: str
    kind: str
    cls: str
    unit: str
    quote: str
    detail: str = ""


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The report's sentence(s) around ``[start, end)``: from the stop before the quote to
    the first stop at or after its last character (a line break ends it, unquoted)."""
    s = max(text.rfind(ch, 0, start) for ch in _STOPS) + 1
    e = len(text)
    for ch in _STOPS:
        i = text.find(ch, max(end - 1, start))
        if 0 <= i < e:
            e = i if ch == "\n" else i + 1
    return s, max(e, end)


def _spelled(text: str, concepts) -> set[str]:
    plain = to_simplified(text)
    return {c.term for c in concepts if any(a and a in plain for a in c.alternatives)}


def _bounds(line: str) -> set[int]:
    """Word boundaries of a line as jieba cuts it (dictionary words only: no HMM guesses)."""
    out, at = {0}, 0
    for w in jieba.lcut(to_simplified(line), HMM=False):
        at += len(w)
        out.add(at)
    return out


def _mid_word(text: str, start: int, end: int) -> tuple[bool, bool]:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    cuts = _bounds(text[ls:le])
    return start - ls not in cuts, end - ls not in cuts


_ITEM = re.compile(
    r"(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、])"
)


def _body_after(text: str, end: int) -> bool:
    """Does a sentence other than a new item follow on the line after ``end``?"""
    le = text.find("\n", end)
    rest = text[end : len(text) if le < 0 else le].strip()
    return len(rest) >= 4 and not _ITEM.match(rest)


def _lead_alone(quote: str, text: str, end: int) -> bool:
    """A lead sentence quoted without the body that follows it on its line."""
    return is_lead(quote) and len(_SENT.findall(quote)) == 1 and _body_after(text, end)


def _pieces(quote: str) -> list[str]:
    """The sentences and clauses inside a quote, shorter than it."""
    got = [m.group(0) for p in (_SENT, _CLAUSE) for m in p.finditer(quote)]
    return [g for g in got if len(g.strip()) < len(quote.strip())]


def _long(quote: str, concepts, value: str) -> bool:
    if len(quote) <= _LONG:
        return False
    held = _spelled(quote, concepts)
    if not held:
        return False
    return any(
        _spelled(p, concepts) >= held and (not value or value in to_simplified(p))
        for p in _pieces(quote)
    )


def _cell_value(row) -> str:
    return as_written(fmt_number(row.number)) if row.number is not None else ""


def _headline_figures(ans: Answer) -> list[str]:
    """The figures a fact answer's first paragraph states outside its quotes (「」)."""
    if not ans.body or not isinstance(ans.body[0], Paragraph):
        return []
    said = "".join(t.text for t in ans.body[0].runs)
    said = re.sub(r"「[^」]*」|（[^）]*）|《[^》]*》", "", said)  # quotes, sections, titles
    return [
        _FIGURE.search(m.group(0).replace(" ", "")).group(0) for m in DIGIT_QUANTITY.finditer(said)
    ]


def check_answer(qid: str, ans: Answer, concepts, text_of) -> list[Violation]:
    """Every fault of ``ans``'s supporting citations (which / fact / compare only)."""
    if ans.kind not in (Kind.WHICH, Kind.FACT, Kind.COMPARE):
        return []
    out: list[Violation] = []
    kind = str(ans.kind)
    mention = ans.kind == Kind.WHICH and asks_mention(ans.question)
    required = [c for c in concepts if c.required] or list(concepts)
    values = {r.citation.n: _cell_value(r) for r in ans.table if r.citation is not None}
    for c in ans.citations:
        if c.role != Role.SUPPORT:
            continue
        text = text_of(c.report_id)

        def bad(cls: str, detail: str = "", c=c) -> None:
            out.append(Violation(qid, kind, cls, c.shown, c.quote, detail))

        if text[c.start : c.end] != c.quote:
            bad("verbatim")
            continue
        held = _spelled(c.quote, concepts)
        # 「哪些报告提到了X」: a quote cited under a heading naming X is a mention of X
        # through its section (``retrieval.heading_mentions``): the heading holds the words
        under = c.section.split(" > ")[-1].strip() if mention else ""
        if not held and under:
            held = _spelled(under, concepts)
        if c.section not in _ABOUT_REPORT:  # the question's words are the topic's
            s, e = _sentence(text, c.start, c.end)
            lost = _spelled(text[s:e], concepts) - held
            if lost:
                bad("lost_word", "、".join(sorted(lost)))
            if not held:
                bad("no_word")
        value = values.get(c.n, "")
        if value and value not in to_simplified(c.quote).replace(" ", ""):
            bad("value", value)
        q = c.quote.strip()
        if is_heading(q):
            if q != under or not held:  # a mention's own heading is its quote
                bad("heading")
        elif _lead_alone(q, text, c.end) and ans.kind != Kind.FACT:
            bad("lead")
        if c.end >= len(text.rstrip()) and q[-1] not in _STOPS and re.search("[，,、]", q):
            bad("open_end", q[-6:])
        mid_start, mid_end = _mid_word(text, c.start, c.end)
        if mid_start:
            bad("mid_start", text[max(0, c.start - 4) : c.start + 4])
        if mid_end:
            bad("mid_end", text[max(0, c.end - 4) : c.end + 4])
        if ans.kind != Kind.FACT and _long(c.quote, required, value):
            bad("long", str(len(c.quote)))
    if ans.kind == Kind.FACT and ans.citations:
        quotes = "".join(to_simplified(c.quote).replace(" ", "") for c in ans.citations)
        for f in _headline_figures(ans):
            if f not in quotes:
                out.append(Violation(qid, kind, "value", "", "", f"headline {f}"))
    return out


def audit(service, items: Iterable[dict]) -> list[Violation]:
    """Ask each question (without its follow-up history: the quote, not the resolution, is
    under audit) and check its answer's citations."""
    out: list[Violation] = []
    lib = service.lib
    for item in items:
        try:
            ans = service.ask(item["question"])
        except Exception:  # a refused question has no quotes to audit
            continue
        analysis = service.retriever.analyze(ans.resolved_question or item["question"])
        out.extend(check_answer(item.get("id", ""), ans, analysis.concepts, lib.report_text))
    return out


def counts(violations: Sequence[Violation]) -> dict[str, int]:
    got = Counter(v.cls for v in violations)
    return {cls: got.get(cls, 0) for cls in CLASSES}
