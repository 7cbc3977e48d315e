"""Stop 24: 「哪些乡镇没有…」 asks which units show no sign of the thing, so a unit whose report
is silent on it is one of the answer's units (``Verdict.UNSHOWN``), named apart from those
whose report says it was not done and never quoted as a statement; a negated *outcome*
(没有通过, 未能完成) presupposes the attempt, and there silence answers nothing.

Over the invented 青禾县 reports of round polarity24 (``tests/data/probe_reports_polarity24``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.negated_which import absence_asked
from cli.main import main
from library.compose import build
from reportqa.answer import Answer
from reportqa.settings import Settings
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    return tmp_path_factory.mktemp("neg25") / "d"


def test_silent_units_answer_an_absence_and_not_an_outcome(library, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        library,
        [DATA / "probe_reports_polarity24"],
        DATA / "probes_neg25.jsonl",
        ["--min-f1", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    service = build(Settings(data_dir=library)).service
    got = service.ask("哪些乡镇没有开展矛盾纠纷调解")
    assert got.unshown == ("石坪镇", "梅岭乡") and not got.citations
    assert "未写到不等于没有做" in got.answer
    assert Answer.from_json(got.to_json()).unshown == got.unshown
    # the command line shows no empty 来源 heading when nothing is quoted
    capsys.readouterr()
    assert main(["ask", "哪些乡镇没有开展矛盾纠纷调解"]) == 0
    shown = capsys.readouterr().out
    assert "石坪镇、梅岭乡" in shown and "来源" not in shown
    failed = service.ask("哪些乡镇没有通过省级验收")
    assert not failed.unshown and failed.townships == ("石坪镇",)
    assert set(failed.not_mentioned) == {"梅岭乡", "竹溪镇", "河湾街道"}


@pytest.mark.parametrize(
    ("question", "absence"),
    [
        ("哪些乡镇没有开展宪法宣传", True),
        ("还没请法律顾问的单位都有谁", True),
        ("哪些镇尚未建立合法性审查机制", True),
        ("哪些乡镇未能通过验收", False),
        ("哪些街道没有完成普法任务", False),
        ("哪些乡镇没能获评示范村", False),
        ("哪些乡镇开展了宪法宣传", False),
    ],
)
def test_absence_is_asked_by_a_plain_negated_deed(question, absence):
    assert absence_asked(question) is absence
