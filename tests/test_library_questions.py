"""Questions about the library itself, answered from metadata with each report cited
(issue 15 item 4): streets, the county level, provinces (through the gazetteer or the text),
「它是哪个省的」 after a turn about one unit, and two-digit years.

``probes_meta3.jsonl`` asks about the invented library ``tests/data/probe_reports_meta3`` (web
pages with chrome, one traditional page, two county reports) through the real CLI; every
category has two paraphrases that must work and one question that must not be answered."""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup import Turn
from answering.metadata_qa import full_years
from answering.regions import places_asked, region_of
from ingest.gazetteer import gazetteer
from reportqa.settings import Settings
from reportqa.types import ReportInfo
from tests.probe_kit import ingest_and_eval, misses

DATA = Path(__file__).parent / "data"


def test_probe_set_is_answered_from_metadata(tmp_path, monkeypatch, capsys):
    floors = ["--min-f1", "1.0", "--min-facts", "1.0", "--min-none", "1.0"]
    reports = [DATA / "probe_reports_meta3"]
    probes = DATA / "probes_meta3.jsonl"
    result = ingest_and_eval(monkeypatch, capsys, tmp_path / "d", reports, probes, floors)
    assert not misses(result), misses(result)
    by_id = {q["id"]: q for q in result["questions"]}
    assert "湖南省" in by_id["l08"]["answer"] and "库中没有北京市的报告" in by_id["l10"]["answer"]


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("24年度的报告有哪些", "2024年度的报告有哪些"),
        ("23年的街道报告有几份", "2023年的街道报告有几份"),
        ("近10年来的报告", "近10年来的报告"),  # ten years, not 2010
        ("12年前的事", "12年前的事"),
    ],
)
def test_two_digit_years_are_the_years_people_mean(said, meant):
    assert full_years(said) == meant


@pytest.mark.parametrize(
    ("q", "places"),
    [
        ("四川的报告有哪几份", {"四川省": "四川"}),
        ("湖南省的乡镇报告", {"湖南省": "湖南省"}),
        ("黔东南州有哪些报告", {"黔东南苗族侗族自治州": "黔东南州"}),
        ("哪些乡镇聘请了法律顾问", {}),
        ("上城区有哪些街道的报告", {}),
    ],
)
def test_a_question_names_provinces_and_cities(q, places):
    assert places_asked(q, gazetteer()) == places


def _info(unit: str, parent: str, level: str) -> ReportInfo:
    return ReportInfo("r", "r.txt", "", unit, parent, level, 2023, "h")


def test_the_region_comes_through_the_parent_or_a_chain_in_the_text():
    gaz = gazetteer()
    town = region_of(_info("槐溪镇", "攸县", "乡镇"), "", gaz)  # an invented town in a real county
    assert (town.province, town.city, town.origin) == ("湖南省", "株洲市", "gazetteer")
    # 鼓楼区 is in four cities: the opening's 南京 decides
    street = region_of(_info("桂苑街道", "鼓楼区", "乡镇"), "南京市鼓楼区桂苑街道", gaz)
    assert street.province == "江苏省"
    said = region_of(_info("云岫镇", "砚川县", "乡镇"), "云岫镇位于湖南省砚川县东南部", gaz)
    assert (said.province, said.origin) == ("湖南省", "text")
    # a province merely mentioned, and a name many places bear, place nothing
    assert region_of(_info("云岫镇", "砚川县", "乡镇"), "赴湖南省考察学习", gaz) is None
    assert region_of(_info("鼓楼区", "", "区县"), "", gaz) is None


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """The invented library, ingested once through the composition root."""
    from library import build

    app = build(Settings(data_dir=tmp_path_factory.mktemp("meta3") / "data"))
    app.shelf.add([DATA / "probe_reports_meta3"])
    return app


@pytest.mark.parametrize("q", ["哪个省的法律顾问最多", "哪个省的报告里调解纠纷最多"])
def test_a_topic_beside_a_province_word_is_searched_not_tallied(library, q):
    assert "个省份共" not in library.service.ask(q).answer


def test_a_province_follow_up_cites_the_line_that_names_the_parent(library):
    first = library.service.ask("石岭乡的报告是哪一年的？")
    turns = [Turn(first.question, first.resolved_question, first.townships)]
    ans = library.service.ask("它属于哪个省", turns)
    assert "四川省" in ans.answer and "行政区划资料" in ans.answer
    assert ans.townships == ("石岭乡",) and "南江县" in ans.citations[0].quote


@pytest.mark.parametrize("q", ["建了调解室的是哪个街道？", "搞了送法进村的有哪些乡镇"])
def test_a_topic_before_de_is_no_place(library, q):
    """「X的是哪个乡镇」: X is what was done, not a place the library lacks."""
    assert "库中没有" not in library.service.ask(q).answer


@pytest.mark.parametrize(
    ("q", "units"),
    [
        ("四川那边有几份报告", {"石岭乡", "蓬溪县"}),
        ("四川有哪些县的报告", {"蓬溪县"}),
        ("湖南省有哪些县的报告", set()),  # 湖南 has townships only
        ("江苏省的街道有哪些报告", {"桂苑街道"}),
    ],
)
def test_place_and_level_narrow_together(library, q, units):
    assert set(library.service.ask(q).townships) == units


def test_where_every_report_is_from_lists_the_library(library):
    ans = library.service.ask("库里的报告都是哪些地方的")
    assert len(ans.townships) == 7 and len(ans.citations) == 7


def test_a_question_about_regions_loads_provinces_and_cities_only():
    """The 30 000 townships stay on disk in a process that only answers questions."""
    import subprocess
    import sys

    script = (
        "from answering.regions import places_asked\n"
        "from ingest.gazetteer import gazetteer, regions\n"
        "assert places_asked('四川那边有几份', regions()) == {'四川省': '四川'}\n"
        "assert not regions().towns and gazetteer.cache_info().currsize == 0\n"
    )
    root = Path(__file__).parent.parent
    subprocess.run([sys.executable, "-c", script], check=True, cwd=root)
