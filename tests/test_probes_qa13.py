"""Question shapes users type, on wordings made up here, end to end.

``probes_qa13.jsonl`` asks 18 questions over five invented web-page copies
(``tests/data/probe_reports_qa13``: page chrome, an 索引号 block, one page in traditional
characters) through the real CLI: ingest, then ``reportqa eval``. Three categories, each
with wordings that must be answered and one that must not:

1. which-questions without a question word (「…的乡镇街道」「…的单位？」「谁搞了…」「谁家…」);
2. a gloss of a named term and an elaboration by alternatives are no extra requirements;
3. a name question answers only with a name that stands with the thing asked about.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.entities import named_thing, names_given
from library import build
from reportqa.answer import Kind
from reportqa.settings import Settings
from retrieval.glosses import find_gloss, most
from retrieval.question_shape import asks_units
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    floors = "--min-f1 0.95 --min-facts 0.95 --min-none 0.95".split()
    reports = [DATA / "probe_reports_qa13"]
    result = ingest_and_eval(
        monkeypatch, capsys, tmp_path / "d", reports, DATA / "probes_qa13.jsonl", floors
    )
    # the which-probes carry their completeness line as a value: the shape is checked too
    assert result["overall"]["fact_accuracy"] == 1.0, result["overall"]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    lib = build(Settings(data_dir=tmp_path_factory.mktemp("qa13") / "data"))
    lib.shelf.add([DATA / "probe_reports_qa13"])
    return lib


# ---- 1. which-questions without a question word ---------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "建了法治文化阵地的乡镇街道",
        "推行驻村律师制度的乡镇和街道？",
        "有过年终述法的单位",
        "搞了法治体检的地方有哪些",
        "提到两个清单的报告",
        "这些报告里谁开展了送法下乡",
        "报告里面谁提到了会前学法",
        "谁家建了调解工作室？",
        "落实了会前学法的有谁",
    ],
)
def test_a_phrase_ending_in_units_or_a_subject_who_asks_which_units(question):
    assert asks_units(question)


@pytest.mark.parametrize(
    "question",
    [
        "落实两个清单制度的情况",
        "法治文化公园建设的做法",
        "谁任普法领导小组组长",
        "谁是镇政府的法律顾问？",
        "普法领导小组组长是谁",
        "谁负责审核合同",
        "报告里做得好的地方",
        "普法工作存在不足的地方",
    ],
)
def test_a_topic_or_a_person_is_not_a_list_of_units(question):
    assert not asks_units(question)


def test_the_unworded_which_answers_with_the_completeness_line(app):
    ans = app.service.ask("开展过年终述法的乡镇街道")
    assert ans.kind == Kind.WHICH and ans.completeness is not None
    assert set(ans.townships) == {"青禾镇", "云台街道"}
    ans = app.service.ask("青禾镇落实两个清单制度的情况")
    assert ans.kind == Kind.FACT and ans.townships == ("青禾镇",)


# ---- 2. glosses and elaborations --------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "parts", "any_of"),
    [
        ("哪些乡镇推行了网格化管理（划网格、配网格员那种）", ("划网格", "配网格员"), False),
        ("哪些单位落实了三项制度，就是公示、记录、审核？", ("公示", "记录", "审核"), False),
        ("哪些乡镇请了法律顾问，比如审合同或者参与信访之类？", ("审合同", "参与信访"), True),
        ("哪些街道建了调解室，让律师坐班还是接待群众的", ("让律师坐班", "接待群众"), True),
    ],
)
def test_a_gloss_and_its_parts(question, parts, any_of):
    gloss = find_gloss(question)
    assert gloss is not None and gloss.parts == parts and gloss.any_of is any_of


@pytest.mark.parametrize(
    "question",
    [
        "哪些乡镇搞了年终述法（街道不算）？",
        "哪些村（社区）配了法律顾问",
        "哪些乡镇开展了法治体检，为企业出具了风险提示书？",
        "除了白沙镇，还有哪些乡镇聘请了法律顾问或者律师？",
        "哪些乡镇请了法律顾问，哪些街道请了律师？",
    ],
)
def test_scope_asides_and_plain_clauses_are_no_gloss(question):
    assert find_gloss(question) is None


def test_most_parts_is_never_one_part():
    assert [most(n) for n in (2, 3, 4, 5)] == [2, 2, 3, 3]


def test_a_report_naming_most_parts_in_its_own_words_counts(app):
    ans = app.service.ask("哪些单位搞了行政执法三项制度（执法公示、全程记录、法审）？")
    assert set(ans.townships) == {"白鹭街道", "石门乡"}  # 红岭镇 公示 alone is not it


def test_alternatives_in_an_elaboration_are_either(app):
    ans = app.service.ask("哪些地方聘了法律顾问，让他们参与重大决策或者审核合同？")
    assert {"青禾镇", "白鹭街道"} <= set(ans.townships) and "红岭镇" not in ans.townships


# ---- 3. a name stands with the thing named ---------------------------------------------
def test_the_thing_named_is_the_concept_and_the_end_before_the_name_word():
    assert named_thing("那个法治文化公园叫什么名字", ["法治文化", "公园"]) == ("公园", "园")
    assert named_thing("那支调解志愿队的名称是啥", ["调解", "志愿队"]) == ("志愿队", "愿队", "队")
    assert named_thing("法治文化公园建得怎么样", ["法治文化公园"]) == ()


PARK = ("法治文化公园", "公园", "园")


@pytest.mark.parametrize(
    ("sentence", "gives"),
    [
        ("建成“清风”法治公园，园内设置宪法宣传墙。", True),
        ("打造「同心」品牌法治公园一处。", True),
        ("制定《白石镇法治文化公园建设方案》。", True),
        ("推进法治文化公园建设，设置宣传展板40块。", False),
    ],
)
def test_a_quoted_name_must_stand_with_the_thing(sentence, gives):
    beside = "全面落实“两个清单”制度。"  # a name of something else, in a sentence without it
    assert names_given([sentence, beside], PARK, None) == [gives, False]


def test_with_the_thing_worded_otherwise_any_name_counts():
    assert names_given(["依托“老杨”调解室化解纠纷。"], ("调解工作坊", "作坊", "坊"), None) == [True]


def test_a_report_that_names_no_park_says_so(app):
    ans = app.service.ask("青禾镇那座法治文化公园叫啥名字？")
    assert not ans.citations and "没有写明" in ans.answer
    ans = app.service.ask("白鹭街道的法治公园叫什么名字")
    assert "清风" in ans.answer and ans.citations
