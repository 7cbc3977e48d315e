"""Round meta30: the metadata of real portal pages (``tests/data/probe_reports_meta30``).

Each rule has two made-up pages that need it and one it must not fire on
(``meta_gold.jsonl`` there, scored by ``reportqa eval-metadata``), and library questions
over the same pages (``probes_meta30.jsonl``):

- a: a city whose name ends in 州 is written with its 市 (杭州市西湖区, 苏州市吴中区), so the 州
  is no prefecture's kind there (``admin_names._CHAIN``); 恩施州利川市 keeps its 州;
- b: a paragraph printed above the report's title (the party slogan in a portal's header, a
  site notice) is the page's, not the report's opening (``report_reading.body_start``); an
  opening that says 现将…报告如下 stays the body whatever title-like line follows it;
- c: a city report addressed to its province (「省人民政府：」) is a prefecture's, named by the
  one prefecture its own documents carry (``meta_prefecture``); a city outside the province
  it reports to is not taken, and such a report is not read as a county's;
- d: 乡 become 镇 while the division list keeps the old name (撤乡设镇), so a 镇 listed once
  whose name is also listed as a 乡 elsewhere gets no parent from the list unless the text
  names where it is (``Gazetteer.upgraded_from``); a 镇 without such a namesake keeps it;
- f: the numeral 两 counts units only alone (两县, 两个镇, 「与两镇联合」); before a second
  character it begins a name (两当县, 两江新区: ``admin_names.is_generic``);
- e: among namesakes, the one whose city and province the text both names wins over those
  only one of them fits (``Gazetteer.parent_of``); a province alone or two cities decide
  nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import main
from ingest.admin_names import is_generic, parse_chain
from ingest.gazetteer import gazetteer
from ingest.report_reading import body_start
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
REPORTS = DATA / "probe_reports_meta30"


def test_meta30_pages_read_right(capsys):
    capsys.readouterr()
    assert main(["eval-metadata", str(REPORTS / "meta_gold.jsonl"), "--min", "all=1.0"]) == 0


def test_meta30_questions(tmp_path, monkeypatch, capsys):
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [REPORTS],
        DATA / "probes_meta30.jsonl",
        ["--min-f1", "1.0", "--min-facts", "1.0"],
    )


@pytest.mark.parametrize(
    ("run", "city", "county"),
    [
        ("杭州市西湖区青枫街道", "杭州市", "西湖区"),
        ("广州市天河区沙河街道", "广州市", "天河区"),
        ("恩施州利川市", "恩施州", "利川市"),  # must-not: an autonomous prefecture's 州
    ],
)
def test_a_zhou_before_shi_is_part_of_the_city(run, city, county):
    parts = parse_chain(run)
    assert (parts.get("city"), parts.get("county")) == (city, county)


def _lines(*texts: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for t in texts:
        out.append((pos, t))
        pos += len(t) + 1
    return out


def test_b_a_paragraph_above_the_title_is_the_pages():
    slogan = "高举中国特色社会主义伟大旗帜，全面贯彻新时代中国特色社会主义思想，为全面建设社会主义现代化国家而团结奋斗。"
    opening = "2024年，我市坚持以习近平法治思想为指导，深入推进法治政府建设，现将有关情况报告如下。"
    lines = _lines(slogan, "岳阳市人民政府关于2024年法治政府建设情况的报告", opening)
    assert body_start(lines, set()) == 2
    two = _lines(
        slogan, slogan.replace("团结奋斗", "不懈奋斗"), "岳阳市2024年法治政府建设工作报告", opening
    )
    assert body_start(two, set()) == 3  # a header may print two slogans
    own = _lines(opening, "柳溪镇人民政府关于2023年普法工作的报告", "一、主要工作")
    assert body_start(own, set()) == 0  # must-not: the report's own opening stays the body
    plain = opening.replace("现将有关情况报告如下", "各项工作取得新成效")
    headed = _lines(plain, "一、主要工作", "柳溪镇2023年法治宣传工作总结", "镇党委研究法治工作。")
    assert body_start(headed, {headed[1][0]}) == 0  # must-not: a heading, even as chrome, ends it


def test_d_e_the_division_list_names_a_parent_only_when_one_fits():
    gaz = gazetteer()
    if not gaz.loaded:
        pytest.skip("jionlp's division list is not installed")
    assert gaz.parent_of("金安镇", "乡镇") == ""  # 金安乡 of 盐亭县 may be it, upgraded
    assert gaz.parent_of("金安镇", "乡镇", "丽江市法治政府建设部署") == "古城区"
    assert gaz.parent_of("澧浦镇", "乡镇") == "金东区"  # no 澧浦乡 anywhere
    assert gaz.parent_of("龙城街道", "乡镇", "对广东、深圳系列重要讲话") == "龙岗区"
    assert gaz.parent_of("林荫街道", "乡镇", "内蒙古自治区和乌海市") == "海勃湾区"
    assert gaz.parent_of("林荫街道", "乡镇", "内蒙古自治区") == ""
    assert gaz.parent_of("林荫街道", "乡镇", "内蒙古自治区，赴乌海市、鄂尔多斯市") == ""


@pytest.mark.parametrize(
    ("name", "generic"),
    [("两江新区", False), ("两当县", False), ("两县", True), ("两个镇", True), ("两镇", True)],
)
def test_f_liang_counts_only_alone(name, generic):
    assert is_generic(name) is generic
