"""Round perf64: the chunk-alone facts the fan-out reads (sentence ends, heading sentences,
each sentence as read under its headings) worked out at ingest and kept beside the index
(``retrieval.chunk_facts``) — and the answers must be exactly those of working them out as
each chunk is met.

A real library: the seed reports (``corpus/``) and blind30's ten real 深圳 reports, ingested.
Checked: the ingest writes the facts of its version; every chunk's facts read back equal
those worked out from its text; answers to which- and fact-questions are byte-identical with
the facts and without; a library whose facts are of another version, of other code, or
missing falls back, says so in the log and answers the same.
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest

from reportqa.settings import Settings
from retrieval.chunk_facts import (
    ChunkFacts,
    compute,
    decode,
    encode,
    read_all,
    simplified,
    spans,
    stamp,
)
from retrieval.judging import coded_as_read
from stores.folder_swap import fresh_folder, swap_in

ROOT = Path(__file__).parent.parent
REAL = Path(__file__).parent / "data" / "blind30" / "web_real"


def _questions() -> list[str]:
    out = []
    for f in (ROOT / "tests" / "data" / "q63" / "questions.jsonl", REAL / "questions.jsonl"):
        rows = [json.loads(x) for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
        out += [r["question"] for r in rows[:8]]
    return [*out, "哪些乡镇聘请了法律顾问", "哪些乡镇提到了“三重一大”？", "哪些乡镇开展了普法宣传"]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    from library import build

    top = tmp_path_factory.mktemp("perf64")
    reports = top / "reports"
    shutil.copytree(ROOT / "corpus", reports)
    for f in sorted(REAL.glob("r*.txt")):
        shutil.copy(f, reports / f"web_{f.name}")
    app = build(Settings(data_dir=top / "data", llm_base_url=""))
    app.shelf.add([reports])
    return app


def _asked(app, questions: list[str]) -> list[str]:
    app.retriever._forget()  # every chunk met afresh
    out = []
    for q in questions:
        a = app.service.ask(q, [])
        out.append(json.dumps(a.to_json(), ensure_ascii=False, sort_keys=True) + a.answer)
    return out


def _read_back(facts, row: int, text: str):
    """A row's facts as saved, every sentence's reading made from its code."""
    ends, heads_at, coded = facts(row, text)
    return ends, heads_at, {s: coded_as_read(text, s, e, coded) for s, e in spans(text, ends)}


def test_the_ingest_writes_the_facts_of_its_version(app):
    lex = app.retriever.lib.lexical
    folder = app.settings.index_dir / "bm25_facts"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest == {"version": lex.version, "stamp": stamp(), "rows": len(lex.chunks)}
    assert lex.facts.version == lex.version
    assert lex.facts.reader(lex.version, len(lex.chunks)) is not None


def test_every_chunk_reads_back_as_worked_out(app):
    lex = app.retriever.lib.lexical
    facts = lex.facts.reader(lex.version, len(lex.chunks))
    headed = read = 0
    for row, chunk in enumerate(lex.chunks):
        text, path = simplified(chunk)
        assert (text, path) == (app.retriever.simple(row), app.retriever.heading(row))
        want = compute(text, path)
        assert _read_back(facts, row, text) == want
        assert read_all(text, encode(text, want)) == want
        headed += any(v is not None and "\n" in v for v in want[2].values())
        read += len(want[2])
    assert headed > 100 and read > 1000  # the readings under headings are exercised


def test_a_new_version_copies_the_facts_of_unchanged_chunks(app, tmp_path, caplog):
    """A rebuild (a report removed, one chunk's text changed) copies the rest as saved."""
    from dataclasses import replace

    lex = app.retriever.lib.lexical
    folder = tmp_path / "facts"
    shutil.copytree(app.settings.index_dir / "bm25_facts", folder)
    chunks = [c for c in lex.chunks if c.report_id != lex.chunks[0].report_id]
    chunks[3] = replace(chunks[3], text=chunks[3].text + "\n一、新标题\n开展普法宣传。")
    caplog.set_level(logging.INFO, logger="retrieval.chunk_facts")
    facts = ChunkFacts(folder, fresh_folder, swap_in)
    facts.build("next", chunks)
    assert f"{len(chunks)} rows ({len(chunks) - 1} as saved)" in caplog.text
    read = facts.reader("next", len(chunks))
    for row, chunk in enumerate(chunks):
        text, path = simplified(chunk)
        assert _read_back(read, row, text) == compute(text, path)


def test_a_text_of_another_length_is_not_read():
    text = "一、普法宣传\n开展普法宣传三次。聘请法律顾问。"
    record = encode(text, compute(text, "工作总结"))
    assert decode(text, record) is not None
    assert decode(text + "。", record) is None


def test_a_start_the_facts_do_not_hold_is_worked_out():
    text = "一、普法宣传\n开展普法宣传三次。聘请法律顾问。"
    want = compute(text, "工作总结")
    ends, _heads_at, coded = decode(text, encode(text, want))
    assert coded_as_read(text, ends[0], ends[1], coded) == want[2][ends[0]]
    assert want[2][ends[0]].endswith("一、普法宣传\n开展普法宣传三次。")
    assert coded_as_read(text, 3, ends[1], coded) == ""  # not a sentence start


def test_answers_are_the_same_with_the_facts_and_without(app):
    lex = app.retriever.lib.lexical
    questions = _questions()
    with_facts = _asked(app, questions)
    held, lex.facts = lex.facts, None
    try:
        without = _asked(app, questions)
    finally:
        lex.facts = held
    assert with_facts == without
    assert sum("哪些" in q for q in questions) >= 5


def test_facts_of_another_version_or_code_are_not_used(app, tmp_path, caplog):
    lex = app.retriever.lib.lexical
    folder = tmp_path / "facts"
    shutil.copytree(app.settings.index_dir / "bm25_facts", folder)
    caplog.set_level(logging.INFO, logger="retrieval.chunk_facts")
    assert ChunkFacts(folder, fresh_folder, swap_in).load(lex.version)
    other = ChunkFacts(folder, fresh_folder, swap_in)
    assert not other.load("another version")
    assert other.reader("another version", len(lex.chunks)) is None
    assert "built for another version" in caplog.text
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    (folder / "manifest.json").write_text(json.dumps({**manifest, "stamp": "old"}), "utf-8")
    stale = ChunkFacts(folder, fresh_folder, swap_in)
    assert not stale.load(lex.version)
    assert stale.reader(lex.version, len(lex.chunks)) is None
    assert "built by other code" in caplog.text
    shutil.rmtree(folder)
    assert not ChunkFacts(folder, fresh_folder, swap_in).load(lex.version)
    assert "none saved" in caplog.text


def test_a_library_without_facts_falls_back_and_answers_the_same(app, caplog):
    """Last: the library's own facts removed, then opened again as a restart would."""
    from library import build

    questions = [*_questions()[:6], "哪些乡镇聘请了法律顾问"]
    before = _asked(app, questions)
    shutil.rmtree(app.settings.index_dir / "bm25_facts")
    caplog.set_level(logging.INFO, logger="retrieval.chunk_facts")
    again = build(Settings(data_dir=app.settings.data_dir, llm_base_url=""))
    after = _asked(again, questions)
    lex = again.retriever.lib.lexical
    assert lex.facts.reader(lex.version, len(lex.chunks)) is None
    assert "chunk facts not used (none saved)" in caplog.text
    assert after == before
