"""Review of round 43: lures the round's rules answered, over four invented reports
(``tests/data/probe_reports_review43``: 柳湾县, which led the 镇街综合行政执法改革, and three towns).

- a township level noun that owns a report or a deed before a reform (「乡镇报告提到…改革」
  「乡镇一级推进…改革」) scopes the question to township reports; only a level noun joined to
  the reform by a run of nouns names what it reshapes (``retrieval.reformed_levels``);
- 「共同的地方」 asks what reports have in common, never which share a parent
  (``answering.shared_parent``);
- 「怎么提升的」「怎样提高」 ask how, a section's items; only 怎么写/说, 怎么表述, 怎么提的 ask the
  wording (``answering.section_items.LIST_QUESTION``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.section_items import LIST_QUESTION
from cli.main import main

REPORTS = Path(__file__).parent / "data" / "probe_reports_review43"


@pytest.fixture
def ask(tmp_path, monkeypatch, capsys):
    """A fresh library of the four reports; ``ask(q)`` is what ``reportqa ask q`` prints."""
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "d"))
    assert main(["ingest", str(REPORTS)]) == 0

    def run(question: str) -> str:
        capsys.readouterr()
        main(["ask", question])
        return capsys.readouterr().out

    return run


@pytest.mark.parametrize(
    "question", ["乡镇报告提到综合行政执法改革的有哪些", "乡镇一级推进综合行政执法改革的有哪几个"]
)
def test_a_level_noun_owning_the_deed_scopes_township_reports(ask, question):
    out = ask(question)
    assert "青石镇" in out
    assert "**柳湾县**" not in out


def test_a_level_noun_naming_the_reform_is_no_scope(ask):  # must-not: which43 kept
    out = ask("镇街综合行政执法改革有哪些报告提到")
    assert "**柳湾县**" in out and "**青石镇**" in out


@pytest.mark.parametrize("question", ["这几份报告有没有共同的地方", "各报告之间有什么共同的地方"])
def test_what_reports_have_in_common_is_no_shared_parent(ask, question):
    assert "同属一个上级" not in ask(question)
    assert "上级单位下各有" not in ask(question)


def test_a_shared_place_is_still_a_shared_parent(ask):  # must-not: meta43 kept
    out = ask("哪些报告同属一个县")
    assert "同属一个上级" in out or "上级单位下各有" in out


@pytest.mark.parametrize(
    ("question", "listed"),
    [
        ("依法行政水平是怎么提升的", True),
        ("执法质量是怎样提高的", True),
        ("这一条原句怎么写的", False),  # must-not: ans43's wording
        ("这项工作报告里是怎么提的", False),
        ("这个说法怎么表述的", False),
    ],
)
def test_how_a_thing_was_raised_asks_the_items(question, listed):
    assert bool(LIST_QUESTION.search(question)) is listed
