"""Round meta9 (issue 15): a report whose unit cannot be read is kept, scoped and named.

The invented library ``tests/data/probe_reports_meta9`` holds three titled reports and two cut
pages that name no unit at all: a township's (全镇, 镇党委, 2023年) and a county's (全县, 县委书记,
2022年). Each keeps its level and year, so it belongs in level- and year-scoped answers, and it
is printed as 「未识别单位的报告（a3.txt）」 — in the chat text, the sources and a Markdown
export — never as an empty name in a list. Two paraphrases per scope must list it; the other
level's question must not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cli.main import main

DATA = Path(__file__).parent / "data"
TOWN = "未识别单位的报告（a3.txt）"
COUNTY = "未识别单位的报告（a4.txt）"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    data = tmp_path_factory.mktemp("meta9")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("REPORTQA_DATA_DIR", str(data))
        assert main(["ingest", str(DATA / "probe_reports_meta9")]) == 0
    return data


@pytest.fixture
def library(ingested, monkeypatch):
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(ingested))  # after conftest's own tmp dir
    return ingested


def _ask(library, capsys, q: str, export: Path | None = None) -> str:
    capsys.readouterr()
    args = ["ask", q] + (["--export", str(export)] if export else [])
    assert main(args) == 0
    out = capsys.readouterr().out
    # an empty name leaves its separator behind: 「、巴楚县」「未提及：、」「- ****」
    assert not re.search(r"、、|[：:]、|、。|^\s*- \*\*\*\*|^\[\d+\] 《", out, re.M), out
    return out


@pytest.mark.parametrize(
    ("q", "shown", "hidden"),
    [
        ("乡镇一级的报告有哪些", TOWN, COUNTY),
        ("有哪些乡镇的报告", TOWN, COUNTY),
        ("县一级的报告有哪些", COUNTY, TOWN),
        ("区县的报告都有哪些", COUNTY, TOWN),
        ("2022年的报告有哪些", COUNTY, TOWN),
        ("2023年度的报告都有谁的", TOWN, COUNTY),
    ],
)
def test_an_unnamed_report_is_in_its_level_and_year_by_a_name_people_can_use(
    library, capsys, q, shown, hidden
):
    out = _ask(library, capsys, q)
    assert shown in out and hidden not in out


def test_an_unnamed_report_is_named_in_a_which_answer_and_its_export(library, capsys, tmp_path):
    md = tmp_path / "answer.md"
    out = _ask(library, capsys, "哪些乡镇聘请了法律顾问", md)
    assert TOWN in out and "青溪镇" in out
    assert TOWN in md.read_text(encoding="utf-8")


def test_an_unnamed_report_is_named_among_those_that_do_not_mention(library, capsys):
    out = _ask(library, capsys, "哪些单位开展了行政复议")
    said, _, unmentioned = out.partition("未提及：")
    assert "桃源县" in said and COUNTY in unmentioned.split("\n")[0]


def test_an_unnamed_report_heads_its_own_row_in_a_comparison(library, capsys):
    out = _ask(library, capsys, "比较各乡镇调解纠纷的数量")
    assert f"| {TOWN} |" in out and not re.search(r"^\|\s+\|", out, re.M)
