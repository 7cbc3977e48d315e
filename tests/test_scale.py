"""A library past SQLite's 32 766 bound variables still ingests, answers, prunes and updates.

Chroma turns an unbounded ``get`` into one SQL statement with a variable per record, so a
library of ~700 ordinary reports once crashed ``ingest``, ``--prune`` and ``ask``. Small
chunks make the synthetic corpus reach 40 000 chunks (a quarter over the bound) with 720
reports drawn from the bundled seeds only — not from ``../shared``, which a clean clone may lack
(with it the same count held 41 000 chunks, without it 28 500: under the bound, so the test
tested nothing there); everything runs through the real CLI in child processes.
"""

from __future__ import annotations

import os

from bench.synth import SEED_CORPUS, generate
from tests.cli_support import run_cli_json

_LIMIT = 32_766
_N = 720


def _cli(env: dict, *args: str) -> dict | list:
    return run_cli_json(env, *args, "--json", timeout=900)


def test_a_40k_chunk_library_ingests_answers_prunes_and_updates(tmp_path):
    truth = generate(tmp_path / "reports", _N, seed=13, sources=(SEED_CORPUS,))
    env = {
        **os.environ,
        "REPORTQA_DATA_DIR": str(tmp_path / "data"),
        "REPORTQA_CHUNK_MAX_CHARS": "80",
        "REPORTQA_CHUNK_MIN_CHARS": "20",
    }
    first = _cli(env, "ingest", str(tmp_path / "reports"))
    assert first["added"] == _N and not first["failed"]
    listed = _cli(env, "reports")
    total = sum(r["chunks"] for r in listed)
    assert total >= 40_000 > _LIMIT

    topic = truth.topics["legal_adviser"]
    answer = _cli(env, "ask", topic.question)
    assert set(answer["townships"]) == set(topic.townships)

    gone = truth.reports[:3]
    for r in gone:
        (tmp_path / "reports" / r.file).unlink()
    changed = truth.reports[3]
    path = tmp_path / "reports" / changed.file
    path.write_text(path.read_text("utf-8") + "\n全年新增普法志愿者一百名。\n", "utf-8")
    again = _cli(env, "ingest", "--prune", str(tmp_path / "reports"))
    assert (again["removed"], again["updated"], again["added"]) == (3, 1, 0)
    assert again["skipped"] == _N - 4 and not again["failed"]
    assert len(again["reports"]) == _N - 3

    fact = _cli(env, "ask", f"{changed.township}新增了多少名普法志愿者？")
    assert any("普法志愿者一百名" in c["quote"] for c in fact["citations"])
