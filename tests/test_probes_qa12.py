"""Comparison cells, fact values and follow-ups on wordings made up here, end to end.

``probes_qa12.jsonl`` asks 26 questions (the first 20 written before any code change, batches 2
and 3 marked in their ``note``) over three invented web-page copies (``tests/data/probe_reports_qa12``:
portal chrome, an 索引号 block, a topic named in one sentence and counted in the next, counts
of registered and passed examinees in one sentence, 方/平方米/亩) through the real CLI: ingest,
then ``reportqa eval``. Five categories — a topic's figures in the sentence after it,
colloquial measure words and objects, a fact follow-up keeping the need's verb, practice
cells, units the library lacks added to a comparison — each with two wordings that must be
answered and one that must not be.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup import Turn, resolve
from answering.practice import asks_practice
from answering.sentences import Span, with_figures
from answering.values import asked_count
from library import build
from reportqa.settings import Settings
from reportqa.units import UnitIndex
from retrieval.measures import asked_measure, counts_with
from retrieval.query import Concept
from retrieval.question_scope import join_separable
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
UNITS = UnitIndex(["甲山镇", "乙水乡", "丙桥街道"])


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    floors = "--min-facts 0.95 --min-compare 0.95 --min-none 0.95".split()
    reports = [DATA / "probe_reports_qa12"]
    ingest_and_eval(
        monkeypatch, capsys, tmp_path / "d", reports, DATA / "probes_qa12.jsonl", floors
    )


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    lib = build(Settings(data_dir=tmp_path_factory.mktemp("qa12") / "data"))
    lib.shelf.add([DATA / "probe_reports_qa12"])
    return lib


@pytest.fixture(scope="module")
def service(app):
    return app.service


def _ask(service, question: str, *history: str):
    turns: list[Turn] = []
    for h in history:
        ans = service.ask(h, turns)
        turns.append(Turn(h, ans.resolved_question, ans.townships))
    return service.ask(question, turns)


# ---- 1. a topic named in one sentence, its figures in the next ----------------------------
def _first_sentence(text: str) -> Span:
    end = text.index("。") + 1
    return Span(0, end, text[:end], 1.0)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "加大对法律法规知识的宣传力度，利用赶集日走村入户。共发放宣传资料300份，悬挂横幅12条。",
            "300份",
        ),
        ("在辖区小学开展法律进校园活动。全年举办讲座7场，受众学生900人次。", "7场"),
    ],
)
def test_a_topic_sentence_reads_on_into_its_figures(text, figure):
    got = with_figures(_first_sentence(text), lambda: text)
    assert got is not None and figure in got.text and got.text == text[got.start : got.end]


@pytest.mark.parametrize(
    "text",
    [
        "加大普法宣传力度，利用赶集日走村入户。\n（四）化解矛盾纠纷\n调解纠纷26起。",
        "加大普法宣传力度，走村入户。二是调解纠纷26起，成功率98%。",
    ],
)
def test_another_items_figures_never_join(text):
    assert with_figures(_first_sentence(text), lambda: text) is None


@pytest.mark.parametrize(
    ("question", "joined"),
    [("普了一次法", "普法一次"), ("学过法", "学法"), ("发了多少资料", "发了多少资料")],
)
def test_a_split_word_is_joined_only_when_its_half_is_no_part_of_another(app, question, joined):
    assert join_separable(question, app.retriever.lib.tokenizer.is_word) == joined


def test_a_cell_quotes_the_figures_not_a_problem_or_another_topic(service):
    ans = _ask(service, "松林镇和竹溪乡的普法宣传各搞了多少？")
    row = {r.unit: r.value for r in ans.table}
    assert "300份" in row["竹溪乡"] and "形式还比较单一" not in row["竹溪乡"]
    assert "26起" not in ans.answer  # the next paragraph's 调解 count


# ---- 2. colloquial measure words ------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "sentence"),
    [("拆了多少平方", "依法拆除无证建筑约1.2万方"), ("拆了多少方违建", "拆除违法建筑4600余平方米")],
)
def test_fang_and_pingfang_count_areas(question, sentence):
    assert counts_with(asked_measure(question)).search(sentence)


def test_a_measure_word_asked_is_no_thing_the_sentence_must_say(service):
    ans = _ask(service, "梅岭镇拆了多少平方米违章建筑")
    assert "：1.2万方" in ans.answer and ans.citations


def test_an_area_is_no_count_of_occasions():
    assert not counts_with(asked_measure("拆了多少平方")).search("开展拆违行动12次")


# ---- 3. of several counts in one sentence, the one the need's verb points at -------------
_EXAM = (Concept("资格考试", ("资格考试",), True),)


@pytest.mark.parametrize(
    ("question", "sentence", "want"),
    [
        ("有几个人通过了执法资格考试", "组织5人报名参加执法资格考试，通过考试共3名。", "3名"),
        ("有多少人拿到了执法证", "全镇8名干部参加资格考试，6名取得执法证。", "6名"),
    ],
)
def test_the_verb_picks_the_count(question, sentence, want):
    assert asked_count(sentence, question, _EXAM) == want


def test_the_count_by_the_thing_asked():
    concepts = (Concept("违章建筑", ("违章建筑", "无证建筑"), True),)
    got = asked_count("依法拆除无证建筑约1.2万方，复垦土地15亩。", "拆了多少平方违章建筑", concepts)
    assert got == "1.2万方"


def test_registering_asks_the_registered_count():
    concepts = (Concept("报名", ("报名",), False), *_EXAM)
    got = asked_count("组织5人报名参加执法资格考试，通过考试共3名。", "有几个人报名了", concepts)
    assert got == "5人"


def test_a_follow_up_to_another_unit_keeps_the_passed_count(service):
    ans = _ask(service, "那竹溪乡呢？", "松林镇有几个人通过了执法资格考试")
    assert "：3名" in ans.answer and "：5人" not in ans.answer


# ---- 4. practice cells ----------------------------------------------------------------------
def test_a_practice_cell_needs_the_practice_asked(service):
    ans = _ask(service, "竹溪乡和梅岭镇的常务会学法分别怎么搞的")
    row = {r.unit: r.value for r in ans.table}
    assert row["竹溪乡"] == "未提及" and "常务会议学法" in row["梅岭镇"]


@pytest.mark.parametrize(
    ("question", "practice"),
    [
        ("竹溪乡和梅岭镇的常务会学法分别怎么搞的", True),
        ("松林镇、竹溪乡的法律顾问分别管些什么", True),
        ("松林镇和竹溪乡在依法决策和法律服务上各做了什么", False),  # two things asked
        ("松林镇和竹溪乡的普法领导小组分别由谁牵头", False),  # a person asked
    ],
)
def test_which_comparisons_ask_one_practice(app, question, practice):
    assert asks_practice(app.retriever.analyze(question)) is practice


def test_another_kind_of_night_school_is_no_cell(service):
    ans = _ask(service, "松林镇和竹溪乡的法治夜校各自怎么搞的")
    assert not ans.townships and not ans.citations


# ---- 5. a unit the library lacks, added to a comparison ----------------------------------
_PREV = Turn("甲山镇和乙水乡各发放了多少份宣传资料", townships=("甲山镇", "乙水乡"))


@pytest.mark.parametrize("question", ["再加上丁家乡呢", "把丁家乡也加进来比一比"])
def test_an_absent_unit_is_said_and_the_comparison_kept(question):
    got = resolve(question, [_PREV], UNITS)
    assert got.absent == ("丁家乡",) and "甲山镇" in got.question and "乙水乡" in got.question


def test_a_unit_in_the_library_is_no_absent_one():
    got = resolve("再加上丙桥街道呢", [_PREV], UNITS)
    assert not got.absent and "丙桥街道" in got.question


def test_a_pick_is_asked_of_the_units_added():
    prev = Turn("甲山镇和乙水乡各调解了多少起纠纷", townships=("甲山镇", "乙水乡"))
    assert resolve("再加上丙桥街道，哪个最多", [prev], UNITS).question.endswith("哪个最多")
    assert resolve("把丁家乡也加进来，看看谁最少", [prev], UNITS).question.endswith("谁最少")
    assert "最" not in resolve("再加上丙桥街道呢", [prev], UNITS).question


def test_the_answer_says_which_unit_is_missing(service):
    ans = _ask(service, "再把桃花乡和梅岭镇加上", "松林镇和竹溪乡各发放了多少份宣传资料")
    assert "库中没有桃花乡的报告" in ans.answer
    assert {r.unit for r in ans.table} == {"松林镇", "竹溪乡", "梅岭镇"}
