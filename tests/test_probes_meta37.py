"""Round meta37: a one-character county's committee (X县县委); a copy site's heading above the
report's own title.

A county whose name is one character + 县 writes its organs with the kind again: 「中共岑县县委」,
「苜县县政府」 — the second 县 belongs to the organ, so the unit is 岑县, never 岑县县
(``ingest.organ_units``). A template or copy site may put its own heading
(「镇 2024 年工作总结」) above the report's title (「镇2021年法治政府建设工作总结」); the opening
sentence (「2021年，我镇…」) says which title is the report's, and that title dates and names it
(``ingest.meta_year.own_title``). Made-up pages in ``tests/data/probe_reports_meta37``:
a1 a2 (failed before: 岑县县, 苜县县), must-not a3 (「中共青禾县委」, no doubled kind: 青禾县);
h1 h2 (failed before: 2024, 2023), must-not h3 (one title 2022 over a body opening
「2021年以来…」 stays 2022).
"""

from __future__ import annotations

from pathlib import Path

from cli.main import main
from ingest.metadata import extract

DATA = Path(__file__).parent / "data" / "probe_reports_meta37"


def _read(name: str):
    return extract((DATA / name).read_text(encoding="utf-8"), name)


def test_meta37_pages_read_right(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path))
    capsys.readouterr()
    assert main(["eval-metadata", str(DATA / "meta_gold.jsonl"), "--min", "all=1.0"]) == 0


def test_county_committee_written_with_its_kind_again():
    assert _read("a1.txt").unit == "岑县"
    assert _read("a2.txt").unit == "苜县"
    assert _read("a3.txt").unit == "青禾县"  # must-not: 青禾县委 holds no doubled kind


def test_doubled_kind_only_before_an_organ():
    from ingest.organ_units import organ_units

    assert organ_units("中共岑县县委 岑县人民政府关于2023年法治政府建设情况的报告") == {
        "county": "岑县"
    }
    assert organ_units("苜县县政府关于2022年度工作情况的报告") == {"county": "苜县"}
    assert organ_units("中共青禾县委 青禾县人民政府关于…") == {"county": "青禾县"}


def test_copy_site_heading_neither_dates_nor_titles_the_report():
    h1, h2 = _read("h1.txt"), _read("h2.txt")
    assert (h1.year, h1.title) == (2021, "镇2021年法治政府建设工作总结")
    assert (h2.year, h2.title) == (2020, "区2020年度法治政府建设情况报告")
    h3 = _read("h3.txt")  # must-not: one title; the body's 「2021年以来」 is no second title
    assert (h3.year, h3.title) == (2022, "白鹭镇2022年法治政府建设工作报告")


def test_year_answer_quotes_the_reports_own_title(tmp_path, monkeypatch, capsys):
    """The year answer quotes the title that states it (main quoted 「镇2024年工作总结」 for a
    report of 2021)."""
    from library.compose import build
    from reportqa.answer_markdown import markdown
    from reportqa.settings import Settings

    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path))
    assert main(["ingest", str(DATA)]) == 0
    service = build(Settings(data_dir=tmp_path)).service
    listed = markdown(service.ask("哪些报告是2021年的"))
    assert "镇2021年法治政府建设工作总结" in listed and "2024" not in listed
    counties = markdown(service.ask("有哪些县的报告"))
    assert "**岑县**" in counties and "**苜县**" in counties and "**岑县县**" not in counties
