"""An item's lead sentence, and the body sentence that carries its deed: facts of how
reports number their items (「一是…」「（三）…」「2.…」), shared by the quotes answers make and
the sentences fan-out cuts out (``retrieval.passages.sentence_chunk``).
"""

from __future__ import annotations

import re

from reportqa.patterns import HEADING_START
from retrieval.measures import DIGIT_QUANTITY

_STOPS = "。！？；;!?，,"
_SENT = re.compile(r"[^。！？；;!?\n]+[。！？；;!?]?")
_CLAUSE = re.compile(r"[^，,。！？；;!?\n]+[，,。！？；;!?]?")
_ITEM = re.compile(
    r"^(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、])"
)
_NUMBER = DIGIT_QUANTITY  # a count with its measure word (宗, 人次, 天次 too)

_LEAD_MAX = 40


def is_lead(text: str) -> bool:
    """「一是开展法治宣传活动。」「（五）依法化解矛盾纠纷方面。」: a numbered item's short lead
    sentence announces a topic like a heading does; it carries no action detail or count.
    Quoted only when the report has nothing better."""
    t = text.strip()
    return (
        len(t) <= _LEAD_MAX
        and bool(_ITEM.match(t) or HEADING_START.match(t))
        and not _NUMBER.search(t)
    )


_BODY_MAX = 200  # a lead with the sentence after it: one item's topic and its first deed
_CLAUSE_MAX = 140  # when that sentence is longer, its first clauses up to this length


def lead_body_end(text: str, start: int, end: int) -> int:
    """Where the quote of the item's lead ``text[start:end]`` (an ``is_lead`` sentence)
    should end: 「（一）营造良好的企业发展环境。为进一步规范行政执法行为，…」 — a numbered
    item's lead announces its topic the way a heading does, and the sentence after it on
    the same line is the item's body, telling what was done under it. Quoted alone, the
    lead lets no reader check that anything was done; with its body it does. ``end`` when
    nothing follows on the line, or what follows is another item, a heading or a lead.
    A body too long to quote whole is cut after its last clause that fits (「，」 ends a
    clause that can carry a fact on its own), never inside a word."""
    at = end
    while at < len(text) and text[at] in " \t\u3000":
        at += 1
    m = _SENT.match(text, at) if at < len(text) and text[at] != "\n" else None
    if m is None:
        return end
    body = m.group(0).rstrip()
    if _ITEM.match(body) or HEADING_START.match(body) or len(body) < 4:
        return end
    stop = at + len(body)
    # a body running to where the text stops, without its stop, is cut off there (the page
    # or the chunk ends mid-sentence): only its whole clauses are quoted
    whole = body[-1] in _STOPS or stop < len(text.rstrip())
    if whole and stop - start <= _BODY_MAX:
        return stop
    last = end
    for c in _CLAUSE.finditer(text, at, stop):
        if c.end() - start > _CLAUSE_MAX or text[c.end() - 1] not in _STOPS:
            break
        last = c.end()
    return last
