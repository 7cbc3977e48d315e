"""Ingest on the real seeds: metadata, exact spans, idempotence, replacement, bad files."""

from __future__ import annotations

import json
import shutil
import zipfile

import docx
import pytest

from cli.main import main
from library import build
from retrieval.catalog import Catalog
from tests.conftest import SEEDS


def _by_source(lib: Catalog):
    return {i.source: i for i in lib.reports()}


def test_seed_reports_get_metadata_and_exact_spans(settings, corpus_copy):
    app = build(settings)
    lib = app.catalog
    result = app.shelf.add([corpus_copy])
    assert (result.added, result.failed) == (5, [])
    infos = _by_source(lib)
    for name, (town, county, year) in SEEDS.items():
        info = infos[name]
        assert (info.township, info.county, info.year, info.level) == (town, county, year, "乡镇")
        assert info.chunks > 3
    for chunk in lib.chunks:
        text = lib.report_text(chunk.report_id)
        assert text[chunk.start : chunk.end] == chunk.text
    tokens = list(lib.tokens.tokens_for(lib.chunks, lambda _: []))  # [] would mean uncached
    assert len(tokens) == len(lib.chunks) and all(tokens)
    [chunk] = [c for c in lib.chunks if "雷磊" in c.text]
    assert chunk.section == (
        "一、2023年度推进法治政府建设的主要举措和成效 > （四）推进行政决策科学化民主化法治化方面"
    )


def test_reingest_is_a_noop_and_a_changed_file_replaces_its_chunks(settings, corpus_copy):
    app = build(settings)
    lib = app.catalog
    app.shelf.add([corpus_copy])
    before = {c.id for c in lib.chunks}
    again = app.shelf.add([corpus_copy])
    assert (again.added, again.updated, again.skipped) == (0, 0, 5)
    assert {c.id for c in lib.chunks} == before

    target = corpus_copy / "002_30bf7c57dd8ee9d1.txt"
    target.write_text(
        target.read_text(encoding="utf-8").replace("调解成功238件", "调解成功239件"),
        encoding="utf-8",
    )
    changed = app.shelf.add([corpus_copy])
    assert (changed.updated, changed.skipped) == (1, 4)
    texts = [c.text for c in lib.chunks if c.info.source == target.name]
    assert any("调解成功239件" in t for t in texts)
    assert not any("调解成功238件" in t for t in texts)
    assert lib.store.count_chunks() == len(lib.chunks)  # old chunks are gone from Chroma too


def test_prune_drops_reports_whose_files_are_gone(settings, corpus_copy):
    app = build(settings)
    lib = app.catalog
    app.shelf.add([corpus_copy])
    (corpus_copy / "003_fb4fb1fb4ee4856e.txt").unlink()
    kept = app.shelf.add([corpus_copy])
    assert kept.removed == 0 and len(lib.reports()) == 5
    pruned = app.shelf.add([corpus_copy], prune=True)
    assert pruned.removed == 1
    assert "左岚乡" not in {i.township for i in lib.reports()}
    assert not any(c.info.township == "左岚乡" for c in lib.chunks)
    assert lib.store.count_chunks() == len(lib.chunks)


