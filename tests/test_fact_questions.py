"""Fact questions over long reports (issue 15, round 5), on reports and questions made up here.

``tests/data/probe_reports_qa5`` holds five invented district reports: two units, several
years, one unit with a work report and a 法治政府建设 report of the same year.
``probes_qa5_made.jsonl`` asks about them (two paraphrases per rule and a question that must
not match); ``probes_qa5.jsonl`` does the same over the real corpus-sz reports (measured
by hand, see the module docstrings). Each rule below gets a case that must hold and one that
must not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from answering.followup import Turn, resolve
from answering.followup_years import asked_year, nearest_year, with_year
from cli.main import main
from reportqa.errors import QuestionError
from reportqa.types import ReportInfo
from reportqa.units import UnitIndex
from retrieval.measures import asked_measure, counts_with
from retrieval.question_scope import (
    LEGAL,
    WORK,
    document_reference,
    genre_reports,
    join_separable,
)
from tests.probe_kit import eval_probes

DATA = Path(__file__).parent / "data"
UNITS = UnitIndex(["云岫区", "澄湖区"])


def _info(rid: str, source: str, unit: str = "云岫区", year: int = 2021) -> ReportInfo:
    return ReportInfo(rid, source, source.removesuffix(".txt"), unit, "", "区县", year, rid)


# ---- the report a question names is a locator, not a topic ---------------------------------
@pytest.mark.parametrize(
    ("question", "genre", "left"),
    [
        ("松溪区2022年的法治政府建设报告里，建了几个调解室？", LEGAL, "建了几个调解室"),
        ("松溪区那份依法行政工作报告中说，培训了多少人？", LEGAL, "培训了多少人"),
        ("松溪区2022年政府工作报告提到，新建学校几所？", WORK, "新建学校几所"),
        ("松溪区的年度报告里有几个调解室？", "", "有几个调解室"),
        ("松溪区人民政府2022年的工作报告中，新建学校几所？", WORK, "新建学校几所"),
        ("松溪区的法治报告里说培训了几次？", LEGAL, "培训了几次"),
    ],
)
def test_a_named_report_leaves_the_need(question, genre, left):
    rest, found = document_reference(question)
    assert found == genre
    assert left in rest and "报告" not in rest and "政府" not in rest


@pytest.mark.parametrize(
    "question",
    ["松溪区的法治政府建设考核排第几？", "哪些部门听取了法治政府建设工作报告？"],
)
def test_a_report_named_as_the_topic_stays(question):
    rest, found = document_reference(question)
    assert found is None and rest == question


def test_the_genre_narrows_only_where_it_tells_reports_apart():
    work = _info("a", "松溪区2021年政府工作报告.txt")
    legal = _info("b", "松溪区人民政府关于2021年度法治政府建设情况的报告.txt")
    assert genre_reports([work, legal], LEGAL) == ("b",)
    assert genre_reports([work, legal], WORK) == ("a",)
    assert genre_reports([legal], LEGAL) == ()  # nothing to tell apart
    assert genre_reports([work], LEGAL) == ()  # no such report: the scope stays
    other = _info("c", "澄湖区2021年政府工作报告.txt", "澄湖区")
    assert genre_reports([work, legal, other], LEGAL) == ("b", "c")  # a genre drops no unit


# ---- separable verbs ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "joined"),
    [
        ("驻村律师去年值了几天次的班？", "值班几天次"),
        ("司法所一共结过多少件案子？", "结案多少件"),
        ("负责人出了几次庭？", "出庭几次"),
    ],
)
def test_split_verbs_are_joined(question, joined):
    assert joined in join_separable(question)


@pytest.mark.parametrize(
    "question", ["值得关注的班车有几条？", "开了多少场的庭审直播？", "出了几次家庭矛盾？"]
)
def test_look_alike_halves_stay_apart(question):
    assert join_separable(question) == question


# ---- measure words --------------------------------------------------------------------------
def test_the_measure_word_says_what_answers():
    assert asked_measure("受理了多少宗复议？") == "宗"
    assert counts_with("宗").search("全年受理复议案件27件。")  # 件 answers for 宗
    assert not counts_with("宗").search("接待来访群众310人次。")
    assert asked_measure("提供了多少人次的咨询？") == "人次"
    assert counts_with("人次").search("提供咨询1.2万人次。")
    assert not counts_with("人次").search("承办援助案件58件。")
    assert asked_measure("合格率是百分之几？") == "%"
    assert counts_with("%").search("合格率96.5%。") and not counts_with("%").search(
        "合格人员96名。"
    )
    assert asked_measure("建了几个调解室？") == ""  # 个 is any measure word
    assert asked_measure("小组有几个人？") == "人"  # 几个人 asks for people
    assert asked_measure("建了几个人民调解委员会？") == ""
    assert counts_with("第").search("考评位列全市第二。")
    assert not counts_with("第").search("考评成绩较好。")


# ---- years in follow-ups ---------------------------------------------------------------------
def test_a_year_only_follow_up_moves_the_last_question_to_that_year():
    assert asked_year("那2019年呢？") == 2019 and asked_year("换成20年") == 2020
    assert asked_year("那2019年的预算呢？") is None  # a topic of its own
    assert asked_year("那2018年的政府工作报告呢？") == 2018
    assert asked_year("前一年呢", (2021,)) == 2020
    with pytest.raises(QuestionError):  # no year to count from: the user is asked for one
        asked_year("前一年呢")
    r = resolve("那2020年呢？", [Turn("云岫区2021年受理了多少宗复议？")], UNITS)
    assert r.question == "云岫区2020年受理了多少宗复议？"
    assert (
        with_year("云岫区受理了多少宗复议？", 2019, ["云岫区"]) == "云岫区2019年受理了多少宗复议？"
    )


def test_a_unit_follow_up_keeps_the_year_and_falls_back_to_the_closest():
    r = resolve("那澄湖区呢？", [Turn("云岫区2020年调处了多少宗纠纷？")], UNITS)
    assert r.question == "澄湖区2020年调处了多少宗纠纷？" and r.carried_years == (2020,)
    held = [_info("a", "x.txt", "澄湖区", 2019), _info("b", "y.txt", "澄湖区", 2022)]
    moved = nearest_year(r, ("澄湖区",), (2020,), lambda _units: held)
    assert moved.question == "澄湖区2019年调处了多少宗纠纷？"
    assert "2019、2022" in moved.note and "2019 年报告" in moved.note
    own = resolve("那澄湖区2019年呢？", [Turn("云岫区2020年调处了多少宗纠纷？")], UNITS)
    assert own.question == "澄湖区2019年调处了多少宗纠纷？" and own.carried_years == ()
    typed = resolve("澄湖区2020年调处了多少宗纠纷？", [], UNITS)  # the user's own year
    assert nearest_year(typed, ("澄湖区",), (2020,), lambda _units: held) is None


# ---- end to end over the made-up reports -----------------------------------------------------
@pytest.fixture(scope="module")
def made_data(tmp_path_factory):
    """The made-up reports ingested once through the CLI; the tests below only read it."""
    data = tmp_path_factory.mktemp("qa5") / "d"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("REPORTQA_DATA_DIR", str(data))
        assert main(["ingest", str(DATA / "probe_reports_qa5")]) == 0
    return data


@pytest.fixture
def made_library(made_data, monkeypatch):
    """The CLI pointed at the made-up library."""
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(made_data))


@pytest.fixture(scope="module")
def retriever(made_data):
    from library import build
    from reportqa.settings import Settings

    return build(Settings(data_dir=made_data)).retriever


def test_made_up_fact_probes_meet_their_floors(made_library, capsys):
    floors = ["--min-facts", "0.95", "--min-none", "0.95"]
    eval_probes(capsys, DATA / "probes_qa5_made.jsonl", floors)


def test_a_count_of_something_else_is_shown_apart_not_as_the_answer(made_library, capsys):
    capsys.readouterr()
    assert main(["ask", "云岫区2021年法律援助一共办了多少件案件？", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["citations"] == [] and answer["townships"] == []
    assert "没有写明" in answer["answer"] and "相关内容" in answer["answer"]
    text = (DATA / "probe_reports_qa5" / "云岫区2021年政府工作报告.txt").read_text("utf-8")
    (related,) = answer["related"]  # a typed citation whose role says it is no evidence
    assert related["role"] == "related" and related["quote"] in answer["answer"]
    assert related["quote"] in text and "5600人次" in related["quote"]  # verbatim


def test_a_count_answers_only_what_was_asked(retriever):
    """The judge of a how-many answer's sentence, on the made-up library: the count must
    carry the measure asked and the sentence must say the asked thing (a short aside inside
    a fixed phrase, 一社区（村）一调解员, does not hide it)."""
    aside = "推行“一社区（村）一调解员”制度，覆盖社区48个。"
    named = retriever.carrier(retriever.analyze("云岫区2020年“一社区一调解员”有多少个？"), True)
    assert named(aside) and not named("推行“一社区一法律顾问”制度，覆盖社区48个。")
    lost = retriever.carrier(retriever.analyze("云岫区行政诉讼败诉了几宗？"), True)
    assert not lost("全区涉及行政诉讼案件41宗。")  # a count of cases is no count of losses
    cases = retriever.carrier(retriever.analyze("云岫区法律援助办了多少件案件？"), True)
    assert cases("承办法律援助案件412件。") and not cases("提供法律援助咨询5600人次。")


def test_each_part_of_a_two_part_count_question_keeps_its_own_measure(retriever):
    """「几次…，几个人」: the part asking 几个人 is answered by a count of people and the part
    asking 几次 by a count of times; neither part's measure word is imposed on the other."""
    two = retriever.carrier(retriever.analyze("云岫区开了几次普法讲座，普法讲师团有几个人？"), True)
    assert two("组建普法讲师团，成员12人。")  # the people part
    assert two("全年举办普法讲座16次。")  # the times part
    assert not two("普法讲师团走访群众300户。")  # neither measure
    other = retriever.carrier(
        retriever.analyze("云岫区普法讲师团有多少名成员，普法讲座办了多少场？"), True
    )
    assert other("组建普法讲师团，成员12人。") and other("全年举办普法讲座16场。")


def test_the_asked_count_stated_right_after_the_asked_thing_is_never_denied(retriever):
    """A sentence may word the rest of the question otherwise (立案查处 for 行政处罚案件) and
    still state the asked number outright after the rarest asked word: it is quoted, not
    denied. A count after another, commoner word of the question is no such statement."""

    def measured(question: str, sentence: str) -> bool:
        return retriever.carrier(retriever.analyze(question), True).measured(sentence, "")

    assert measured("云岫区行政处罚案件的结案率是多少？", "全年立案查处120件，结案率95%。")
    assert measured("云岫区行政复议决定的纠错率是百分之几？", "办理复议申请80件，纠错率12.5%。")
    assert not measured("云岫区法律援助一共办了多少件？", "提供法律援助咨询5600人次。")
    assert not measured("云岫区行政诉讼败诉了几宗？", "全区涉及行政诉讼案件41宗。")
