"""Library questions in other words, and honest scope, on wordings made up here, end to end.

``probes_qa19.jsonl`` asks 18 questions over five invented web-page copies
(``tests/data/probe_reports_qa19``: two 北京 pages — a 街道 under 西城区 and the 东城区 report —
a 上海 town under 浦东新区, a traditional-character page under 桐庐县 (杭州), a 四川 乡) through
the real CLI. Five categories, each with wordings that must be answered and one that must not:

1. the covered year said with a verb (写的是/讲的是/总结…年) is a question about the library;
2. a province, municipality or city and nothing else asked lists the reports inside it;
3. several document facts at once (year and parent) are one line per unit;
4. the report's own 发文字号 is read from its header, never from a policy its body cites;
5. a county-level name the library lacks is refused, never answered from a neighbour.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.doc_number import asks_own_number, number_span
from answering.followup import Turn
from answering.meta_fields import fields_asked
from answering.places import county_names
from library import build
from reportqa.errors import QuestionError
from reportqa.settings import Settings
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    floors = "--min-f1 1.0 --min-facts 1.0 --min-compare 1.0 --min-none 1.0".split()
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa19"],
        DATA / "probes_qa19.jsonl",
        floors,
    )


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    lib = build(Settings(data_dir=tmp_path_factory.mktemp("qa19") / "data"))
    lib.shelf.add([DATA / "probe_reports_qa19"])
    return lib


def units(app, question: str, history=()) -> set[str]:
    return set(app.service.ask(question, list(history)).townships)


# ---- 1. the covered year in other words ------------------------------------------------
@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("哪些报告反映的是2022年的情况", {"桃园街道", "东城区"}),
        ("介绍2019年工作的报告有几份", {"白鹤乡"}),
        ("说的是2021年的有哪些报告", {"芦苇镇", "青溪镇"}),
        ("哪几份报告是关于2019年的", {"白鹤乡"}),
    ],
)
def test_a_verb_before_the_year_asks_for_the_reports_of_that_year(app, question, want):
    ans = app.service.ask(question)
    assert set(ans.townships) == want
    assert "据报告元数据" in ans.answer and len(ans.citations) == len(want)


def test_a_topic_after_the_year_is_searched_in_the_text(app):
    # 青溪镇 (2021) never mentions 普法 or 法律顾问 in 2022: a content question keeps its topic
    assert units(app, "哪些报告介绍了2022年的法律顾问情况") == {"桃园街道"}
    assert units(app, "讲了2021年普法的报告有哪些") == {"芦苇镇"}


# ---- 2. a region and nothing else ------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("北京市的报告有几份", {"桃园街道", "东城区"}),  # 桃园街道's parent is 西城区
        ("上海那边的报告有哪些", {"芦苇镇"}),
        ("杭州下面的报告都有哪些", {"青溪镇"}),  # a traditional page, 桐庐县 in 杭州
    ],
)
def test_a_region_alone_lists_the_reports_inside_it(app, question, want):
    assert units(app, question) == want


def test_a_region_the_library_lacks_is_said_so(app):
    ans = app.service.ask("天津的报告有哪些？")
    assert "库中没有天津的报告" in ans.answer and not ans.townships


def test_a_region_as_scope_of_a_content_question_searches_inside_it(app):
    assert units(app, "北京那边哪些报告提到法律顾问") == {"桃园街道"}
    assert units(app, "北京市哪些单位办理了告知承诺") == {"桃园街道", "东城区"}
    # a region inside the need is searched as words, no scope
    assert units(app, "哪些报告学习了北京的经验") == set()


# ---- 3. several document facts at once -------------------------------------------------
def test_the_fields_a_question_asks():
    assert fields_asked("A和B分别是哪一年、哪个县的") == ("year", "parent")
    assert fields_asked("它是哪年的，什么级别") == ("year", "level")
    assert fields_asked("A开展了几次普法") == ()


def test_the_level_alone_of_several_units(app):
    ans = app.service.ask("白鹤乡和东城区分别是哪一级的报告")
    assert set(ans.townships) == {"白鹤乡", "东城区"}
    assert "乡镇一级" in ans.answer and "区县一级" in ans.answer


def test_year_and_parent_side_by_side(app):
    ans = app.service.ask("芦苇镇和白鹤乡的报告各是哪年的、归哪个县")
    assert set(ans.townships) == {"芦苇镇", "白鹤乡"}
    for value in ("2021", "浦东新区", "2019", "营山县"):
        assert value in ans.answer
    first = app.service.ask("哪些报告提到调处矛盾纠纷")
    assert set(first.townships) == {"芦苇镇", "青溪镇"}
    turns = [Turn("哪些报告提到调处矛盾纠纷", first.resolved_question, first.townships)]
    ans = app.service.ask("这几份分别是哪年的、属于哪个县", turns)
    assert set(ans.townships) == {"芦苇镇", "青溪镇"}
    assert "桐庐县" in ans.answer and "浦东新区" in ans.answer and "2021" in ans.answer
    ans = app.service.ask("它们的年份和所属区县呢", turns)
    assert set(ans.townships) == {"芦苇镇", "青溪镇"} and "桐庐县" in ans.answer


# ---- 4. the report's own document number -----------------------------------------------
@pytest.mark.parametrize(
    ("header", "number"),
    [
        ("索引号：001/2024-1\n发文字号：溪政发〔2024〕7号\n标题", "溪政发〔2024〕7号"),
        ("| 文号: | 柳办[2021]12号 | 发布机构: |", "柳办[2021]12号"),
        ("某某镇人民政府文件\n\n  石府（2020）5号\n\n关于…的报告", "石府（2020）5号"),
    ],
)
def test_the_number_is_read_where_the_genre_prints_it(header, number):
    at = number_span(header + "\n正文。")
    assert at is not None and number in header[at[0] : at[1]]


def test_a_number_cited_in_the_body_is_not_the_reports():
    text = "某镇2023年法治政府建设报告\n文号：\n2023年，我镇落实《意见》（国办发〔2019〕3号），成效明显。"
    assert number_span(text) is None


@pytest.mark.parametrize(
    ("question", "own"),
    [
        ("芦苇镇这份报告的文号是啥", True),
        ("它的发文字号是多少", True),
        ("印发《普法规划》的文号是什么", False),
        ("东城区落实的告知承诺指导意见的文号是什么", False),
    ],
)
def test_a_question_about_the_reports_own_number(question, own):
    assert asks_own_number(question, ["芦苇镇", "东城区"]) is own


def test_a_report_without_its_number_says_so(app):
    ans = app.service.ask("芦苇镇报告的发文字号是什么")
    assert "没有写明本报告的发文字号" in ans.answer and not ans.citations


# ---- 5. a county-level place the library lacks -----------------------------------------
@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("朝阳区2023年行政复议多少件", ["朝阳区"]),
        ("北京海淀区开展了哪些普法", ["海淀区"]),
        ("东城区和丰台区比一比告知承诺", ["东城区", "丰台区"]),
        ("2021年度顺义区开展了几次普法", ["顺义区"]),  # the year said first
        ("哪些乡镇学习了海淀区的经验", []),  # inside the need, not its subject
        ("哪些报告提到新城区建设", []),  # 新城区 is a county and a common noun
    ],
)
def test_county_names_where_a_question_puts_its_subject(question, names):
    assert county_names(question) == names


@pytest.mark.parametrize(
    "question",
    ["丰台区2022年告知承诺办了多少件", "豐臺區的普法情况", "2022年丰台区办了多少告知承诺"],
)
def test_a_district_not_in_the_library_is_refused_with_what_is_there(app, question):
    with pytest.raises(QuestionError, match=r"库中没有「丰台区」的报告.*东城区"):
        app.service.ask(question)


@pytest.mark.parametrize(
    ("question", "want"),
    [("講的是2019年工作的報告有幾份", {"白鹤乡"}), ("上海那邊的報告有哪些", {"芦苇镇"})],
)
def test_a_library_question_in_traditional_characters(app, question, want):
    assert units(app, question) == want


def test_a_town_after_the_year_is_a_place_the_library_may_lack(app):
    with pytest.raises(QuestionError, match="库中没有「柳湾镇」的报告"):
        app.service.ask("2021年柳湾镇聘请了几名法律顾问")
    assert units(app, "2021年青溪镇聘请了几名法律顾问") == {"青溪镇"}
    assert app.service.ask("2022年计划城镇化率是多少")  # 城镇 names no town


def test_a_district_spelled_with_a_municipality_the_library_knows(app):
    # 北京市 is the parent the 东城区 report names; 海淀区 under it is still not in the library
    with pytest.raises(QuestionError, match="库中没有「北京市海淀区」的报告"):
        app.service.ask("北京市海淀区2022年的行政复议案件有多少件")
    assert units(app, "北京市东城区2022年的行政复议案件有多少件") == {"东城区"}


def test_a_county_with_its_city_before_it_lists_its_reports(app):
    assert units(app, "杭州市桐庐县有几份报告") == {"青溪镇"}
