"""Each metadata rule on reports made up for it (tests/data/probes_meta/: invented units such
as 白鹭镇/青禾县, and real but unused ones where the gazetteer is the point), plus the CLI
contract of the metadata model. Every probe must be right on unit, parent, level and year."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli.main import main
from ingest.clean import clean_text
from ingest.meta_eval import evaluate, read_gold, score_row
from ingest.metadata import extract

PROBES = Path(__file__).parent / "data" / "probes_meta"
GOLD = read_gold(PROBES / "meta_gold.jsonl")


@pytest.mark.parametrize("gold", GOLD, ids=[g["source"] for g in GOLD])
def test_probe(gold):
    ex = extract(clean_text((PROBES / gold["source"]).read_text(encoding="utf-8")), gold["source"])
    right = score_row(gold, ex.unit, ex.parent, ex.level, ex.year)
    assert right["all"], (ex.unit, ex.parent, ex.level, ex.year, ex.sources)


def test_publication_dates_and_chrome_never_become_the_year_or_title():
    ex = extract(clean_text((PROBES / "p04_portal_list.txt").read_text(encoding="utf-8")), "x.txt")
    assert ex.year == 2023 and ex.title == "白鹭镇2023年度法治政府建设情况报告"
    assert ex.sources["unit"].origin == "title" and ex.sources["parent"].origin == "text"


def test_inferred_parent_says_so_and_is_unsure():
    ex = extract("齐云山镇2024年法治政府建设年度报告\n2024年，齐云山镇依法行政。", "x.txt")
    assert ex.parent == "休宁县" and ex.sources["parent"].origin == "gazetteer"
    assert ex.sources["parent"].confidence < 0.9


def test_eval_metadata_prints_accuracy_and_enforces_floors(tmp_path, capsys):
    assert main(["eval-metadata", str(PROBES / "meta_gold.jsonl"), "--min", "all=1.0"]) == 0
    out = capsys.readouterr().out
    assert "unit+year 1.00" in out and "all 1.00" in out
    wrong = tmp_path / "gold.jsonl"
    row = dict(GOLD[0], unit=["别的镇"], source=str((PROBES / GOLD[0]["source"]).resolve()))
    wrong.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["eval-metadata", str(wrong), "--min", "unit=0.5", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["accuracy"]["unit"] == 0.0 and report["below_floor"] == ["unit"]
    assert report["misses"][0]["wrong"] == ["unit"]
    assert evaluate(PROBES / "meta_gold.jsonl").accuracy("unit+year") == 1.0


def test_reports_lists_the_model_and_marks_unsure_fields(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("p04_portal_list.txt", "p03_generic_subject.txt"):
        (folder / name).write_text((PROBES / name).read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "data"))
    assert main(["ingest", str(folder)]) == 0
    capsys.readouterr()
    assert main(["reports", "--json"]) == 0
    rows = {r["source"]: r for r in json.loads(capsys.readouterr().out)}
    portal = rows["p04_portal_list.txt"]
    assert (portal["unit"], portal["parent"], portal["level"], portal["year"]) == (
        "白鹭镇",
        "青禾县",
        "乡镇",
        2023,
    )
    assert (portal["township"], portal["county"]) == ("白鹭镇", "青禾县")  # old names kept
    assert portal["sources"]["unit"]["from"] == "title" and portal["unsure"] == []
    assert "unit" in rows["p03_generic_subject.txt"]["unsure"]  # no unit found: ask the user
    assert main(["reports"]) == 0
    listing = capsys.readouterr().out
    assert "?（待确认）" in listing and "白鹭镇\t青禾县\t乡镇\t2023\t" in listing


def test_sidecar_unit_column_wins_and_is_marked(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "reports"
    folder.mkdir()
    src = PROBES / "p03_generic_subject.txt"
    (folder / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "metadata.csv").write_text(f"file,unit,parent\n{src.name},黄柏镇,青禾县\n")
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "data"))
    assert main(["ingest", str(folder)]) == 0
    capsys.readouterr()
    assert main(["reports", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["unit"], row["parent"], row["sources"]["unit"]["from"]) == (
        "黄柏镇",
        "青禾县",
        "sidecar",
    )
    assert row["level"] == "乡镇" and not {"unit", "parent", "level"} & set(row["unsure"])


def test_bar_split_header_is_furniture_only_with_a_section_site_or_organ_and_title():
    from ingest.page_chrome import _header_cells

    assert _header_cells("青禾县人民政府 | 政府信息公开专栏") == [("publisher", "青禾县人民政府")]
    assert _header_cells("白鹭镇2023年度工作报告｜青禾县人民政府") == [
        ("publisher", "青禾县人民政府"),
        ("title", "白鹭镇2023年度工作报告"),
    ]
    assert _header_cells("无障碍 | 长者模式") == []  # a tool bar: is_nav's job, not a header
    assert _header_cells("序号 | 事项 | 数量") == []  # a table row
    assert _header_cells("全年调解纠纷 | 共计56件，成功率98%。") == []  # prose
