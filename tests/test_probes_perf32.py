"""Round perf32: within one ask a sentence met again (reports copy their superior's template
wording) is judged and quoted once — the answers must be what judging and quoting each
report on its own gives.

``probes_perf32.jsonl`` asks over four invented reports of the invented 岚石县
(``tests/data/probe_reports_perf32``): 雁坪镇 and 柏岩镇 copy one section word for word at other
offsets, 栗川镇 writes its first sentence under another heading, 苇塘乡 names no 法律顾问
and shares 雁坪镇's 普法 section whole (path and text).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.extractive import Quoter
from retrieval.evidence import SUPPORT
from retrieval.judging import judge_rows
from tests.probe_kit import built, ingest_and_eval, question_needs

DATA = Path(__file__).parent / "data"
REPORTS = DATA / "probe_reports_perf32"
PROBES = DATA / "probes_perf32.jsonl"
QUESTIONS = (
    "哪些乡镇聘请了法律顾问",
    "哪些乡镇请了律师当法律顾问",
    "哪些乡镇开展了送法下乡活动",
    "哪些乡镇组织法律顾问学习民法典",
)


def test_perf32_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch, capsys, tmp_path / "d", [REPORTS], PROBES, ["--min-f1", "1.0"]
    )
    assert result["overall"]["errors"] == 0
    assert {q["id"]: q["miss"] for q in result["questions"]} == {
        "s1a": "",
        "s1b": "",
        "s2a": "",
        "s1n": "",
    }


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    seeds = Path(__file__).parent.parent / "corpus"
    return built(tmp_path_factory, "perf32", REPORTS, seeds)


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("floor", [SUPPORT, 0.0])
def test_judging_all_reports_is_judging_each_alone(app, question, floor):
    """One judgement over every report's rows (sentences and chunks met again replayed)
    equals judging each report's rows alone with a fresh sentence book (nothing to replay
    from another report)."""
    r = app.retriever
    _, needs = question_needs(r, question)
    terms = list(dict.fromkeys(x for n in needs for x in (*n.full, *(p for p, _ in n.parts))))
    chunks = r.lib.chunks
    rows = sorted(range(len(chunks)), key=lambda x: (chunks[x].report_id, x))
    together = judge_rows(rows, chunks, r.simple, r.heading, needs, terms, floor, 1, {})
    for rid in {chunks[x].report_id for x in rows}:
        mine = [x for x in rows if chunks[x].report_id == rid]
        alone = judge_rows(mine, chunks, r.simple, r.heading, needs, terms, floor, 1, {})
        assert alone[rid] == together[rid], rid
    copied = [s for s in together.values() if s and s[0].score >= SUPPORT]
    if question == QUESTIONS[0]:
        assert len(copied) >= 3  # the copied sentence supports three reports


@pytest.mark.parametrize("question", QUESTIONS)
def test_one_quoter_for_all_is_a_fresh_one_per_report(app, question):
    """A Quoter that met the sentence in another report places it at this report's offset,
    exactly as a fresh Quoter reading it here does; the quote is a verbatim span."""
    r = app.retriever
    a = r.analyze(question)
    evidence = [ev for ev in r.fan_out(a) if ev.supported]
    idf = r.concept_idf(a)
    shared = Quoter(a, idf)
    for ev in evidence + evidence[::-1]:
        got, fresh = shared(ev), Quoter(a, idf)(ev)
        assert got == fresh
        if got is not None:
            chunk, span = got
            assert chunk.text[span.start - chunk.start : span.end - chunk.start] == span.text
