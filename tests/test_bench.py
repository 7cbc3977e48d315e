"""The synthetic corpus and ``reportqa bench``: deterministic, truthful, valid ingest input.

A benchmark is only worth its figures if the synthetic reports ingest like real ones and
their planted answers are exactly what fan-out should find, so both are checked on a real
ingest here. No timing thresholds: the machine decides those, the tests only the shape.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.run import _table
from bench.synth import FILE_PREFIX, SynthTruth, generate
from cli.main import main
from library import build
from reportqa.settings import Settings
from tests.conftest import SEEDS


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.txt"))}


def test_same_seed_gives_identical_files_and_truth(tmp_path):
    a, b = generate(tmp_path / "a", 25, seed=3), generate(tmp_path / "b", 25, seed=3)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert len(_files(tmp_path / "a")) == 25
    assert a == b and SynthTruth.from_json(json.loads(json.dumps(a.to_json()))) == a
    generate(tmp_path / "c", 25, seed=4)
    assert _files(tmp_path / "c") != _files(tmp_path / "a")


def test_regenerating_smaller_replaces_the_earlier_files(tmp_path):
    generate(tmp_path / "r", 12)
    generate(tmp_path / "r", 5)
    assert sorted(_files(tmp_path / "r")) == [f"{FILE_PREFIX}{i:05d}.txt" for i in range(5)]


def test_names_are_unique_and_never_seed_names(tmp_path):
    truth = generate(tmp_path / "n", 400)
    towns = [r.township for r in truth.reports]
    counties = {r.county for r in truth.reports}
    assert len(set(towns)) == len(towns)
    assert not counties & set(towns)
    seed_names = {t for t, _, _ in SEEDS.values()} | {c for _, c, _ in SEEDS.values()}
    cores = [n[:-1] for n in [*towns, *counties]]
    for seed in seed_names:
        assert not any(seed[:-1] in core or core in seed for core in cores), seed
    # no unit's core inside another's: 「那X镇呢」 must name exactly one unit
    for core in cores:
        assert sum(core in other for other in cores) == 1, core
    assert {r.year for r in truth.reports} <= {2021, 2022, 2023, 2024}


def test_planted_truth_matches_the_file_contents(tmp_path):
    truth = generate(tmp_path / "t", 120)
    texts = {r.township: (tmp_path / "t" / r.file).read_text("utf-8") for r in truth.reports}
    for topic in truth.topics.values():
        having = {town for town, text in texts.items() if topic.marker in text}
        assert having == topic.townships and having
    assert len(truth.topics["legal_adviser"].townships) == 36  # 30 % of 120
    assert 2 <= len(truth.topics["fengqiao"].townships) < 10
    assert len(truth.facts) == 6
    for fact in truth.facts:
        assert fact.township in fact.question and fact.expected in texts[fact.township]
    for r in truth.reports:
        assert texts[r.township].startswith(r.title.replace(" ", "\n"))


@pytest.fixture(scope="module")
def synth_library(tmp_path_factory):
    root = tmp_path_factory.mktemp("synth")
    truth = generate(root / "reports", 30, seed=11)
    app = build(Settings(data_dir=root / "data"))
    app.shelf.add([root / "reports"])
    return app, truth


def test_ingest_recovers_township_county_year_and_title(synth_library):
    app, truth = synth_library
    got = {i.source: i for i in app.shelf.reports()}
    assert len(got) == 30
    for r in truth.reports:
        info = got[r.file]
        assert (info.township, info.county, info.year, info.level) == (
            r.township,
            r.county,
            r.year,
            "乡镇",
        )
        assert info.title == r.title


def test_fan_out_returns_exactly_the_planted_townships(synth_library):
    app, truth = synth_library
    retriever, service = app.retriever, app.service
    for topic in truth.topics.values():
        evidence = retriever.fan_out(retriever.analyze(topic.question))
        assert {e.info.township for e in evidence if e.supported} == topic.townships
        assert set(service.ask(topic.question).townships) == topic.townships
    for fact in truth.facts:
        answer = service.ask(fact.question)
        assert answer.townships == (fact.township,)
        assert fact.expected in answer.citations[0].quote


def test_bench_json_on_the_bundled_and_a_small_synthetic_corpus(tmp_path, capsys):
    argv = ["bench", "--no-sz", "--reports", "20", "--repeat", "1", "--json"]
    assert main([*argv, "--keep", str(tmp_path / "bench")]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {"date", "machine", "chroma", "embedding_model", "corpora"} <= report.keys()
    bundled, synth = report["corpora"]
    assert (bundled["name"], bundled["reports"], synth["name"], synth["reports"]) == (
        "bundled",
        5,
        "synth-20",
        20,
    )
    for row in (bundled, synth):
        assert row["failed"] == 0 and row["chunks"] > 0
        for key in ("ingest_s", "reports_per_s", "mb_per_s", "peak_rss_mb", "index_mb"):
            assert isinstance(row[key], int | float) and row[key] > 0, key
        assert 0 < row["peak_rss_ingest_answer_mb"] <= row["peak_rss_mb"]
        # reopening and the web app's cold start run in processes of their own: real
        # processes that opened this library (their own peak, their own clock)
        assert row["reopen_s"] > 0 and row["reopen_rss_mb"] > 0
        start = row["app_cold_start"]
        assert 0 < start["prepare_s"] < start["wall_s"] and start["first_answer_ms"] > 0
        assert start["app_rss_mb"] > 0
        for key in ("search_ms", "fanout_ms", "answer_ms", "answer_cpu_ms"):
            assert row[key]["n"] > 0 and 0 < row[key]["p50"] <= row[key]["p95"], key
        assert row["answer_cpu_ms"]["n"] == row["answer_ms"]["n"]
        assert set(row["answer_ms_by_kind"]) == {"which", "compare", "fact", "followup"}
        assert {"chroma_write", "embed", "refresh", "read_clean_chunk"} <= row["phases_s"].keys()
    assert bundled["f1"] is None
    assert synth["f1"] == {"legal_adviser": 1.0, "fengqiao": 1.0}
    assert synth["fact_accuracy"] == 1.0
    table = _table(report["corpora"])  # what `reportqa bench` prints without --json
    assert table.startswith("| corpus | reports |") and "| synth-20 | 20 |" in table
