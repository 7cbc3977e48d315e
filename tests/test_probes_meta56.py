"""Round meta56: questions about the library and its reports' metadata, probed on made-up pages
in ``tests/data/probe_reports_meta56``.

- 「安徽的乡镇报告里，哪些…」: a township name several places share gets no place by guess — a
  report that names no county but calls its superior 「市委、市政府」 is not the namesake under a
  县, so a region holding only such namesakes does not take it in;
- 「灵璧县那两份报告分别是哪年的」「安徽的报告分别是那一年的」: a document fact asked of a scope
  (county, province) is asked of each report in it: a row per report with its year;
- 「这两份哪个发得早」「谁先印发的」: the reports named last set side by side by the day each gives
  for itself (发 = issued), the earlier one said;
- 「是区一级的报告还是市一级的」「是2023年的还是2024年的」: an either-or question is answered with
  the option that holds, never 是/不是; a level is quoted where the report speaks as its organ;
- 「那个区去年GDP多少来着」 with no unit before it points at nothing: asked back, never answered
  from whatever report says GDP;
- 「哪些报告是新区管委会作的，不是区政府作的」: reports picked by the kind of organ their opening
  (我代表…) or title says delivers them, never by searching the words;
- 「库里有没有广东省或者国务院的政府工作报告」: 国务院 is the national rung's organ, and a province
  joined to it is its own government: none held is said, with what is held, quoting nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportqa.errors import QuestionError
from tests.probe_kit import built, chat

DATA = Path(__file__).parent / "data" / "probe_reports_meta56"


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    return built(tmp_path_factory, "meta56", DATA).service


def _units(answer) -> set[str]:
    return {c.township for c in answer.citations}


# ---- a namesake under another kind of county is not the writer ------------------------------
@pytest.mark.parametrize(
    ("question", "inside", "outside"),
    [
        # 黄湾镇 says 市委: 安徽's 黄湾镇 lies under 灵璧县
        ("安徽的乡镇报告里，哪些开展了法律明白人培训？", "娄庄镇", "黄湾镇"),
        # 白鹤街道 says 区委: 湖南's 白鹤街道 lies under 祁东县
        ("湖南的报告中哪些搞了法律明白人培训", "归阳镇", "白鹤街道"),
    ],
)
def test_namesake_of_another_county_kind_is_out(service, question, inside, outside):
    answer = chat(service, question)
    assert inside in _units(answer)
    assert outside not in _units(answer)
    assert outside not in answer.scope


def test_namesake_of_the_same_kind_stays_unsure(service):
    # must-not: 安仁镇 says 县委 and 陕西's 安仁镇 lies under 大荔县: kept, said as unsure
    answer = chat(service, "陕西的报告里哪些开展了法律明白人培训？")
    assert "安仁镇" in _units(answer)


# ---- the year of each report of a scope -----------------------------------------------------
@pytest.mark.parametrize(
    "question",
    ["灵璧县那两份报告分别是哪年的", "安徽的报告分别是那一年的？"],
)
def test_year_of_each_report_of_a_scope(service, question):
    answer = chat(service, question)
    text = answer.answer
    assert "娄庄镇的报告" in text and "2023年" in text
    assert "尹集镇的报告" in text and "2024年" in text
    assert {c.township for c in answer.citations} == {"娄庄镇", "尹集镇"}


def test_year_with_a_topic_is_searched(service):
    # must-not: 「哪一年开展了法律明白人培训」 asks the text, not the reports' years
    answer = chat(service, "灵璧县哪一年开展了法律明白人培训？")
    assert "法律明白人" in "".join(c.quote for c in answer.citations)
    assert "尹集镇的报告" not in answer.answer


# ---- which of the reports named was issued first ---------------------------------------------
@pytest.mark.parametrize(
    ("follow", "verdict"),
    [
        ("这两份哪个发得早？", "娄庄镇的报告发得更早"),
        ("这两份报告谁先印发的", "娄庄镇的报告发得更早"),
        ("那两份里哪个发得晚一些", "尹集镇的报告发得更晚"),
    ],
)
def test_which_was_issued_first(service, follow, verdict):
    answer = chat(service, "灵璧县的报告有哪些", follow)
    assert verdict in answer.answer
    assert {c.township for c in answer.citations} == {"娄庄镇", "尹集镇"}


def test_sent_more_is_no_issue_day(service):
    # must-not: 「发得多」 compares how much was handed out, not when the reports were issued
    answer = chat(service, "灵璧县的报告有哪些", "这两份哪个宣传资料发得多？")
    assert "发得更" not in answer.answer


# ---- an either-or question is answered with the option that holds -----------------------------
@pytest.mark.parametrize(
    ("question", "holds"),
    [
        ("祁东县那份是县一级的报告还是市一级的？", "祁东县是区县一级"),
        ("祁东县的报告算县级还是市一级", "祁东县是区县一级"),
        ("娄庄镇的报告是2023年的还是2024年的？", "是 2023年 的报告"),
    ],
)
def test_either_or_picks_the_option(service, question, holds):
    answer = chat(service, question)
    assert holds in answer.answer
    assert not answer.answer.startswith(("是。", "不是。"))


def test_level_quotes_the_organ_it_speaks_as(service):
    answer = chat(service, "祁东县那份是县一级的报告还是市一级的？")
    assert "我代表祁东县人民政府" in "".join(c.quote for c in answer.citations)
    assert "以祁东县人民政府的名义" in answer.answer


def test_yes_no_keeps_its_verdict(service):
    # must-not: a question with one guess is still answered 是 or 不是
    assert chat(service, "祁东县的报告是县一级的吗").answer.startswith("是。")


# ---- a pointer at a unit with nothing to point at is asked back ------------------------------
@pytest.mark.parametrize(
    "turns",
    [("谢谢你", "那个区去年GDP多少来着"), ("这个县的地区生产总值增长了多少？",)],
)
def test_pointer_with_nothing_before_is_asked_back(service, turns):
    with pytest.raises(QuestionError):
        chat(service, *turns)


@pytest.mark.parametrize(
    "question",
    [
        # a 那个县 after a relative clause, or after 有个县 in the question, is described
        "地区生产总值增长最多的那个县是哪个",
        "有个县提出地区生产总值增长6%，那个县是哪个？",
        "提到法律明白人的那个镇是哪个？",
    ],
)
def test_described_unit_is_no_pointer(service, question):
    answer = chat(service, question)  # answered, never asked back
    assert answer.answer


def test_pointer_after_a_unit_is_that_unit(service):
    # must-not: after a turn about 祁东县, 「这个县」 is 祁东县 and is answered
    answer = chat(service, "祁东县的报告是哪年的", "这个县的地区生产总值增长了多少？")
    assert {c.township for c in answer.citations} == {"祁东县"}


# ---- reports picked by the kind of organ that delivers them ---------------------------------
@pytest.mark.parametrize(
    "question",
    ["库里哪些报告是新区管委会作的，不是县政府作的？", "有没有哪份报告是由管委会做的？"],
)
def test_reports_by_their_deliverer(service, question):
    answer = chat(service, question)
    # 青溪新区's opening names no speaker; it thanks its people 「我代表新区管委会」 further in
    assert set(answer.townships) == {"云岭新区", "青溪新区"}
    quoted = "".join(c.quote for c in answer.citations)
    assert "我代表云岭新区管理委员会" in quoted and "我代表新区管委会" in quoted


@pytest.mark.parametrize(
    ("question", "picked"),
    [
        # 县政府 is a county's: the towns' 「…县娄庄镇人民政府」 are not
        ("哪些报告是县政府作的", {"祁东县"}),
        ("有没有县人民政府做的报告？", {"祁东县"}),
        # 不是乡政府作的 refuses the 乡's report; a town whose report names no organ is its 镇's
        (
            "哪些报告是镇政府作的，不是乡政府作的？",
            {"娄庄镇", "尹集镇", "归阳镇", "黄湾镇", "安仁镇"},
        ),
        # 桐荫街道 reports 「现将桐荫街道办事处…报告如下」; 白鹤街道 names no organ: its 办事处
        ("哪些报告是街道办事处作的", {"桐荫街道", "白鹤街道"}),
        ("有没有由街道办事处做的报告", {"桐荫街道", "白鹤街道"}),
    ],
)
def test_place_word_before_the_organ_is_the_rung(service, question, picked):
    answer = chat(service, question)
    assert set(answer.townships) == picked
    assert "库中没有" not in answer.answer


def test_organ_in_the_text_is_a_topic(service):
    # must-not: 「提到了管委会做的规划」 asks the text, not who delivered the report
    answer = chat(service, "哪些报告提到了管委会做的产业规划？")
    assert "作报告机关" not in answer.answer
    assert "祁东县" in answer.townships


# ---- a province joined to 国务院 is its government: the library's answer is none ----------------
@pytest.mark.parametrize(
    ("question", "province", "inside"),
    [
        ("库里有没有湖南省或者国务院的政府工作报告？有几份", "湖南省", {"归阳镇", "祁东县"}),
        ("有没有国务院和安徽省政府的报告", "安徽省", {"娄庄镇", "尹集镇"}),
    ],
)
def test_province_beside_the_state_council_is_its_government(service, question, province, inside):
    answer = chat(service, question)
    # the organs' own reports: none; the units in the province are named, as the province's
    # own question lists them (never a contradicting bare 0), quoting nothing
    assert f"{province}政府、国务院本身的报告 0 份" in answer.answer
    assert all(unit in answer.answer.split("位于")[1] for unit in inside)
    assert not answer.citations


def test_state_council_alone_holds_none(service):
    # must-not: 国务院 alone asks the national rung only; no unit's report is one
    answer = chat(service, "库里有没有国务院的报告")
    assert "库中没有国务院的报告" in answer.answer
    assert not answer.citations


def test_a_province_alone_is_a_region(service):
    # must-not: 「湖南的报告有哪些」 lists the reports of units in 湖南
    answer = chat(service, "湖南的报告有哪些")
    assert {"归阳镇", "祁东县"} <= set(answer.townships)


@pytest.mark.parametrize("follow", ["这几份哪个发得最早？", "这些报告里谁先印发的"])
def test_undated_report_is_said_beside_the_first(service, follow):
    # of the 2023 reports only 娄庄镇 and 白鹤街道 give a day: the earliest is over those two,
    # and the ones giving none are said, never ranked
    answer = chat(service, "库里有哪些报告是2023年的", follow)
    assert "娄庄镇的报告发得更早" in answer.answer
    assert "黄湾镇" in answer.answer.split("发得更早")[1]
    assert "没有写明日期，未能参与比较" in answer.answer
