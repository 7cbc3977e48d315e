"""Which-questions in the users' own words, on wordings and reports made up here, end to end.

``probes_qa27.jsonl`` asks 13 questions over three invented reports
(``tests/data/probe_reports_qa27``: a town, a street office and a township whose adviser
reviews contracts only and whose certificate rate is 85%):

1. spoken words no report uses (亮了自家得过的, 把自己捧回来的) are no honour's name: the frame
   noun 荣誉称号 is the topic, written 称号 / 荣获 / 被评为; a noun nobody names (无人机) stays;
2. a light verb before the deed (组织学了, 安排干部学了, 让法律顾问审一审): the deed's object
   carries the need, a way of learning stands for another beside it (学 ~ 讲座), and a frame
   no report spells (决策前) is as loose as the word it joined (决策);
3. a totality said in words (百分之百, 一个不落) is the condition 100% / 全部, not 85%.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from reportqa.units import UnitIndex
from retrieval.concept import Concept
from retrieval.evidence import SUPPORT
from retrieval.own_words import spellings
from retrieval.spoken import split_light_verbs, totality_in, undoubled
from tests.probe_kit import ingest_and_eval, score

DATA = Path(__file__).parent / "data"
_units = (UnitIndex(["青杉镇", "白鹭街道"]), UnitIndex([]))
_score = partial(score, units=_units)


def _terms(analyzer, question: str) -> list[str]:
    """The question's required concepts (its verbs are weighed against a library)."""
    return [c.term for c in analyzer.analyze(question, [], _units).concepts if c.required]


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    # before this round: which F1 0.39 (7 of 8 which-probes missed a unit or took 石门乡)
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa27"],
        DATA / "probes_qa27.jsonl",
        "--min-f1 1.0 --min-none 1.0".split(),
    )
    assert len(result["questions"]) == 13


# ---- 1. spoken words around the topic ---------------------------------------------------
@pytest.mark.parametrize(
    "question",
    ["哪些地方在报告里亮了自家得过的荣誉称号", "有哪些镇街把自己捧回来的荣誉称号也摆出来了"],
)
def test_a_clause_before_the_frame_noun_is_no_honour(analyzer, question):
    assert _terms(analyzer, question) == ["荣誉称号"]


def test_a_named_honour_stays_a_name(analyzer):
    assert _terms(analyzer, "哪些地方获评过全国文明城市称号") == ["全国文明城市"]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("街道被评为“全市信访工作示范街道”称号。", True),
        ("先后荣获“全省平安乡镇”“市级文明村镇”。", True),
        ("积极开展文明创建活动，组织志愿服务12场。", False),
    ],
)
def test_an_honour_however_conferred(analyzer, tok, sentence, said):
    q = "哪些镇街在报告里晒了自家得过的荣誉称号"
    assert (_score(analyzer, tok, q, sentence) >= SUPPORT) is said


# ---- 2. a light verb before the deed ------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("哪几个镇街把宪法好好学了一遍", ["宪法"]),
        ("哪些镇街在报告里嘚瑟了一下法治宣传", ["法治宣传"]),
        ("哪些地方安排干部们去学了宪法", ["宪法"]),
    ],
)
def test_a_word_taking_an_aspect_particle_is_a_predicate(analyzer, question, topic):
    assert _terms(analyzer, question) == topic


def test_a_noun_taking_an_aspect_particle_is_split(tok):
    split = split_light_verbs(tok.tagged("组织学了宪法"), tok.tagged)
    assert [w for w, _ in split][:2] == ["组织", "学"]
    # no particle after it: jieba's noun stays (组织学 is a subject of study)
    assert ("组织学", "n") in split_light_verbs(tok.tagged("组织学是一门学科"), tok.tagged)


@pytest.mark.parametrize(
    ("text", "undone"),
    [
        ("让顾问审一审", "让顾问审  "),
        ("大家学一学宪法", "大家学  宪法"),
        ("学习了习近平", "学习了习近平"),
    ],
)
def test_a_doubled_verb_is_said_once(text, undone):
    assert undoubled(text) == undone


@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        ("哪些地方安排干部学了宪法", "邀请律师为机关职工举办宪法专题讲座3场。", True),
        ("哪些镇街带着职工学过宪法", "镇党委中心组集中学习《中华人民共和国宪法》4次。", True),
        ("哪些地方安排干部学了宪法", "邀请律师为机关职工举办专题讲座3场。", False),
        ("哪些地方安排干部学了宪法", "开展安全生产检查，排查隐患12处。", False),
    ],
)
def test_the_deed_and_its_object_carry_the_need(analyzer, tok, question, sentence, said):
    assert (_score(analyzer, tok, question, sentence) >= SUPPORT) is said


def test_a_frame_no_report_spells_is_as_loose_as_its_word():
    before = Concept("决策前", ("决策前", "策前"), False)
    assert "决策" in spellings(before, [("决策", 1.0)], lambda _s: 0)
    # a report spells it, or it is a required noun: unchanged
    assert spellings(before, [("决策", 1.0)], lambda _s: 1) == before.alternatives
    noun = Concept("无人机", ("无人机",), True)
    assert spellings(noun, [("无人", 1.0)], lambda _s: 0) == noun.alternatives
    # a thing jieba read as a verb (「配了执法服」) is not a time frame: never loosened
    thing = Concept("执法服", ("执法服",), False)
    assert spellings(thing, [("执法", 1.0)], lambda _s: 0) == thing.alternatives


# ---- 3. a totality said in words ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [("持证率做到百分百的", True), ("一个不落都持证上岗了", True), ("达到百分之九十的", False)],
)
def test_a_totality_in_words(text, found):
    assert bool(totality_in(text)) is found


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("全镇27名行政执法人员持证上岗率达100%。", True),
        ("综合行政执法队执法人员全部持证上岗。", True),
        ("严格落实执法人员“持证上岗、亮证执法”管理制度。", False),
        ("全乡行政执法人员14名，持证上岗率为85%。", False),
    ],
)
def test_a_totality_is_a_condition(analyzer, tok, sentence, said):
    for q in (
        "执法人员持证上岗率达到百分之百的是哪些地方",
        "哪些镇街的执法人员一个不落都持证上岗了",
    ):
        assert (_score(analyzer, tok, q, sentence) >= SUPPORT) is said


# ---- a remark on what counts ---------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "在搞法治政府示范创建的有哪些地方（市级的县级的都算）",
        "哪些地方在搞法治政府示范创建，市级的也算",
    ],
)
def test_a_remark_on_what_counts_asks_nothing(analyzer, question):
    assert not any("市级" in t or "县级" in t for t in _terms(analyzer, question))
