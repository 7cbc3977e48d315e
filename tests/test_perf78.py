"""perf78: ``planned_for`` reads its cheap test first (no year in the passage and no plan
heading above it: no plan) and gives the answer the full reading gave, on every paragraph of
real reports under review and plan headings, for several years and spelling sets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reportqa.text import _t2s, _traditional, to_simplified
from reportqa.types import ReportInfo
from retrieval import plan_clauses
from retrieval.dated_plans import dated_plan
from retrieval.plan_clauses import _dated_for, _named, planned_for
from retrieval.plan_items import plan_creation

DATA = Path(__file__).parent / "data"


def _before(text: str, section: str, info: ReportInfo, things) -> bool:
    """``planned_for`` as it read before perf78: every passage split and read."""
    said = to_simplified(text)
    groups = [tuple(s for s in group if s) for group in things]
    naming = [
        m.group() for m in plan_clauses._SENTENCES.finditer(said) if _named(m.group(), groups)
    ]
    if not naming:
        return dated_plan(said, section, info)
    return all(
        _dated_for(s, section, info, groups) or plan_creation(s, section, info, groups)
        for s in naming
    )


def _info(year: int | None) -> ReportInfo:
    return ReportInfo("r", "r.txt", "t", "青禾镇", "", "town", year, "h")


def _paragraphs() -> list[str]:
    """Every paragraph of the blind39 reports and the probe reports."""
    out = []
    for f in sorted([*DATA.glob("blind39/web_real/*.txt"), *DATA.glob("probe_reports_*/*.txt")]):
        out += [p for p in f.read_text(encoding="utf-8").split("\n") if p.strip()]
    return out


SECTIONS = ["一、2021年工作开展情况 > （一）强化普法", "三、下一步工作打算", "二、2022年工作安排"]
THINGS = [[("法律顾问",)], [("法律明白人", "法治带头人"), ("培育",)], [("普法",)], [("建成",)]]


def test_same_answer_as_before_on_every_paragraph() -> None:
    paragraphs = _paragraphs()
    assert len(paragraphs) > 1000
    for text in paragraphs:
        for section in SECTIONS:
            for year in (2021, None):
                info = _info(year)
                for things in THINGS:
                    got = planned_for(text, section, info, things)
                    assert got is _before(text, section, info, things), (text, section, year)


@pytest.mark.parametrize(
    ("text", "section", "expected"),
    [
        # under a review heading, no year: never a plan (the cheap test answers)
        ("一是计划建成村级法治广场3个；", "一、工作开展情况", False),
        # the same item under the plan part's heading: a plan to create, as before
        ("一是计划建成村级法治广场3个；", "三、下一步工作打算", True),
        # a later year dates it wherever it stands
        ("争取2022年建成村级法治广场3个。", "一、工作开展情况", True),
        ("2020年建成村级法治广场3个。", "一、工作开展情况", False),
    ],
)
def test_plans_read_as_before(text: str, section: str, expected: bool) -> None:
    things = [("法治广场",)]
    got = planned_for(text, section, _info(2021), things)
    assert got is expected is _before(text, section, _info(2021), things)


def test_no_sentence_read_without_a_year_or_a_plan_heading(monkeypatch) -> None:
    calls = []
    naming = plan_clauses._naming  # (perf82: the sentences are found by ``_naming``)
    monkeypatch.setattr(plan_clauses, "_naming", lambda *a: calls.append(a) or naming(*a))
    assert not planned_for(
        "深化普法宣传，建成法治文化公园。", "一、工作开展情况", _info(2021), [("公园",)]
    )
    assert calls == []
    planned_for(
        "深化普法宣传，争取2022年建成法治文化公园。", "一、工作开展情况", _info(2021), [("公园",)]
    )
    assert calls


def test_simplifying_makes_no_year_digits() -> None:
    """The cheap test reads the simplified passage; the sentences are simplified again further
    on, which must not bring a year in: no traditional character converts to a digit."""
    chars = re.findall(r"[^\[\]\\]", _traditional().pattern)
    assert len(chars) > 1000
    assert not any(re.search(r"\d", _t2s().convert(c)) for c in chars)
