"""Round coord32: a province or city said right before a county is the county's address
(``answering.region_scope._county_address``; made-up streets under real districts in
``tests/data/probe_reports_coord32``).

People place a unit from large to small (北京市朝阳区, 浙江杭州的上城区). When the county is a
parent the library knows, the region before it scopes nothing more and must leave the need: it
read 「北京市法律顾问」 and no report said that. ad1, ad2, ad3 need it; ad4 (a city after the
county, 学习了杭州市的经验) must keep the city in the need and find nothing.
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_coord32_county_address(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_coord32"],
        DATA / "probes_coord32.jsonl",
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    by_id = {q["id"]: q for q in result["questions"]}
    assert "杭州" in by_id["ad4"]["answer"]  # must-not: the city after the county stays asked
