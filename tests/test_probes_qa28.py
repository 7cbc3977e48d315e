"""Scope phrases, counts of holders, names and role conditions in the users' words, on
wordings and reports made up here, end to end.

``probes_qa28.jsonl`` asks 19 questions over six invented reports
(``tests/data/probe_reports_qa28``: two counties, three towns and a street office):

1. a level named as scope in many spellings (「县（区）政府自己交的」「区县层面」「镇街这一级」,
   「县一级的报告里有没有…」 after a which-answer); not 「县里给青石镇派了几名法律顾问」;
2. a count of holders (「手上有执法证的一共几个人」, 「手头持有执法证的」); not 「执法证年审了几次」;
3. a pick among the last answer's units (「这几家里…最少的是哪个」);
4. a name asked of one unit (「青石镇的法律顾问是哪家单位」) is a fact; none when no firm is named;
5. a which-question with a role condition (「书记挂帅、镇长当副组长的」); not a unit whose
   组长 is the 镇长.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup import Turn, resolve
from answering.roles import read_roles, role_conditions
from retrieval.level_words import canonical, without_levels
from retrieval.question_scope import unframed
from retrieval.question_shape import asks_a_name, asks_units
from retrieval.scope import levels_asked
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    # before this round: which F1 0.31, facts 0.90, none 0.50 (L1a–L1d, K3b, N4x, R5a, R5b)
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa28"],
        DATA / "probes_qa28.jsonl",
        "--min-f1 1.0 --min-facts 1.0 --min-none 1.0".split(),
    )
    assert len(result["questions"]) == 19


# ---- 1. a level as scope ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "levels"),
    [
        ("县（区）政府自己交的报告有哪几份", ("区县",)),
        ("县/区本级报告里谁写了述法", ("区县",)),
        ("区县层面的报告里，有哪些提到学习民法典", ("区县",)),
        ("镇街这一级的报告有哪几份", ("乡镇",)),
        ("乡（镇）政府的报告里哪些提到网格化", ("乡镇",)),
        ("县级的报告有哪些写了行政复议", ("区县",)),
        ("县里的报告有几份", ("区县",)),
    ],
)
def test_a_level_in_the_users_spelling(question, levels):
    assert levels_asked(question) == levels
    assert "一级" in canonical(question)


@pytest.mark.parametrize(
    "question",
    [
        "县里给青石镇派了几名法律顾问",  # 县 as an actor
        "哪些乡镇获得过县级示范称号",  # 县级 of an honour, a topic
        "北川区政府自己交的报告",  # a named district, not a level
        "获得区级表彰的有哪些",
    ],
)
def test_a_level_noun_that_is_no_scope(question):
    assert canonical(question) == question
    assert without_levels(question) == question


def test_a_level_with_you_meiyou_asks_which():
    assert asks_units("县一级的报告里有没有学民法典的")
    assert asks_units("镇街层面有没有搞法治体检的")
    assert not asks_units("县里有没有派法律顾问")


def test_a_level_after_a_which_answer_scopes_anew():
    prev = Turn("哪些地方组织学习了民法典", townships=("青石镇", "柳湾街道"))
    units = ["青石镇", "柳湾街道", "云溪县"]
    assert resolve("县一级的报告里有没有学民法典的", [prev], units).scope == ()
    assert resolve("调解成功了多少件", [prev], units).scope == ("青石镇", "柳湾街道")


# ---- 2. holders counted -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "framed"),
    [
        ("甲镇手上有执法证的一共几个人", "甲镇有执法证的一共几个人"),
        ("乙街道手头持有执法证件的有多少人", "乙街道持有执法证件的有多少人"),
        ("丙乡手里都有资格证的干部几名", "丙乡都有资格证的干部几名"),
        ("丁镇执法证年审了几次", "丁镇执法证年审了几次"),  # no hand: unchanged
        ("戊镇手上的工作有几项", "戊镇手上的工作有几项"),  # 手上 not of holding
    ],
)
def test_a_hand_says_possession(question, framed):
    assert unframed(question) == framed


# ---- 3. a pick among the last answer's units ----------------------------------------------
@pytest.mark.parametrize("question", ["这几家里参加考试人数最少的是哪个", "那三个单位当中哪个最多"])
def test_a_pick_among_these(question):
    prev = Turn("哪些地方写了干部参加法治考试的人数", townships=("甲镇", "乙街道", "丙县"))
    got = resolve(question, [prev], ["甲镇", "乙街道", "丙县", "丁乡"])
    assert got.scope == ("甲镇", "乙街道", "丙县")


# ---- 4. a name asked of one unit ----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "units", "said"),
    [
        ("甲街道的法律顾问是哪家单位", 1, True),
        ("乙镇请的是哪个律所", 1, True),
        ("丙乡合作的是什么机构", 1, True),
        ("法律顾问是哪家单位的乡镇有哪些", 0, False),  # no unit: a which over the library
        ("甲镇和乙镇的法律顾问是哪家单位", 2, False),
        ("甲镇是哪个县的", 1, False),  # a county, no organisation
    ],
)
def test_a_name_asked_of_one_unit(question, units, said):
    assert asks_a_name(question, units) is said


# ---- 5. a role condition ------------------------------------------------------------------
def test_role_conditions_are_read_from_the_question():
    got = role_conditions("哪几个镇的领导小组是书记挂帅、镇长当第一副组长的")
    assert [c.office for c in got] == ["组长", "第一副组长"]
    assert role_conditions("哪些镇成立了法治建设领导小组") == ()
    assert role_conditions("哪些乡镇明确了组长") == ()


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("成立以镇党委书记为组长、镇长为常务副组长的法治工作领导小组。", "met"),
        ("调整领导小组，由党委书记任组长，乡长任副组长，班子成员为成员。", "met"),
        ("成立由镇长任组长、分管副镇长任副组长的领导小组。", "other"),  # the 镇长 leads
        ("成立了由党委书记、镇长任组长的领导小组。", "other"),  # joint leaders
        ("成立以书记为第一组长、党委副书记、镇长为组长的领导小组。", "other"),
        ("成立由党委书记任组长的法治建设领导小组。", "arguable"),  # 镇长's office unsaid
        ("全镇法律顾问全覆盖。", "silent"),
    ],
)
def test_a_role_condition_per_report(text, verdict):
    conditions = role_conditions("哪几个镇的领导小组是书记挂帅、镇长当副组长的")
    reading = read_roles(text, conditions)
    assert reading.verdict == verdict
    assert all(text[s.start : s.end] == s.text for s in reading.spans)


def test_a_person_in_brackets_is_another_spelling():
    conditions = role_conditions("领导小组是党委书记（党工委书记）亲自挂帅的乡镇街道有哪些")
    assert len(conditions) == 1
    street = "调整以街道党工委书记为组长、办事处主任为副组长的依法治街领导小组。"
    town = "成立由镇党委书记、镇长为组长的法治工作领导小组。"  # joint leaders: 书记 leads
    assert read_roles(street, conditions).verdict == "met"
    assert read_roles(town, conditions).verdict == "met"
    both = role_conditions("书记、镇长都当组长的有哪些")
    assert [c.office for c in both] == ["组长", "组长"]


def test_first_deputy_asked_is_that_office():
    conditions = role_conditions("书记当组长、镇长当第一副组长的有哪些镇")
    said = "成立以党委书记为组长，镇长为第一副组长的法治建设工作领导小组。"
    assert read_roles(said, conditions).verdict == "met"
    other = "成立以党委书记为组长，镇长为常务副组长的法治建设工作领导小组。"
    assert read_roles(other, conditions).verdict == "other"
