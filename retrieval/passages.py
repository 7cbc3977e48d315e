"""Passages as quotes: a bare heading is no evidence, a sentence is read under its headings,
and a quoted sentence stays an exact span of the report (split from ``retrieval.evidence``,
which re-exports these names)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from reportqa.frozen import quick
from reportqa.patterns import HEADING_START, LEVEL1, LEVEL2, LEVEL3
from reportqa.types import Chunk
from retrieval.leads import is_lead, lead_body_end


@quick
@dataclass(frozen=True)
class Sentence:
    row: int  # chunk row
    start: int  # offsets inside the chunk text
    end: int
    score: float


def is_heading(text: str) -> bool:
    """A bare heading names a topic; it is not evidence that the work was done."""
    t = text.strip()
    return bool(HEADING_START.match(t)) and t[-1:] not in "。；;！？!?" and len(t) <= 40


def headings_before(path: str, text: str, at: int) -> str:
    """The section path, the last heading line inside the chunk before offset ``at``, and
    the numbered lead its own line opens with (「（三）持续优化营商环境。深化…」: reports
    often write an item's heading and body on one line)."""
    lead = _inline_lead(text, at)
    end = text.rfind("\n", 0, at)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if is_heading(text[start:end]):
            return f"{_above(path, text[start:end])} {text[start:end]}{lead}"
        end = start - 1
    return f"{path}{lead}"


def heading_lines(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every line of ``text`` that is a heading, in order, ``end`` where its
    line break stands: a fact of the text alone, which ``headings_before`` otherwise works
    out line by line for every sentence it is asked about (the fan-out asks it of most
    sentences of a chunk, so a chunk kept by the caller is looked at once, not per sentence).
    A line with no break after it is never a line before another."""
    out = []
    start = 0
    end = text.find("\n")
    while end >= 0:
        if is_heading(text[start:end]):
            out.append((start, end))
        start = end + 1
        end = text.find("\n", start)
    return tuple(out)


def headings_before_in(
    path: str, text: str, at: int, lines: tuple[tuple[int, int], ...], ends: list[int]
) -> str:
    """``headings_before(path, text, at)`` from the text's ``heading_lines`` (``ends``: their
    ends): the last heading line ending at or before the break in front of ``at``'s line is
    the one the line-by-line walk back stops at."""
    lead = _inline_lead(text, at)
    end = text.rfind("\n", 0, at)
    i = bisect_right(ends, end) - 1 if end > 0 else -1
    if i >= 0:
        start, stop = lines[i]
        return f"{_above(path, text[start:stop])} {text[start:stop]}{lead}"
    return f"{path}{lead}"


def _level(heading: str) -> int:
    """1 for 「一、」, 2 for 「（一）」, 3 for 「1.」「（1）」; 0 for a heading of no number."""
    t = heading.strip()
    return next((n for n, p in enumerate((LEVEL1, LEVEL2, LEVEL3), 1) if p.match(t)), 0)


@lru_cache(maxsize=16384)
def _above(path: str, heading: str) -> str:
    """``path`` without its parts at the level of ``heading`` or below: the chunk's path
    names the section the chunk opened in, and a later heading of the same level inside it
    (「（二）加强普法宣传」 after 「（一）全力护航营商环境」) closes that section — its topic is
    no longer the sentence's. A library holds few distinct section paths and heading lines, and a
    fan-out asks this of most candidate sentences of thousands of chunks: kept per pair."""
    level = _level(heading)
    if not level:
        return path
    return " ".join(p for p in path.split(" ") if not 0 < level <= _level(p) or not p)


def _inline_lead(text: str, at: int) -> str:
    """「（三）持续优化营商环境。」 when the sentence at ``at`` follows it on its line."""
    start = text.rfind("\n", 0, at) + 1
    lead = text[start:at].strip()
    if not lead or len(lead) > 40 or not HEADING_START.match(lead):
        return ""
    if lead[-1] not in "。：:" or any(ch in lead[:-1] for ch in "。；;！？!?"):
        return ""
    return f" {lead}"


def sentence_chunk(chunk: Chunk, sent: Sentence) -> Chunk:
    """The supporting sentence as a chunk of its own: quotes stay exact report spans. An
    item's lead keeps the body sentence after it on its line (``leads.lead_body_end``):
    the lead only names the topic, the body is what a quote of it must show."""
    end = sent.end
    if is_lead(chunk.text[sent.start : sent.end]):
        end = max(end, lead_body_end(chunk.text, sent.start, sent.end))
    return Chunk(
        f"{chunk.id}:{sent.start}",
        chunk.report_id,
        chunk.text[sent.start : end],
        chunk.section_path,
        chunk.start + sent.start,
        chunk.start + end,
        chunk.info,
    )
