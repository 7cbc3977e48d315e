"""Round meta40: a district named only by its renewal slogan, a cut page dated by its plan,
and 权责清单 read where a report writes the two lists it joins (``retrieval/synonyms.txt``).

Six invented reports (``tests/data/probe_reports_meta40``), ingested by the CLI:

- a1 (addressed to 九江市, 「我区」, 「建设现代化美丽新濂溪」) and a2 (to 衢州市, 「奋力打造幸福新柯城」)
  never write their full names: the renewal slogan names the district, a place the gazetteer
  knows under the city the report is addressed to (濂溪区, 柯城区; their cities above).
- n1 (to 九江市, 「建设美丽新江北」): 江北区 lies in 宁波 and 重庆, neither named, so no unit.
- y1 lost its year's digits (「年，我区…」); the one yearly plan it says it issued
  (《浔阳区2021年法治政府建设工作要点》) dates it 2021; the span of 《…实施方案（2021—2025年）》
  dates nothing; y3 (「县政府制定了《修水县2020年度依法行政工作计划》」) is 2020. y2 names
  plans of two years (2021 and 2022): no year.
"""

from __future__ import annotations

import json
from pathlib import Path

from cli.main import main
from tests.probe_kit import ingest_and_eval

REPORTS = Path(__file__).parent / "data" / "probe_reports_meta40"


def test_meta40_units_and_years(tmp_path, monkeypatch, capsys):
    # int39 (96a8a79): a1 a2 y1 y3 unit/year unread (4 of 6 rows wrong); branch: all six right
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "d"))
    assert main(["ingest", str(REPORTS)]) == 0
    capsys.readouterr()
    assert main(["reports", "--json"]) == 0
    got = {
        r["source"]: (r["unit"], r["parent"], r["year"])
        for r in json.loads(capsys.readouterr().out)
    }
    assert got["a1.txt"] == ("濂溪区", "九江市", 2023)
    assert got["a2.txt"] == ("柯城区", "衢州市", 2022)
    assert got["n1.txt"][0] != "江北区"
    assert got["y1.txt"][0] == "浔阳区" and got["y1.txt"][2] == 2021
    assert got["y3.txt"][0] == "修水县" and got["y3.txt"][2] == 2020
    assert got["y2.txt"][2] is None


PROBES = Path(__file__).parent / "data" / "probes_meta40.jsonl"
LISTS = Path(__file__).parent / "data" / "probe_reports_meta40q"


def test_meta40_power_and_duty_lists(tmp_path, monkeypatch, capsys):
    """权责清单 is the joint name of the 权力清单 and 责任清单 a government publishes: a report
    writes either name. 青禾镇 (权力清单和责任清单) and 柳溪县 (权力清单、责任清单) answer; 白鹭县's
    主体责任清单 (the party's own list of duties) does not, and a follow-up keeping the
    townships of that answer keeps 青禾镇."""
    # int39 (96a8a79): which 0.00 (q1 q2 q3 all empty); branch 1.00
    ingest_and_eval(monkeypatch, capsys, tmp_path / "d", [LISTS], PROBES, ["--min-f1", "1.0"])
