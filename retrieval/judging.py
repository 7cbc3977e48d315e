"""Fan-out judging: the candidate chunks of every report in scope, read best-ranked first.

At 10 000 reports a which-question on a common topic reads ~3 000 chunks, one per report
that supports it, and most of their candidate sentences name only a part of the topic
(法律 for 法律顾问). Such a sentence can never become a quote: its cheap upper bound
(``upper_bound``: substring tests, no negation or kind checks) is already under the support
line. Its exact score matters only when its report ends up with no supporting sentence
(the report's best score is then its verdict's score), so it is worked out only then. The
result is exactly what scoring every sentence gives.

Reports share wording: a township writes its county's template sentences, a county its
prefecture's (「深入学习贯彻习近平法治思想」, 「聘请律师担任法律顾问」). A sentence read under
its heading is judged by the question's needs alone, so within one ask each distinct
sentence-as-read is bounded and scored once, each distinct chunk (its path and text)
judged once: a pure function asked again gives the same answer. How much this saves is the
library's share of repeated wording — measured 2-4 % of sentences in more than one report
over the real corpora here, far more in the synthetic 10k library built from their
sections; it costs two dict lookups where nothing repeats.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from reportqa.types import Chunk, Hit
from retrieval.bounds import Bound
from retrieval.denied_sections import denied, section_of
from retrieval.evidence import (
    SUPPORT,
    Need,
    Score,
    sentence_chunk,
    sentence_ends,
)
from retrieval.fanout_sentences import Candidates, heading_spans
from retrieval.heading_mentions import Headed, HeadingMentions, under_heading
from retrieval.passages import Sentence, heading_lines, headings_before_in, is_heading
from retrieval.stock_phrases import without_stock_purposes


def judge_rows(
    rows: Iterable[int],
    chunks: Sequence[Chunk],
    simple: Callable[[int], str],
    heading: Callable[[int], str],
    needs: Sequence[Need],
    terms: Sequence[str],
    floor: float,
    stop: int,
    book: dict[int, list],
    headings: bool = False,
    facts: Callable[[int, str], Any] | None = None,
) -> dict[str, list[Sentence]]:
    """Report id → its scored sentences, best first, for ``rows`` ordered by report and rank.
    A report stops being read once ``stop`` of its sentences reach ``SUPPORT``; a chunk whose
    whole text (with its headings) bounds every sentence under ``floor`` is not read. Every
    report met gets an entry, empty when nothing in it was read or scored.

    ``book`` keeps, per chunk row, what does not depend on the question: its simplified
    text and heading path, where its sentences end (once it is read), each candidate
    sentence as it is scored (read under its heading; None for a bare heading, which is no
    evidence), which of its sentences are headings and which of its lines
    (``passages.heading_lines``). The caller keeps it for one index version.

    ``headings``: the question asks which reports mention the need, so a report none of
    whose sentences supports it is read once more, by the headings of the chunks read of it
    (``retrieval.heading_mentions``).

    ``facts``: ``row, its text -> its ends, heading sentences and its sentences' readings``,
    worked out ahead for the library's version (``retrieval.chunk_facts``), or None."""
    cut = min(floor, SUPPORT)
    upper_bound = Bound(needs)  # ``evidence.upper_bound`` with its tables made once
    sentence_score = Score(needs)
    # a heading naming a required concept in full: the sentences under it (``under_headings``)
    heads = [a for n in needs if n.concept.required and not n.concept.together for a in n.full]
    candidate_sentences = Candidates(terms, [a for n in needs if n.loose for a in n.full], heads)
    by_report: dict[str, list[Sentence]] = {}
    enough: dict[str, int] = {}
    later: dict[str, list[tuple[int, int, int, str]]] = {}
    rid = None
    sents: list[Sentence] = []
    # per ask: what the needs say of a chunk (its path and text: None when it cannot reach
    # the floor, else each candidate sentence's start, end, sentence as read and score, the
    # score None when under the cut), and of a sentence as read
    outcomes: dict[tuple[str, str], list[tuple[int, int, str, float | None]] | None] = {}
    judged: dict[str, float | None] = {}
    read: dict[str, list[int]] | None = {} if headings else None  # report → rows read
    for r in rows:
        if chunks[r].report_id != rid:  # rows come by report: one lookup per report
            rid = chunks[r].report_id
            sents = by_report.setdefault(rid, [])
        if enough.get(rid, 0) >= stop:
            continue
        known = book.get(r)
        if known is None:
            known = book[r] = [simple(r), heading(r), None, {}, None, None, {}, None]
        key = (known[1], known[0])
        outcome = outcomes.get(key, _UNSEEN)
        if outcome is _UNSEEN:
            outcome = outcomes[key] = _outcome(
                known,
                floor,
                cut,
                upper_bound,
                sentence_score,
                candidate_sentences,
                judged,
                r,
                facts,
            )
        if outcome is None:
            continue
        if read is not None:
            read.setdefault(rid, []).append(r)
        supporting = 0
        for s, e, scored, sc in outcome:
            if sc is None:  # no quote: scored only if the report needs it
                later.setdefault(rid, []).append((r, s, e, scored))
            elif sc > 0:
                sents.append(Sentence(r, s, e, sc))
                supporting += sc >= SUPPORT
        enough[rid] = enough.get(rid, 0) + supporting
    late: dict[str, float] = {}
    for rid, waiting in later.items():
        sents = by_report[rid]
        if any(x.score >= SUPPORT for x in sents):
            continue
        for r, s, e, scored in waiting:
            sc = late.get(scored)
            if sc is None:
                sc = late[scored] = sentence_score(scored)
            if sc > 0:
                sents.append(Sentence(r, s, e, sc))
    if read:
        _by_headings(read, by_report, book, HeadingMentions(needs, sentence_score))
    for sents in by_report.values():
        if len(sents) > 1:  # most reports of a large fan-out have one sentence
            sents.sort(key=lambda x: (-x.score, x.row, x.start))
    return by_report


