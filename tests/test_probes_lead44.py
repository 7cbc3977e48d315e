"""Probes of the lead's merge fix in stop 44 (made-up reports of diag47c).

diag47c made 「那两个县」「这三个乡镇」 (a demonstrative with a count of units) a comparison, a row
each; the dev row 「新疆那两个县，谁把法治建设纳入了绩效考核？」 then became a table. 谁 before
a deed picks among the units pointed at, as 哪些 does: a which-question. Must-not: 谁更/谁最
asks each unit's value (a comparison), and a count of units with no pick stays a comparison.
int44 before the fix: both 谁 questions read as compare (2 of 4 kind checks fail); the e2e set
scores 1.00 either way (a table over the right units), so the kind checks are the probe.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportqa.answer import Kind
from retrieval.question_kind import question_kind
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_lead44_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_diag47c"],
        DATA / "probes_lead44.jsonl",
        ["--min-f1", "1.0"],
    )
    assert result["overall"]["which_f1"] == 1.0


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("青溪县这三个乡镇，谁梳理了权责清单？", Kind.WHICH),
        ("那两个县里谁把法治建设纳入了绩效考核", Kind.WHICH),
        ("青溪县那两个镇，谁梳理的权责清单更多？", Kind.COMPARE),  # must-not: 更 asks values
        ("青溪县那三个乡镇，权责清单各梳理了多少？", Kind.COMPARE),  # no pick: a row each
    ],
)
def test_who_among_the_units_pointed_at(question, kind):
    assert question_kind(question, []) == kind
