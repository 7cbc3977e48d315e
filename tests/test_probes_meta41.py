"""Round meta41: untitled reports that speak as a level's government and name their own place
only as the owner of their documents, slogans and projects; a traditional-character page whose
field table ends each row with a bar.

Five invented reports (``tests/data/probe_reports_meta41``), ingested by the CLI:

- p1 (「市政府坚持…」) names 洛阳市 only as the issuer of its own plan (《洛阳市2023年…要点》) and
  the owner of its own platform (「“洛阳市涉企服务直通车”平台」): the prefecture 洛阳市.
- p2 (「县政府…」) names 沁县, a one-character county, only in its slogans (「平安沁县、法治沁县」),
  and two sister counties it visited in passing: the county 沁县.
- p3 is a mirror's traditional copy whose field table (索引號 | … | 成文日期 | … |) sits right
  above the opening sentence (「2022年,衢州市全面貫徹…」): the row's closing bar ends the line,
  so the opening is read (衢州市, 2022).
- n1 (市政府) learns from two other cities' plans (《洛阳市…》《开封市…》): a tie, no unit.
- n2 (县政府) names only 法治浙江, a province's campaign: no unit.
"""

from __future__ import annotations

import json
from pathlib import Path

from cli.main import main

REPORTS = Path(__file__).parent / "data" / "probe_reports_meta41"


def test_meta41_owned_places(tmp_path, monkeypatch, capsys):
    # int39 (3757535): p1 p2 p3 unit unread, p3 year unread (3 of 5 rows wrong); branch: all right
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "d"))
    assert main(["ingest", str(REPORTS)]) == 0
    capsys.readouterr()
    assert main(["reports", "--json"]) == 0
    got = {
        r["source"]: (r["unit"], r["parent"], r["level"], r["year"])
        for r in json.loads(capsys.readouterr().out)
    }
    assert got["p1.txt"] == ("洛阳市", "河南省", "地市", 2023)
    assert got["p2.txt"] == ("沁县", "长治市", "区县", 2022)
    assert got["p3.txt"][0] == "衢州市" and got["p3.txt"][3] == 2022
    assert got["n1.txt"][0] in ("", None)
    assert got["n2.txt"][0] in ("", None)
