"""Round meta64: report metadata read from the report's own frame, and questions about the
reports themselves (``probes_meta64.jsonl`` over ``tests/data/probe_reports_meta64``).

- A work report's year is the one its review heading names, or the year before the one its
  task heading plans (「三、2016年工作安排」 → 2015), never a figure's base year in the body
  (m1: 「从2010年的…」); a term report's delivery year is its five-year plan's first (m5).
- 「做2016年工作安排的报告」 picks reports by the year they plan (pl1–pl3; pl4 none; rv3 the
  reverse: reviewing 2016 is not planning it); 「回顾17年工作」 is a calendar year (rv1, rv2).
- 「不是乡镇的、县区一级的」: two descriptions, one left out (lv1, lv2); 「不算乡的、街道的，」 leaves
  both out (lv3); a year narrows the last list (lv4).
- The session caption 「区长周明远作政府工作报告」 names who read it (sp1, sp2); 「李克强总理视察」
  or 「市长在会上作…」 names nobody (sp3).
- A numbered attachment line is the glossary (gl1); a sentence about 名词 is not.
"""

from __future__ import annotations

from pathlib import Path

from cli.main import main
from ingest.term_review import term_year
from tests.probe_kit import asked, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_meta64.jsonl"
REPORTS = DATA / "probe_reports_meta64"


def test_meta64_metadata():
    # main (006c5c18): year 0.60 (m1 2010, m5 2019); branch 1.00
    gold = REPORTS / "meta_gold.jsonl"
    assert main(["eval-metadata", str(gold), "--dir", str(REPORTS), "--min", "year=1.0"]) == 0


def test_meta64_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [REPORTS],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])
    for item, ans in asked(tmp_path / "d", PROBES):
        if item["id"] == "sp3":  # the organ only: no person invented from the body
            assert "，由" not in ans.answer and "李克强" not in ans.answer


def test_meta64_term_long_range_goal():
    """review64: a term report whose only repeated target is the long-range one (到2035年 twice)
    gets no year from it — the term plan repeats its own end year, a 远景 goal is said rarely."""
    text = (
        "各位代表：\n现在，我代表枫林区人民政府，向大会报告政府工作，请予审议。\n"
        "一、本届政府工作回顾\n过去五年，我们新增高新技术企业120家。\n"
        "二、今后五年政府工作安排\n到2035年，基本建成现代化城区。"
        "到2035年，人均地区生产总值达到中等发达国家水平。到2025年，新建学校20所。\n"
    )
    assert term_year(text, text) is None
