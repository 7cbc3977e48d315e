"""Conversations and comparison cells on wordings made up here, end to end.

``probes_qa10.jsonl`` asks 22 questions over five invented web-page copies
(``tests/data/probe_reports_qa10``: page chrome, an 索引号 block, one page in traditional
characters, a county report beside three of its units and a township of another county)
through the real CLI: ingest, then ``reportqa eval``. Six categories — adding a unit to the
last comparison, picking the most from it, asking about its units as documents, library
questions in everyday words, comparison cells for a practice, coverage counted in people —
each with two wordings that must be answered and one that must not be.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.audience import asks_people, with_audience
from answering.followup import Turn, resolve
from answering.meta_parts import about_report
from library import build
from reportqa.errors import QuestionError
from reportqa.settings import Settings
from reportqa.units import UnitIndex
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
UNITS = UnitIndex(["甲山镇", "乙水乡", "丙桥街道"])


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    floors = "--min-f1 0.95 --min-facts 0.95 --min-compare 0.95 --min-none 0.95".split()
    reports = [DATA / "probe_reports_qa10"]
    ingest_and_eval(
        monkeypatch, capsys, tmp_path / "d", reports, DATA / "probes_qa10.jsonl", floors
    )


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    lib = build(Settings(data_dir=tmp_path_factory.mktemp("qa10") / "data"))
    lib.shelf.add([DATA / "probe_reports_qa10"])
    return lib


# ---- 1. adding a unit keeps the earlier units and the need --------------------------------
@pytest.mark.parametrize("question", ["再加上丙桥街道呢？", "丙桥街道也算上", "把丙桥街道加进来"])
def test_adding_a_unit_keeps_the_comparison(question):
    prev = Turn("甲山镇和乙水乡的普法领导小组组长分别是谁？", townships=("甲山镇", "乙水乡"))
    got = resolve(question, [prev], UNITS).question
    assert all(u in got for u in ("甲山镇", "乙水乡", "丙桥街道")) and "组长" in got


# ---- 2. 「哪个次数最多」: the count asked before, named as a count ------------------------------
@pytest.mark.parametrize("question", ["其中哪个次数最多？", "这里面谁的场次最多", "哪个数量最多？"])
def test_a_count_word_is_the_last_questions_count(question):
    prev = Turn("甲山镇、乙水乡和丙桥街道各开展了多少场普法活动？", townships=UNITS.names)
    resolved = resolve(question, [prev], UNITS)
    assert "普法活动" in resolved.question and set(resolved.scope) == set(UNITS.names)


def test_a_topic_of_its_own_stays_with_a_count_word():
    prev = Turn("甲山镇、乙水乡和丙桥街道各开展了多少场普法活动？", townships=UNITS.names)
    resolved = resolve("其中哪个调解次数最多？", [prev], UNITS)
    assert "普法活动" not in resolved.question and "调解" in resolved.question


# ---- 3. the last answer's units asked about as documents --------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "它们分别是哪一年的报告？",
        "这几个都是哪个县的？",
        "上述单位各属于哪个县",
        "这两份报告是报给谁的",
    ],
)
def test_the_last_units_asked_about_as_documents(question):
    assert about_report(question)
    prev = Turn("哪些乡镇聘请了法律顾问？", townships=("甲山镇", "乙水乡"))
    resolved = resolve(question, [prev], UNITS)
    assert resolved.scope == ("甲山镇", "乙水乡") and "法律顾问" not in resolved.question


def test_a_topic_is_not_a_question_about_documents():
    assert not about_report("它们各开展了多少场普法活动？")
    assert not about_report("这几个乡镇的法律顾问都是哪家律所的？")


def test_metadata_over_the_last_answer_lists_exactly_its_units(app):
    first = app.service.ask("白沙镇和青石乡的普法领导小组组长分别是谁？")
    turn = Turn(first.question, first.resolved_question, first.townships)
    for question in ("这几个都是哪个县的？", "它们分别是哪一年的报告？", "这两个都是报给谁的"):
        ans = app.service.ask(question, [turn])
        assert set(ans.townships) == {"白沙镇", "青石乡"}, ans.answer
        assert ans.citations and all(c.township in ("白沙镇", "青石乡") for c in ans.citations)


def test_a_plural_pronoun_with_nothing_before_asks_back(app):
    with pytest.raises(QuestionError):
        app.service.ask("它们分别是哪一年的报告？")


# ---- 4. library questions in everyday words -------------------------------------------------
@pytest.mark.parametrize(
    ("question", "units"),
    [
        ("24年度的报告都有谁的？", {"白沙镇", "青石乡"}),
        ("2024年的报告是谁的", {"白沙镇", "青石乡"}),
        ("2023年的报告有哪些单位的？", {"东门街道", "云溪县", "红枫镇"}),
        ("26年度的报告都有谁的？", set()),
    ],
)
def test_who_means_which_units(app, question, units):
    ans = app.service.ask(question)
    assert set(ans.townships) == units, ans.answer


def test_who_with_a_topic_is_searched_in_the_text(app):
    ans = app.service.ask("白沙镇的普法领导小组组长是谁？")
    assert "张明华" in ans.answer


# ---- 5. compare cells: an absent thing gets no cell from a generic sentence ----------------
def test_a_thing_no_report_has_gets_no_cell(app):
    ans = app.service.ask("白沙镇和青石乡的法治夜校各自怎么搞的？")
    assert not ans.townships and not ans.citations


def test_the_number_frame_of_a_comparison_is_no_concept(analyzer):
    towns = (UnitIndex(["甲山镇", "乙水乡"]), UnitIndex([]))
    for q in ("甲山镇和乙水乡行政审批改革的数字比一比", "甲山镇和乙水乡调解工作的数据对比一下"):
        terms = {c.term for c in analyzer.analyze(q, [], towns).concepts}
        assert "数字" not in terms and "数据" not in terms, terms
    kept = analyzer.analyze("甲山镇和乙水乡数字政府建设比一比", [], towns).concepts
    assert "数字" in {c.term for c in kept} or any("数字" in c.term for c in kept)


# ---- 6. coverage counted in people --------------------------------------------------------
@pytest.mark.parametrize("question", ["普法活动覆盖了多少人次？", "惠及群众几人？"])
def test_reaching_verbs_are_one_need_in_a_count_of_people(question, analyzer):
    assert asks_people(question)
    analysis = with_audience(analyzer.analyze(question, [], (UnitIndex([]), UnitIndex([]))))
    spelled = {a for c in analysis.concepts for a in c.alternatives}
    assert {"受众", "惠及", "覆盖"} <= spelled


def test_coverage_of_villages_keeps_its_own_meaning(analyzer):
    question = "法律顾问覆盖了多少个村？"
    assert not asks_people(question)
    analysis = with_audience(analyzer.analyze(question, [], (UnitIndex([]), UnitIndex([]))))
    assert "受众" not in {a for c in analysis.concepts for a in c.alternatives}


def test_an_audience_in_other_words_answers_and_a_count_of_copies_does_not(app):
    ans = app.service.ask("东门街道普法活动覆盖了多少人次？")
    assert "8000人次" in ans.answer and ans.citations
    ans = app.service.ask("红枫镇普法活动覆盖了多少人次？")
    assert not ans.citations


# ---- 4b. a year said relative to today ---------------------------------------------------
@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("有哪些是去年的报告", "有哪些是2024年的报告"),
        ("前年度的报告都有谁的", "2023年度的报告都有谁的"),
        ("去年开展了多少场普法活动", "去年开展了多少场普法活动"),  # a topic's time, not a report's
    ],
)
def test_a_relative_year_in_a_question_about_reports(said, meant):
    from answering.metadata_qa import absolute_years

    assert absolute_years(said, 2025) == meant


def test_last_years_reports_are_read_against_today(app, monkeypatch):
    monkeypatch.setattr(app.service.metadata, "this_year", lambda: 2025)
    assert set(app.service.ask("去年的报告都有谁的？").townships) == {"白沙镇", "青石乡"}
    assert not app.service.ask("今年的报告有哪些？").townships
