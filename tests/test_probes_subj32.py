"""Coordinator, stop 32: units the opening sentence names as winners of an honour are the
writer's, not the writer (``ingest.honour_clauses``; made-up openings naming real places in
``tests/data/probe_reports_subj32``).

h1 (a city: 「…,夷陵区、小溪塔街道获评全省法治政府建设示范单位」) and h2 (a county: 「…,妙高街道被命名
为…」) were read as the honoured street; h3 (「2023年,白塔镇荣获全省法治乡镇示范称号」: the honour
clause is the first to name a unit, so the winner is the writer) must stay the town.
"""

from __future__ import annotations

from pathlib import Path

from cli.main import main
from ingest.honour_clauses import without_honoured

REPORTS = Path(__file__).parent / "data" / "probe_reports_subj32"


def test_subj32_pages_read_right(capsys):
    capsys.readouterr()
    assert main(["eval-metadata", str(REPORTS / "meta_gold.jsonl"), "--min", "all=1.0"]) == 0


def test_honour_clause_blanked_only_after_a_named_unit():
    def names(clause: str) -> bool:
        return any(n in clause for n in ("宜昌市", "夷陵区", "白塔镇"))

    city = "2022年,宜昌市深入推进法治建设,夷陵区获评全省示范单位"
    kept = without_honoured(city, names)
    assert "宜昌市" in kept and "夷陵区" not in kept and len(kept) == len(city)
    town = "2023年,白塔镇荣获全省法治乡镇示范称号,全镇上下深入推进"
    assert without_honoured(town, names) == town  # must-not: the first named is the winner
