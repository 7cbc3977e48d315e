"""Plumbing the probe test modules share, so each module holds only its own questions,
floors and sentences: how a probe set is run through the CLI, and how one sentence is
scored against one question, is written once here and cannot drift between rounds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cli.main import main
from reportqa.settings import REPO_ROOT
from retrieval.evidence import build_needs, sentence_score


def run_fresh(code: str, *args: str) -> subprocess.CompletedProcess:
    """``code`` in a new interpreter (nothing imported yet: what a ``reportqa`` command
    loads, and whether it opens the store, shows there), the repository importable."""
    cmd = [sys.executable, "-c", code, *args]
    return subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True, timeout=300)


def in_fresh_process(code: str, *args: str) -> dict:
    """Run ``code`` as ``run_fresh`` does and read the JSON it prints last."""
    proc = run_fresh(code, *args)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def misses(result: dict) -> list[tuple[str, str]]:
    """The (id, miss) of every probe the eval marked wrong: the message an assertion shows,
    so a failing floor names the questions to look at instead of only a figure."""
    return [(q["id"], q["miss"]) for q in result["questions"] if q["miss"]]


def eval_passes(capsys, probes: Path, floors: list[str]) -> dict:
    """``reportqa eval probes --json *floors`` on the library ``REPORTQA_DATA_DIR`` names,
    as a user runs it: the exit code is what CI sees. Returns the JSON result."""
    capsys.readouterr()
    code = main(["eval", str(probes), "--json", *floors])
    result = json.loads(capsys.readouterr().out)
    assert code == 0, misses(result)
    return result


def eval_probes(capsys, probes: Path, floors: list[str]) -> dict:
    """:func:`eval_passes`, and every quote verbatim whatever the floors: an answer that
    cites words its report does not say is the worst bug, so a probe set checks it too."""
    result = eval_passes(capsys, probes, floors)
    assert result["overall"]["citation_faithfulness"] == 1.0
    return result


def ingest_and_eval(
    monkeypatch, capsys, data_dir: Path, reports: list[Path], probes: Path, floors: list[str]
) -> dict:
    """A fresh library in ``data_dir`` ingested from ``reports`` by the CLI, then
    :func:`eval_probes` on it: the whole path a probe set's questions take."""
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(data_dir))
    assert main(["ingest", *(str(r) for r in reports)]) == 0
    return eval_probes(capsys, probes, floors)


def ingested_texts(tmp_path: Path, monkeypatch, reports: dict[str, str]) -> Path:
    """A fresh library under ``tmp_path`` ingested by the CLI from made-up report texts
    (file name → text), for probes written inline rather than as a data folder; its data dir."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    data = tmp_path / "d"
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(data))
    assert main(["ingest", str(folder)]) == 0
    return data


def asked(data_dir: Path, probes: Path):
    """Each probe line with the answer the library in ``data_dir`` gives it, through the
    composition root as the app asks: for checks on the typed answer beyond the eval's
    figures (which block says what, which role a citation has)."""
    from library.compose import build
    from reportqa.settings import Settings

    service = build(Settings(data_dir=data_dir)).service
    for line in probes.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        yield item, service.ask(item["question"])


def score(analyzer, tok, question: str, sentence: str, df=lambda _s: 1, n: int = 10, *, units):
    """The sentence's coverage of the question's need as retrieval judges it; by default
    every concept weighs the same (``df`` 1 in a library of ``n``), so a test sees the rule
    under test and not the idf of some corpus. ``units`` is the (towns, counties) pair."""
    a = analyzer.analyze(question, [], units)
    needs = build_needs(a.concepts, tok.index_tokens, df, n, a.quoted, a.question, tok.tagged)
    return sentence_score(sentence, needs)


def compare_cells(data_dir: Path, probes: Path) -> dict[str, dict[str, str]]:
    """Each compare probe's table as {unit: cell} by probe id: the must-nots of a compare set
    are checked on the typed rows (a cell that says 未提及), not on the rendered text."""
    return {
        item["id"]: {r.unit: r.value for r in ans.compare.rows}
        for item, ans in asked(data_dir, probes)
        if ans.compare is not None
    }


def built(tmp_path_factory, name: str, *reports: Path):
    """A library ingested by the CLI from ``reports`` in a fresh module-wide directory, built
    through the composition root and refreshed: the app a module's probes ask directly (the
    environment variable set only while ingesting, so other modules' libraries are untouched)."""
    import pytest

    from library.compose import build
    from reportqa.settings import Settings

    data_dir = tmp_path_factory.mktemp(name)
    mp = pytest.MonkeyPatch()
    mp.setenv("REPORTQA_DATA_DIR", str(data_dir))
    try:
        assert main(["ingest", *(str(r) for r in reports)]) == 0
    finally:
        mp.undo()
    app = build(Settings(data_dir=data_dir))
    app.retriever.lib.refresh()
    return app


def question_needs(retriever, question: str):
    """The analysis of ``question`` and its evidence needs over the whole library, as the
    fan-out builds them: for tests that call the judge directly."""
    from reportqa.text import to_simplified

    a = retriever.analyze(question)
    mask = retriever._mask(retriever.scope(None))
    needs = build_needs(
        a.concepts,
        retriever.lib.tokenizer.index_tokens,
        lambda s: retriever.report_df(s, mask),
        len(retriever.scope(None)),
        a.quoted,
        to_simplified(a.question),
        retriever.lib.tokenizer.tagged,
    )
    return a, needs


def chat(service, *questions: str):
    """The last answer of a conversation asked turn by turn, each earlier answer carried as the
    UI and the CLI carry it (``turns_of_answer``): probes of follow-ups read what users get."""
    from answering.composed import turns_of_answer

    history = []
    answer = None
    for q in questions:
        answer = service.ask(q, history)
        history.extend(turns_of_answer(answer))
    return answer
