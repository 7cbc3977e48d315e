"""Round cat37: a category noun the question asks by (机构, 称号, 文件) is met by its members as
reports write them (``retrieval.category_heads``; 拿了…称号 in ``retrieval.honours``), and
「依法治县（区、市）委员会」 names one body per level, its 全面 optional
(``retrieval.level_variants``). Made-up reports in ``tests/data/probe_reports_cat37``.

c1–c5 and d1, d2 failed before (机构, 称号, 文件 required as written; only 依法治县 searched,
全面 required); c6 (机构改革, a fixed term), d3 (no bracket: the county level only) and d2's
苜溪乡 (依法治乡委员会: a level the bracket does not list) are the must-nots.
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_cat37_categories_and_level_variants(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_cat37"],
        DATA / "probes_cat37.jsonl",
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-compare", "1.0"],
    )
    # what each answer lists, without its 「未提及」 line
    listed = {q["id"]: q["answer"].split("未提及")[0] for q in result["questions"]}
    assert "青禾镇" not in listed["c6"]  # must-not: 机构改革 is no body
    assert "苜溪乡" not in listed["d2"]  # must-not: 乡 is not among the levels listed
    assert "东郊市" not in listed["d3"]  # must-not: no bracket, no other level
