"""Round perf58: what a which-answer reads of the question alone is read once per ask, not
once per supporting report — and it must give exactly what the per-report reading gives.

Over the seed reports (``corpus/``) and blind30's ten real 深圳 reports
(``tests/data/blind30/web_real``): annual 法治 and work reports with review, problem and plan
parts.
- ``plan_intent.may_ask_cover``: a question it says asks no cover year's intent asks none of
  any report (``cover_intent`` false for every record);
- ``report_parts.sentences_of_part``: the judged sentences it keeps, by report and in order,
  are those the sentence-by-sentence reading (``part_asked_of`` per sentence, then
  ``plan_first`` per report) keeps, for questions naming a part, a year's intent, or neither;
- ``Quoter._plain_rank``: a which-answer's quote ranked on coverage, claim and score alone
  equals the full ``rank`` tuple of every candidate quote of every supporting report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.extractive import Quoter
from retrieval.judging import judge_rows
from retrieval.plan_intent import cover_intent, holds_asked, may_ask_cover
from retrieval.report_parts import PLAN, part_asked_of, part_of, sentences_of_part
from tests.probe_kit import built, question_needs

ROOT = Path(__file__).parent.parent
WEB = Path(__file__).parent / "data" / "blind30" / "web_real"

# neither a part nor an intent; a part by its locator; a year's or this year's intent; a span
QUESTIONS = (
    "哪些乡镇开展了普法宣传",
    "哪些乡镇调解了矛盾纠纷",
    "哪些单位聘请了法律顾问",
    "哪些报告在问题部分承认了普法宣传不够深入",
    "哪些乡镇把法治宣传写进了下一步打算",
    "哪些单位2024年打算开展法治宣传",
    "哪些单位今年计划开展普法宣传",
    "2020年以来哪些单位开展了法治宣传",
    "哪些区2021年要新增多少学位",
    "2019年哪些单位开展了宪法宣传",
)
WHICH = (*QUESTIONS[:3], "哪些单位推进了政务公开", "哪些乡镇的法律顾问覆盖情况好")


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    return built(tmp_path_factory, "perf58", ROOT / "corpus", WEB)


def test_no_cover_year_asked_is_none_for_any_report(app):
    infos = app.retriever.lib.reports()
    asked = set()
    for q in QUESTIONS:
        if may_ask_cover(q):
            asked.add(q)
        else:
            assert not any(cover_intent(q, i) for i in infos), q
    # the question-level test still lets through every question that names an intent
    assert asked == {QUESTIONS[5], QUESTIONS[6], QUESTIONS[8]}


def _reference(by_report, question, chunks, text):
    """``sentences_of_part`` as it read before this round: the part asked per sentence, then
    each report's plan sentences first per report (``plan_intent.plan_first``'s loop)."""

    def of(s) -> bool:
        c = chunks[s.row]
        part = part_asked_of(question, c.info)
        return part is None or part_of(text(s.row)[s.start : s.end], c.section, c.info) == part

    out = {}
    for rid, sents in by_report.items():
        kept = [s for s in sents if of(s)]
        dropped: set[int] = set()
        if kept and cover_intent(question, chunks[kept[0].row].info):
            said = [text(s.row)[s.start : s.end] for s in kept]
            planned = [part_of(t, chunks[s.row].section, chunks[s.row].info) == PLAN
                       for s, t in zip(kept, said, strict=True)]  # fmt: skip
            if any(p and holds_asked(question, t) for p, t in zip(planned, said, strict=True)):
                dropped = {id(s) for s, p in zip(kept, planned, strict=True) if not p}
        out[rid] = [s for s in kept if id(s) not in dropped]
    return out


@pytest.mark.parametrize("question", QUESTIONS)
def test_sentences_of_part_as_read_sentence_by_sentence(app, question):
    r = app.retriever
    _, needs = question_needs(r, question)
    terms = list(dict.fromkeys(x for n in needs for x in (*n.full, *(p for p, _ in n.parts))))
    chunks = r.lib.chunks
    rows = sorted(range(len(chunks)), key=lambda x: (chunks[x].report_id, x))
    # every sentence scored (floor 0), several per report: the most the parts can drop
    by_report = judge_rows(rows, chunks, r.simple, r.heading, needs, terms, 0.0, 8, {})
    assert sum(map(len, by_report.values())) > 20
    got = sentences_of_part(by_report, question, chunks, r.simple)
    assert got == _reference(by_report, question, chunks, r.simple)


@pytest.mark.parametrize("question", WHICH)
def test_plain_rank_is_the_full_rank(app, question):
    r = app.retriever
    a = r.analyze(question)
    evidence = [ev for ev in r.fan_out(a) if ev.supported]
    assert evidence
    idf = r.concept_idf(a)
    plain, full = Quoter(a, idf), Quoter(a, idf)
    assert plain._plain
    full._plain = False  # the general reading of every key
    ranked = 0
    for ev in evidence:
        for hit in ev.hits:
            for span in plain._spans(hit):
                assert plain.rank(span, hit.chunk) == full.rank(span, hit.chunk)
                ranked += 1
        assert plain(ev) == full(ev)
    assert ranked >= len(evidence)


def _walk_from_text_start(text: str, word: str) -> list[tuple[int, int]]:
    """``split_spans`` as it walked before this round: every start from the text's first
    ``word[0]``, not from the leftmost match."""
    from retrieval.law_exams import apart_exam
    from retrieval.split_words import (
        _apart_fits,
        _listed,
        _near,
        _pattern,
        spellable,
        verb_object,
    )

    if not spellable(text, word):
        return []
    out = []
    if (exam := apart_exam(word)) is not None:
        out += [m.span() for m in exam.finditer(text)]
    if "进" in word[2:-1] and "、进" in text and (listed := _listed(word)) is not None:
        out += [m.span() for m in listed.finditer(text)]
    if _near(word).search(text) is None or _pattern(word).search(text) is None:
        return out
    pattern, pos = _pattern(word), text.find(word[0])
    while pos >= 0:
        m = pattern.match(text, pos)
        if m and (len(word) == 2 or verb_object(word) or _apart_fits(word, m.groups())):
            out.append(m.span())
        pos = text.find(word[0], pos + 1)
    return out


# two-character verb–objects, longer words, an event verb with its object, a quoted spelling
APART = ("普法", "学法", "普法宣传", "法治宣传", "法制宣讲", "矛盾纠纷", "开展活动", "“普法”宣传",
         "合法性审查", "送法进企业", "法律顾问")  # fmt: skip


def test_split_spans_walk_from_the_leftmost_match(app):
    from retrieval.split_words import split_spans

    found = 0
    for row in range(len(app.retriever.lib.chunks)):
        text = app.retriever.simple(row)
        for word in APART:
            got = list(split_spans(text, word))
            assert got == _walk_from_text_start(text, word), (row, word)
            found += bool(got)
    assert found >= 10  # words spelled apart in these reports: the walk was exercised
