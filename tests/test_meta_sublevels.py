"""Round meta5: reports that barely name themselves, and questions that split the 乡镇 level.

``probes_meta/`` p70–p82 hold the reports (a county-level city named only in the title of its
own plan, a level read from an unnamed subject, a 街道 named only in passing, and one that must
not match per category). ``probes_meta5.jsonl`` asks the invented library
``probe_reports_meta5`` (乡, 民族乡, 苏木, 镇, 街道 and a county) for one sub-level, with
不算/除外/不包括 leaving some out, through the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.sublevels import asked_kinds, kind_of
from reportqa.types import ReportInfo
from tests.probe_kit import ingest_and_eval, misses

DATA = Path(__file__).parent / "data"


def test_sub_level_questions_are_answered_from_metadata(tmp_path, monkeypatch, capsys):
    floors = ["--min-f1", "1.0"]
    reports = [DATA / "probe_reports_meta5"]
    probes = DATA / "probes_meta5.jsonl"
    result = ingest_and_eval(monkeypatch, capsys, tmp_path / "d", reports, probes, floors)
    assert not misses(result), misses(result)


@pytest.mark.parametrize(
    ("q", "kinds"),
    [
        ("哪些是乡的报告，镇和街道不算", {"乡"}),
        ("只看街道的", {"街道"}),
        ("是乡不是镇的有哪些？", {"乡"}),
        ("有几个是乡（不是镇）的？", {"乡"}),
        ("镇一级的有几份", {"镇"}),
        ("乡镇的报告，街道除外", {"乡", "镇"}),
        ("乡镇的报告有哪些", None),  # the whole level: nothing split
        ("哪些乡镇开展了法律进村活动", None),
        ("城乡一体化的报告有哪些", None),
    ],
)
def test_a_question_names_the_sub_levels_it_keeps(q, kinds):
    assert asked_kinds(q) == (frozenset(kinds) if kinds is not None else None)


@pytest.mark.parametrize(
    ("unit", "level", "kind"),
    [
        ("巴彦苏木", "乡镇", "乡"),
        ("龙坪瑶族乡", "乡镇", "乡"),
        ("白鹭镇", "乡镇", "镇"),
        ("望川街道", "乡镇", "街道"),
        ("", "乡镇", ""),  # an unknown unit is listed under no kind
        ("澄岭县", "区县", "区县"),
    ],
)
def test_the_kind_comes_from_the_units_own_suffix(unit, level, kind):
    assert kind_of(ReportInfo("r", "r.txt", "", unit, "", level, 2023, "h")) == kind