_UNSEEN: Any = object()  # a chunk or sentence not yet judged in this ask


def _by_headings(
    read: dict[str, list[int]],
    by_report: dict[str, list[Sentence]],
    book: dict[int, list],
    mention: HeadingMentions,
) -> None:
    """Each report with no supporting sentence gets its first heading mention among the
    chunks read of it, best-ranked first (their heading spans are in ``book``)."""
    for rid, rows in read.items():
        sents = by_report[rid]
        if any(x.score >= SUPPORT for x in sents):
            continue
        for r in rows:
            text, _, ends, _, spans = book[r][:5]
            got = mention(r, text, ends, spans) if spans else None
            if got is not None:
                sents.append(got)
                break


def _outcome(
    known: list,
    floor: float,
    cut: float,
    upper_bound: Bound,
    sentence_score: Score,
    candidate_sentences: Candidates,
    judged: dict[str, float | None],
    r: int,
    facts: Callable[[int, str], Any] | None,
) -> list[tuple[int, int, str, float | None]] | None:
    """One chunk's candidate sentences judged (``known``: its entry in the sentence book,
    filled as it is read): None when its text with its headings cannot reach ``floor``.
    A chunk read for the first time takes its ends, heading sentences and coded readings
    from ``facts`` (row ``r``'s, worked out ahead) when there are any."""
    text, path, ends, read, heads_at, lines, sections, coded = known
    if not upper_bound.sure(text, floor) and not upper_bound.reaches(f"{path}\n{text}", floor):
        return None
    if ends is None and facts is not None:
        got = facts(r, text)
        if got is not None:
            ends, heads_at, coded = known[2], known[4], known[7] = got
    if ends is None:
        ends = known[2] = sentence_ends(text)
    if heads_at is None:
        heads_at = known[4] = heading_spans(text, ends)
    out: list[tuple[int, int, str, float | None]] = []
    for s, e in candidate_sentences(text, ends, heads_at):
        scored = read.get(s, "")
        if scored == "" and coded is not None:  # worked out ahead (``chunk_facts``)
            scored = read[s] = coded_as_read(text, s, e, coded)
        if scored == "":  # (or a start the facts do not hold: none should be)
            if lines is None:
                lines = known[5] = _lines(text)
            scored = read[s] = _as_read(text, s, e, path, lines, sections)
        if scored is None:
            continue
        sc = judged.get(scored, _UNSEEN)
        if sc is _UNSEEN:
            sc = judged[scored] = (
                sentence_score(scored) if upper_bound.reaches(scored, cut) else None
            )
        if sc is None or sc > 0:  # a sentence scoring nothing adds nothing to its report
            out.append((s, e, scored, sc))
    return out


