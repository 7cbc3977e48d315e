"""Users' words for roles, actors, counts and counters, end to end.

``probes_qa14.jsonl`` asks 18 questions over five invented web-page copies
(``tests/data/probe_reports_qa14``) through the real CLI: ingest, then ``reportqa eval``. Six
categories, each with two wordings that must be answered and one that must not: a role held
(党委书记挂帅当组长), interchangeable actors (干部 ~ 公职人员), a count stated in a
which-question (开了3次), counters (多少份 ~ N件), doubled near-synonyms (学法学习), and a
name that a heading does not give.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from library import build
from reportqa.settings import Settings
from retrieval.actors import light_actors
from retrieval.conditions import Count, count_stated, role_asked
from retrieval.doubled import merge_doubled
from retrieval.measures import asked_measure, counts_with
from retrieval.query import Concept
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    floors = "--min-f1 0.80 --min-none 0.95".split()
    reports = [DATA / "probe_reports_qa14"]
    result = ingest_and_eval(
        monkeypatch, capsys, tmp_path / "d", reports, DATA / "probes_qa14.jsonl", floors
    )
    by_id = {q["id"]: q for q in result["questions"]}
    # the role and count categories are answered in full, their must-nots too
    for qid in ("r1a", "r1b", "r1x", "c3a", "c3b", "c3x"):
        assert not by_id[qid]["miss"], by_id[qid]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    lib = build(Settings(data_dir=tmp_path_factory.mktemp("qa14") / "data"))
    lib.shelf.add([DATA / "probe_reports_qa14"])
    return lib


# ---- 1. a role held ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("法治建设领导小组是党委书记挂帅当组长的乡镇有哪些", "党委书记"),
        ("哪些单位由党委书记担任法治建设领导小组组长", "党委书记"),
        ("以党委副书记为组长的普法领导小组有哪些", "党委副书记"),
        ("镇长亲自挂帅的法治建设领导小组", "镇长"),
    ],
)
def test_the_holder_and_post_a_question_asks(question, who):
    role = role_asked(question)
    assert role is not None and role.who == who and role.post == "组长"


def test_a_question_without_a_holder_sets_no_role():
    assert role_asked("谁任普法领导小组组长") is None
    assert role_asked("党委书记履行第一责任人职责的乡镇") is None


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        ("成立由镇党委书记任组长的法治建设领导小组。", True),
        ("由乡党委书记、乡长任双组长，各分管领导任副组长。", True),
        ("街道党工委书记张某任组长，统筹推进法治建设。", True),
        ("成立以党委书记为组长的依法治镇领导小组。", True),
        ("成立由镇党委副书记任组长的法治建设领导小组。", False),
        ("成立镇长任组长的领导小组，镇党委书记履行第一责任人职责。", False),
        ("由镇长任组长，党委书记任副组长。", False),
    ],
)
def test_the_secretary_holds_the_post_only_when_the_sentence_says_so(sentence, held):
    assert role_asked("党委书记任组长的乡镇").held_in(sentence) is held


def test_the_heads_of_a_town_and_a_township_are_one_office():
    role = role_asked("镇长任组长的有哪些")
    assert role.held_in("由乡党委书记、乡长任双组长。")
    assert not role.held_in("由副乡长任组长。")


def test_a_role_question_lists_only_the_holders(app):
    ans = app.service.ask("哪些地方的法治建设领导小组由党委书记当组长？")
    assert set(ans.townships) == {"松岗镇", "柳塘乡", "桂园街道"}
    assert ans.completeness is not None and "梅岭镇" in ans.completeness.not_mentioned


# ---- 3. a count stated in a which-question ------------------------------------------------
@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("哪几个乡镇全年开了3次法治专题会", Count(Decimal(3), "次")),
        ("一年召开三次法治建设专题会议的地方有哪些", Count(Decimal(3), "次")),
        ("办了12场普法讲座的街道", Count(Decimal(12), "场")),
    ],
)
def test_the_count_a_question_states(question, count):
    assert count_stated(question) == count


@pytest.mark.parametrize(
    "question",
    [
        "落实两个清单的乡镇有哪些",
        "推行一次性告知的街道",
        "开了3次以上法治专题会的乡镇",
        "至少开了3次专题会的地方",
        "第3次专题会议讨论了什么",
        "落实三项制度的有哪些",
    ],
)
def test_named_numbers_and_bounds_state_no_count(question):
    assert count_stated(question) is None


def test_a_count_is_stated_with_the_same_value_and_a_like_measure():
    three = count_stated("开了3次专题会的")
    assert three.stated_in("召开法治专题党委会议3次。")
    assert three.stated_in("召开专题会议三次。")
    assert three.stated_in("举办专题会3场。")  # 场 counts occasions too
    assert not three.stated_in("召开专题会议5次。")
    assert not three.stated_in("召开专题会议13次。")
    assert not three.stated_in("培训干部3人。")


def test_a_count_question_lists_only_reports_giving_it(app):
    ans = app.service.ask("全年召开3次法治专题会议的有哪些")
    assert set(ans.townships) == {"松岗镇", "柳塘乡"}


# ---- 4. counters ------------------------------------------------------------------------
def test_documents_asked_in_fen_are_counted_in_jian_too():
    asked = counts_with(asked_measure("公开了多少份重大决策文件"))
    assert asked.search("公开重大决策文件162件")
    assert asked.search("印发宣传资料3000份")
    assert not asked.search("培训执法人员200人次")
    # one way only: 多少件 asks for matters, and 3000份 counts none
    assert not counts_with(asked_measure("办结了多少件")).search("发放宣传资料3000份")


def test_a_document_count_answers_a_fen_question(app):
    ans = app.service.ask("松岗镇公开了多少份重大决策文件？")
    assert "162件" in ans.answer and ans.citations
    ans = app.service.ask("石桥镇公开了多少份规范性文件？")
    assert "200人次" not in ans.answer.split("相关内容")[0]


# ---- 5. doubled near-synonyms ------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "either"),
    [
        ("学法学习各搞了多少次", {"学法", "学习"}),
        ("学习学法一共开展了几次", {"学法", "学习"}),
        ("宣讲宣传活动办了几场", {"宣讲", "宣传"}),
    ],
)
def test_a_specific_word_beside_its_general_deed_is_either(app, question, either):
    concepts = app.service.retriever.analyze(question).concepts
    assert any(either <= set(c.alternatives) for c in concepts)


def test_two_specific_words_side_by_side_stay_two(app):
    found = [(0, 2, Concept("述职", ("述职",), False)), (2, 4, Concept("述法", ("述法",), True))]
    assert [c.term for _, _, c in merge_doubled(found)] == ["述职", "述法"]
    concepts = app.service.retriever.analyze("普法宣传搞了几次").concepts
    assert not any({"普法", "宣传"} <= set(c.alternatives) for c in concepts)


def test_either_word_answers_a_doubled_count(app):
    ans = app.service.ask("桂园街道学习学法一共搞了几次？")
    assert "11次" in ans.answer
    ans = app.service.ask("石桥镇学法学习搞了多少次")  # its only count is of meetings
    assert "5次" not in ans.answer.split("相关内容")[0]


# ---- 2. actors are light ------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "哪些地方组织干部学习了宪法",
        "哪些单位组织机关人员学习了宪法？",
        "组织班子成员学过宪法的有哪几个地方",
        "哪些乡镇组织公职人员学习宪法",
    ],
)
def test_the_actor_is_no_need_the_deed_is(app, question):
    terms = [c.term for c in app.service.retriever.analyze(question).concepts]
    assert "宪法" in terms and "学习" in terms
    assert not {"干部", "机关", "机关人员", "班子成员", "公职人员"} & set(terms)


def test_an_actor_joined_to_a_verb_leaves_the_verb_as_its_deed():
    found = [(2, 5, Concept("干部学", ("干部学",), True)), (6, 8, Concept("宪法", ("宪法",), True))]
    got = [c.term for _, _, c in light_actors(found, "组织干部学过宪法")]
    assert got == ["学习", "宪法"]


def test_an_actor_alone_is_still_asked_about():
    found = [(2, 6, Concept("公职人员", ("公职人员",), True))]
    assert light_actors(found, "配备公职人员") == found


def test_the_deed_in_the_next_sentence_counts_another_deed_does_not(app):
    ans = app.service.ask("哪些地方组织干部学过宪法？")
    assert set(ans.townships) == {"柳塘乡", "桂园街道"}  # 石桥镇 向群众宣传宪法 is not it
