"""Probes of round meta48 (made-up reports under ``tests/data/probe_reports_meta48``): district
work reports that never spell their own name, and new areas (新区) the division list lacks.

- a work report delivered 「我代表区人民政府」 is a district's, never the city whose plans it
  cites (``ingest.meta_prefecture``), and names itself by its short name even when it never
  says 我区 (``ingest.short_self``);
- a 新区 led by 市委、市政府 has as parent the city it names, by its later district X区 or
  by the city's full name (``ingest.meta_parent``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.metadata import extract
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
REPORTS = DATA / "probe_reports_meta48"
PROBES = DATA / "probes_meta48.jsonl"


def _read(name: str):
    return extract((REPORTS / name).read_text(encoding="utf-8"), name)


def test_meta48_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [REPORTS / "d1.txt", REPORTS / "d2.txt", REPORTS / "n1.txt"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("name", "unit", "parent"),
    [("d1.txt", "斗门区", "珠海市"), ("d2.txt", "缙云县", "丽水市")],
)
def test_delegated_district_names_itself_by_short_name(name, unit, parent):
    got = _read(name)
    assert (got.unit, got.parent, got.level) == (unit, parent, "区县")


def test_city_report_naming_district_governments_is_the_city():
    got = _read("m1.txt")  # 「我代表市人民政府」 … 「督促各区人民政府落实」
    assert (got.unit, got.level) == ("珠海市", "地市")


@pytest.mark.parametrize(("name", "unit"), [("n1.txt", "金湾新区"), ("n2.txt", "鹤洲新区")])
def test_city_led_new_area_has_its_city_as_parent(name, unit):
    got = _read(name)
    assert (got.unit, got.parent, got.level) == (unit, "珠海市", "区县")


def test_province_led_new_area_gets_no_city_parent():
    got = _read("s1.txt")  # 「在省委、省政府的坚强领导下」, 长沙市 a partner named late
    assert (got.unit, got.parent) == ("湘云新区", "")
