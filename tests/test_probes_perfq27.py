"""Round perfq27: a question's reading kept per question text and library state
(``retrieval.analysis_memo``), the tagger's cut kept per text (``Tokenizer.tagged``) and a
scope's chunk mask kept per scope (``retrieval.scope_rows``) — speed-ups that must never hand
one question's reading to another, nor outlive the library they were read against.

``probes_perfq27.jsonl`` asks over two invented reports of the invented 云岭县
(``tests/data/probe_reports_perfq27``): 青石镇 trains 法律明白人 and counts 41件 disputes,
白沙乡 holds a 宪法宣传周. The same which-question asked twice, its paraphrase and a must-not
read in between; a count, its paraphrase, and the other unit's must-not (no count lent). Then a
third report (红枫镇, ``probe_reports_perfq27_later``) arrives in the same process: the kept
readings of questions asked before must not hide it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from library.compose import build
from reportqa.errors import QuestionError
from reportqa.settings import Settings
from reportqa.text import Tokenizer
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
WHICH = "云岭县哪些乡镇建立了法律明白人队伍？"
LATER_FACT = "红枫镇2024年调解了多少件矛盾纠纷？"


def test_kept_readings_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_perfq27"],
        DATA / "probes_perfq27.jsonl",
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    assert all(q["f1"] == 1.0 for q in result["questions"] if q["kind"] == "which"), [
        (q["id"], q["miss"]) for q in result["questions"]
    ]


def test_a_report_ingested_later_is_seen_by_questions_read_before(tmp_path):
    app = build(Settings(data_dir=tmp_path / "d", llm_base_url=""))
    app.shelf.add([DATA / "probe_reports_perfq27"])
    before = app.service.ask(WHICH)
    assert set(before.townships) == {"青石镇"}
    with pytest.raises(QuestionError, match="红枫镇"):  # no unit of the library yet
        app.service.ask(LATER_FACT)
    app.shelf.add([DATA / "probe_reports_perfq27_later"])
    after = app.service.ask(WHICH)
    assert set(after.townships) == {"青石镇", "红枫镇"}
    fact = app.service.ask(LATER_FACT)
    assert any(c.township == "红枫镇" and "23件" in c.quote for c in fact.citations)


def test_a_kept_cut_is_forgotten_when_a_word_is_added():
    tok = Tokenizer()
    text = "红枫镇开展普法"
    first = tok.tagged(text)
    first.append(("改", "x"))  # the caller's list is its own
    assert tok.tagged(text) == first[:-1]
    generation = tok.generation
    tok.add_words(["红枫镇"])
    assert tok.generation > generation
    assert ("红枫镇", "n") in tok.tagged(text)
