"""Round perf31: the fan-out's candidate chunks ruled out in one pass over arrays, and a
sentence's heading found among its chunk's heading lines — both must leave every answer as it was.

``probes_perf31.jsonl`` asks over three invented reports of the invented 石桥县
(``tests/data/probe_reports_perf31``): 柳河镇's long section 一、法律顾问工作 is cut in two, and
its second chunk (聘请两名执业律师) names the 法律顾问 only in its section path, so a chunk must
be bounded with its path (without the paths' answers these tests fail); 杏花乡 writes
聘请法律顾问 whole; 桐山镇 writes 法律顾问 only under 尚未聘请 and 顾问 alone.
The array pass (``retrieval.reachable``) only runs past ``FEW_ROWS`` candidates; here it is
forced on, so the answers of this small library are the pass's.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

import retrieval.reachable as reachable_mod
from retrieval.bounds import Bound
from retrieval.evidence import SUPPORT
from retrieval.passages import heading_lines, headings_before, headings_before_in
from tests.probe_kit import built, ingest_and_eval, question_needs

DATA = Path(__file__).parent / "data"
REPORTS = DATA / "probe_reports_perf31"
PROBES = DATA / "probes_perf31.jsonl"
QUESTIONS = (
    "哪些乡镇聘请了法律顾问",
    "哪些乡镇请了律师当法律顾问",
    "哪些乡镇组织法律顾问学习民法典",
    "哪些乡镇开展了矛盾纠纷排查化解",
    "哪些乡镇普过法",
    # stop 37: a need that explains others (an anchor's run, a user's examples) crashed the pass
    # (``Bound._explaining`` gained a third field the pass did not unpack)
    "哪些乡镇按“三重一大”集体决策",
    "哪些乡镇落实了“四议两公开”民主决策",
    "哪些地方开会前先学法，比如常务会学法、党委会学法？",
)


def test_perf31_probes_with_the_pass_forced_on(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(reachable_mod, "FEW_ROWS", 0)
    result = ingest_and_eval(
        monkeypatch, capsys, tmp_path / "d", [REPORTS], PROBES, ["--min-f1", "1.0"]
    )
    assert result["overall"]["errors"] == 0
    assert {q["id"]: q["miss"] for q in result["questions"]} == {"r1a": "", "r1b": "", "r1n": ""}


@pytest.fixture(scope="module")
def retriever(tmp_path_factory):
    seeds = Path(__file__).parent.parent / "corpus"
    return built(tmp_path_factory, "perf31", REPORTS, seeds).retriever


def _needs(r, question):
    return question_needs(r, question)


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("floor", [SUPPORT, 0.3, 0.9])
def test_the_pass_keeps_every_chunk_the_exact_bound_keeps(retriever, question, floor, monkeypatch):
    """``Bound.may_reach`` over the kept per-string answers is never False where
    ``Bound.reaches`` on the chunk read whole with its path is True, over every chunk."""
    r = retriever
    _a, needs = _needs(r, question)
    monkeypatch.setattr(reachable_mod, "FEW_ROWS", 0)
    rows = np.arange(len(r.lib.chunks))
    kept = reachable_mod.reachable(
        rows, needs, floor, r._text_holds, r._paths, r.lib.chunks, r.lib.lexical.version
    )
    bound = Bound(needs)
    exact = [x for x in rows.tolist() if bound.reaches(f"{r.heading(x)}\n{r.simple(x)}", floor)]
    assert set(exact) <= set(kept.tolist())
    if floor == SUPPORT and question == QUESTIONS[0]:
        assert kept.size < rows.size  # it rules chunks out at all


@pytest.mark.parametrize("question", QUESTIONS)
def test_fan_out_is_the_same_with_and_without_the_pass(retriever, question, monkeypatch):
    a = retriever.analyze(question)
    monkeypatch.setattr(reachable_mod, "FEW_ROWS", 0)
    on = retriever.fan_out(a)
    monkeypatch.setattr(reachable_mod, "FEW_ROWS", 10**9)
    retriever._book.clear()
    off = retriever.fan_out(a)
    assert on == off


def _texts() -> list[str]:
    """The probe and seed reports, and random lines over heading numbers, stops and breaks."""
    seeds = Path(__file__).parent.parent / "corpus"
    texts = [f.read_text("utf-8") for d in (REPORTS, seeds) for f in sorted(d.glob("*.txt"))]
    rng = random.Random(31)
    pieces = ["一、", "（一）", "1.", "（1）", "加强学法", "。", "；", "\n", "\n\n", " ", "工作"]
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    return [*texts, *made]


def test_headings_from_the_kept_lines_are_the_line_by_line_walk():
    for text in _texts():
        lines = heading_lines(text)
        ends = [e for _, e in lines]
        for at in range(len(text) + 1):
            got = headings_before_in("一、主要工作", text, at, lines, ends)
            assert got == headings_before("一、主要工作", text, at), (text, at)