def test_bad_files_are_reported_and_the_batch_goes_on(settings, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    from tests.conftest import CORPUS

    text = (CORPUS / sorted(SEEDS)[2]).read_text(encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "gbk.txt").write_bytes(text.encode("gb18030"))
    (folder / "utf16.txt").write_bytes(
        (CORPUS / sorted(SEEDS)[3]).read_text(encoding="utf-8").encode("utf-16")
    )
    d = docx.Document()
    for para in (CORPUS / sorted(SEEDS)[0]).read_text(encoding="utf-8").splitlines():
        d.add_paragraph(para)
    d.save(folder / "good.docx")
    whole = (folder / "good.docx").read_bytes()
    (folder / "truncated.docx").write_bytes(whole[: len(whole) // 2])
    result = build(settings).shelf.add([folder])
    failed = {json.dumps(f, ensure_ascii=False) for f in result.failed}
    assert {f["source"].rsplit("/", 1)[-1] for f in result.failed} == {
        "empty.txt",
        "binary.txt",
        "truncated.docx",
    }, failed
    assert all(f["error"] for f in result.failed)
    towns = {r.township for r in result.reports}
    assert towns == {"峡口镇", "左岚乡", "辛集乡"}
    assert zipfile.is_zipfile(folder / "good.docx")


def test_same_report_under_two_names_is_a_duplicate(settings, tmp_path):
    from tests.conftest import CORPUS

    folder = tmp_path / "dups"
    folder.mkdir()
    shutil.copy(CORPUS / "000_a56d498a3fc7f791.txt", folder / "a.txt")
    shutil.copy(CORPUS / "000_a56d498a3fc7f791.txt", folder / "b 副本 (1).txt")
    result = build(settings).shelf.add([folder])
    assert result.added == 1
    assert [d["duplicate_of"] for d in result.duplicates] == ["a.txt"]


def test_sidecar_overrides_extracted_metadata(settings, corpus_copy):
    (corpus_copy / "metadata.csv").write_text(
        "file,township,county,year\n004_43a8054b3d808e27.txt,云乐镇,宣城市旌德县,2023\n",
        encoding="utf-8",
    )
    app = build(settings)
    lib = app.catalog
    app.shelf.add([corpus_copy])
    assert _by_source(lib)["004_43a8054b3d808e27.txt"].county == "宣城市旌德县"
    (corpus_copy / "metadata.csv").write_text(
        "file,year\n004_43a8054b3d808e27.txt,2022\n", encoding="utf-8"
    )
    again = app.shelf.add([corpus_copy])
    assert again.added == again.updated == 0
    info = _by_source(lib)["004_43a8054b3d808e27.txt"]
    assert (info.year, info.county) == (2022, "旌德县")
    assert {c.info.year for c in lib.chunks if c.report_id == info.report_id} == {2022}


def test_cli_ingest_and_reports_json(tmp_path, capsys, monkeypatch, corpus_copy):
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "cli-data"))
    assert main(["ingest", str(corpus_copy), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["added"] == 5 and out["failed"] == []
    assert {r["township"] for r in out["reports"]} == {t for t, _, _ in SEEDS.values()}
    assert set(out["reports"][0]) >= {
        "report_id",
        "source",
        "title",
        "township",
        "county",
        "level",
        "year",
        "chunks",
    }
    assert main(["reports", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["report_id"] for r in listed] == [r["report_id"] for r in out["reports"]]
    assert main(["ingest", str(tmp_path / "nope")]) == 1
    assert "no such file" in capsys.readouterr().out


def test_a_report_with_missing_chunks_is_rewritten_not_skipped(settings, corpus_copy):
    app = build(settings)
    lib = app.catalog
    app.shelf.add([corpus_copy])
    victim = next(i for i in lib.reports() if i.township == "峡口镇")
    ids = [c.id for c in lib.chunks if c.report_id == victim.report_id]
    lib.store._chunks.delete(ids=ids[:3])  # damage, as a lost concurrent write would
    again = app.shelf.add([corpus_copy])
    assert again.updated == 1 and again.skipped == 4
    assert lib.store.count_chunks() == len(lib.chunks)
    assert sum(c.report_id == victim.report_id for c in lib.chunks) == victim.chunks


def _cli_ingest(folder, capsys) -> dict:
    """``reportqa ingest FOLDER --json`` in this process (the data dir is this test's)."""
    capsys.readouterr()
    assert main(["ingest", str(folder), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("encoding", ["gbk", "utf-16", "utf-8-sig"])
def test_sidecar_in_a_windows_encoding_is_read(corpus_copy, capsys, encoding):
    """Excel on Chinese Windows saves CSV as GBK (or UTF-16 as 'Unicode text')."""
    (corpus_copy / "metadata.csv").write_bytes(
        "file,township,county,title\n"
        "004_43a8054b3d808e27.txt,云乐镇,宣城市旌德县,云乐镇二〇二三年度法治政府建设工作报告\n"
        "003_fb4fb1fb4ee4856e.txt,左岚乡,重庆市城口县,\n".encode(encoding)
    )
    result = _cli_ingest(corpus_copy, capsys)
    assert result["added"] == 5 and result["failed"] == []
    by_source = {r["source"]: r for r in result["reports"]}
    assert by_source["004_43a8054b3d808e27.txt"]["county"] == "宣城市旌德县"
    assert by_source["004_43a8054b3d808e27.txt"]["title"].startswith("云乐镇二〇二三年度")
    assert by_source["003_fb4fb1fb4ee4856e.txt"]["county"] == "重庆市城口县"


def test_an_unreadable_sidecar_fails_alone(tmp_path, corpus_copy, capsys):
    (corpus_copy / "metadata.csv").write_bytes(bytes(range(256)) * 8)
    result = _cli_ingest(corpus_copy, capsys)
    assert result["added"] == 5
    [failed] = result["failed"]
    assert failed["source"].endswith("metadata.csv") and "UTF-8" in failed["error"]
    assert str(tmp_path) not in failed["error"]