# a chunk's sentences as read, worked out ahead (``retrieval.chunk_facts``): per sentence
# start, -1 a bare heading, -2 the sentence as it stands, k ≥ 0 heading k, or the reading
Coded = tuple[dict[int, int | str], tuple[str, ...]]


def coded_as_read(text: str, s: int, e: int, coded: Coded) -> str | None:
    """The sentence at ``s`` as read (``_as_read``), from its code; "" when it has none."""
    code = coded[0].get(s, "")
    if code == "":
        return ""
    if code == -1:
        return None
    if code == -2:
        return text[s:e]
    if isinstance(code, str):
        return code
    return f"{coded[1][code]}\n{text[s:e]}"


def _lines(text: str) -> tuple[tuple[tuple[int, int], ...], list[int]]:
    """The text's heading lines and where they end (``passages.heading_lines``)."""
    lines = heading_lines(text)
    return lines, [e for _, e in lines]


def _as_read(
    text: str,
    s: int,
    e: int,
    path: str,
    lines: tuple[tuple[tuple[int, int], ...], list[int]],
    sections: dict[int, bool],
) -> str | None:
    """The sentence as it is scored: with its section heading, none when a bare heading;
    a set phrase's list of purposes is no deed (``retrieval.stock_phrases``). Whether a
    section denies its topic is a fact of the section, not of the sentence asked about:
    ``sections`` keeps it per heading line of the chunk (-1: the chunk's own heading), as
    a chunk holds several sentences of each of its few sections."""
    sentence = text[s:e]
    if is_heading(sentence):
        return None
    sentence = without_stock_purposes(sentence)
    heading = headings_before_in(path, text, s, *lines)
    if heading:  # a section saying its topic is not done lends it none (``denied_sections``)
        i, start, stop = section_of(s, len(text), *lines)
        refused = sections.get(i)
        if refused is None:
            own = text[lines[0][i][0] : lines[0][i][1]] if i >= 0 else path.split(" ")[-1]
            refused = sections[i] = denied(own, text, start, stop)
        if refused:
            return sentence
    return f"{heading}\n{sentence}" if heading else sentence


def supporting_hits(
    sents: Sequence[Sentence], chunks: Sequence[Chunk], cuts: dict[tuple, Chunk]
) -> tuple[Hit, ...]:
    """The supporting sentences as fan-out hits. A sentence cut out as a chunk of its own
    depends only on the library, so ``cuts`` (kept per index version beside the sentence
    book) keeps it, as long as its report's record is the one in ``chunks``: a
    which-question over 3 000 supporting reports cut them all again on every ask."""
    hits = []
    for x in sents:
        if x.score < SUPPORT:
            continue
        key, chunk = (x.row, x.start, x.end), chunks[x.row]
        if isinstance(x, Headed):  # cited under its heading: another cut of the same span
            key = (*key, x.heading_start)
        cut = cuts.get(key)
        if cut is None or cut.info is not chunk.info:  # a metadata correction keeps the text
            cut = cuts[key] = sentence_chunk(chunk, x)
            if isinstance(x, Headed):
                cut = cuts[key] = under_heading(cut, chunk, x)
        hits.append(Hit(cut, x.score, "fanout"))
    return tuple(hits)
