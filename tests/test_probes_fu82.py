"""Round fu82: follow-ups refused or misread after the last answer (or its question's shape).

``probes_fu82.jsonl`` asks over five invented reports (``tests/data/probe_reports_fu82``):

- A year added to a list's year (「再把2022年的也加进来」「2021年的报告也算上」「加上2021年的」)
  widens the years of the list (ya1 ya1b ya1c); a fresh list with its own year is no widening
  (ya1n). On main each was read as an ellipsis about the units just listed and refused.
- A level added with its verb first (「再加上区县的」「那再算上县一级的呢」) lifts the level as
  「县区的也算上」 did (lv1 lv1b); 「其中街道的呢」 still narrows (lv1n).
- A grade said alone (「那国家级的呢」「省级的呢」) asks the last list's title at that grade
  (gr1 gr1b); 「那宪法宣传周呢」 still swaps the topic (gr1n).
- What the last question negated, named alone (「那败诉的呢」 after 「…但没败诉的有哪些」), asks
  it affirmed over the library (ng1 ng1b) — on main it was searched among the units that did
  NOT; a fresh question after it keeps its own topic (ng1n).
- After an answer that named nobody, 「其中哪个是2022年的报告」「这几个里2023年的是哪几个」
  ask the last question over that year's reports (em1 em1b): answered 「没有找到」, never
  refused; a pointer that narrows nothing (「其中哪个最多」「那它们的报告分别是哪年的」, as
  tests/test_probes_qa32 keeps) or follows a turn that asked for no units is still asked back.

Figures (which / none, errors): main 30d05d80 0.46 / 1.00 with 5 errors (3 refused widenings,
2 refused follow-ups counted as none); branch fu82 1.00 / 1.00, 0 errors.

Review (rev_fu82) added rv1-rv4, each a misfire of fu82 as first written: 「有没有」 read as a
negation to take out (rv1, rv1b: 「石渠镇有聘请法律顾问」 answered a fresh list), a negation said
again stacked (rv2: 「没有有行政诉讼但没败诉的」), a year stacked on the last one after an empty
answer (rv3), a list's year dropped when its condition was swapped (rv4: a 2021 unit named);
and one as old as main: a negator before a deed of its own (「未败诉的有哪些」) turned the last
list (rv5, rv5b: 「哪些地方没有开展宪法宣传周」), while 「没开展的呢」 still does (rv5c).
Figures over all 23: main 7364dde3 which 0.49, none 1.00, 6 errors; fu82 eba6ff55 0.85 / 1.00;
rev_fu82 1.00 / 1.00, 0 errors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup import resolve
from answering.followup_bare_topic import graded
from answering.followup_condition import condition_swapped
from answering.followup_negated import negated_followup
from answering.followup_turn import Turn
from answering.followup_year_added import year_added
from reportqa.errors import QuestionError
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fu82.jsonl"


def test_fu82_probes(tmp_path, monkeypatch, capsys):
    # main (30d05d80): which 0.46, none 1.00, 5 errors; branch 1.00 / 1.00, no error
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fu82"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


EMPTY = [Turn("哪些地方组建了无人机执法队？")]


@pytest.mark.parametrize(
    ("q", "asked"),
    [
        ("其中哪个是2022年的报告？", "2022年的报告里，哪些地方组建了无人机执法队"),
        ("这几个里2023年的是哪几个？", "2023年的报告里，哪些地方组建了无人机执法队"),
        ("里面2021年以前的呢", "2021年以前的报告里，哪些地方组建了无人机执法队"),
    ],
)
def test_after_an_empty_answer_the_last_question_is_asked_there(q, asked):
    got = resolve(q, EMPTY, ["甲镇"])
    assert got.question == asked and not got.scope
    assert "没有列出单位" in got.note


def test_a_year_scope_is_replaced_never_stacked():
    turns = [Turn("其中哪个是2022年的报告？", "2022年的报告里，哪些地方组建了无人机执法队")]
    got = resolve("这几个里2023年的报告是哪几个？", turns, ["甲镇"])
    assert got.question == "2023年的报告里，哪些地方组建了无人机执法队"
    # the year the user asked the last question over, wherever said (review: rv3)
    got = resolve("里面2023年的呢", [Turn("哪些地方2021年提到信访？")], ["甲镇"])
    assert got.question == "哪些地方2023年提到信访"
    # a year of the topic stays: the reports' year goes in front
    got = resolve("其中2022年的呢", [Turn("哪些地方提到2035年远景目标？")], ["甲镇"])
    assert got.question == "2022年的报告里，哪些地方提到2035年远景目标"


@pytest.mark.parametrize(
    ("turns", "q"),
    [
        (EMPTY, "其中哪个最多？"),  # a ranking has nothing to rank: asked back
        ([Turn("你好")], "其中2022年的有哪些"),  # no list asked: the pointer stands for nothing
        (EMPTY, "这几家里2023年提到法律顾问的有哪些"),  # a topic of its own besides the year
        (EMPTY, "那它们的报告分别是哪年的？"),  # narrows nothing: asked again, still nobody
    ],
)
def test_pointers_with_nothing_to_stand_for_are_still_asked_back(turns, q):
    with pytest.raises(QuestionError, match="没有列出任何单位"):
        resolve(q, turns, ["甲镇"])


def test_year_added():
    assert year_added("再把2020年的也加进来", "2021年的报告都有哪些单位？")[0] == (
        "2021年和2020年的报告都有哪些单位？"
    )
    assert year_added("加上2023年的", "2022年的报告里，哪些提到述法？")[0].startswith(
        "2022年和2023年的报告里"
    )
    # over every year already: asked again, said so
    assert year_added("2023年的也算上", "哪些地方提到述法？") == (
        "哪些地方提到述法？",
        "（上一个问题不限年份，已包括2023年的报告）",
    )
    assert year_added("再把2035年远景目标也加进来", "哪些地方提到述法？") is None  # a topic
    assert year_added("再把2020年的也加进来", "甲镇2021年调解了多少件？") is None  # no list
    assert year_added("2022年的报告有哪些单位？", "2023年的报告都有哪些单位？") is None


def test_graded():
    assert graded("国家级", "哪些地方有民主法治示范村")[0] == "哪些地方有国家级民主法治示范村"
    assert graded("国家级", "哪些乡镇获得过省级法治示范称号？")[0] == (
        "哪些乡镇获得过国家级法治示范称号？"  # the grade said is swapped, never stacked
    )
    assert graded("国家级", "哪些地方提到法律顾问") is None  # no title to grade
    # the title is after the verb that has it: never after 还有's 有 or 所有 (review)
    assert graded("国家级", "还有哪些地方有民主法治示范村？")[0] == (
        "还有哪些地方有国家级民主法治示范村？"
    )
    assert graded("国家级", "哪些地方所有村都创建了民主法治示范村？")[0] == (
        "哪些地方所有村都创建了国家级民主法治示范村？"
    )


def test_affirmed_only_what_was_negated():
    last = [Turn("有行政诉讼但没败诉的有哪些？")]
    assert negated_followup("那败诉的呢", last) == "有行政诉讼但败诉的有哪些？"
    assert negated_followup("那行政复议的呢", last) is None  # not the negated thing
    bare = [Turn("有行政诉讼但没败诉的")]  # asked with no asking word: said with one
    assert negated_followup("那败诉的呢", bare) == "有行政诉讼但败诉的有哪些？"
    assert negated_followup("那败诉的呢", [Turn("哪些地方有败诉的行政诉讼")]) is None
    # 有没有 negates nothing; a yes-no asked last has no list to turn (review: rv1, rv1b)
    assert negated_followup("聘请法律顾问的有哪些？", [Turn("石渠镇有没有聘请法律顾问？")]) is None
    assert negated_followup("聘请法律顾问的有哪些", [Turn("甲镇是不是没有聘请法律顾问？")]) is None
    # the negation said again: the last list again, never 没有 stacked on it (review: rv2)
    assert negated_followup("没败诉的有哪些", last) == "有行政诉讼但没败诉的有哪些？"
    # a deed of its own after the negator is asked fresh; the last verb or 搞 turns it (rv5)
    done = [Turn("哪些地方开展了宪法宣传周？")]
    assert negated_followup("未败诉的有哪些", done) is None
    assert negated_followup("没搞的呢", done) == "哪些地方没有开展宪法宣传周？"
    assert negated_followup("没写的呢", [Turn("哪几份报告里写了存在的问题？")]) == (
        "哪几份报告里没有写存在的问题？"  # after the reports' classifier, never inside it
    )


def test_a_condition_swapped_keeps_the_lists_years():
    # a list asked at its end: the new condition after its noun, its years kept (review: rv4)
    assert condition_swapped("那提到法律顾问的呢", "2023年提到信访的有哪些？") == (
        "2023年哪些单位提到法律顾问？"
    )
    assert condition_swapped("那提到法律顾问的呢", "提到信访的报告有哪些？") == (
        "哪些报告里提到法律顾问？"
    )


def test_an_extent_after_a_list_over_a_place_is_no_grade():
    # 全国/全省 grade a title (全国民主法治示范村) only when the list named no place: after
    # 「广东哪些地方…」 they say the whole country, never 「广东…全国…示范村」 (review)
    asked = resolve("那全国的呢", [Turn("哪些地方有民主法治示范村？")], ["甲镇"]).question
    assert asked == "哪些地方有全国民主法治示范村？"
    for prev in ("广东哪些地方有民主法治示范村？", "甲镇哪些村获评过全省法治示范？"):
        assert "全国民主" not in resolve("那全国的呢", [Turn(prev)], ["甲镇"]).question
    assert (
        "国家级民主"
        in resolve("那国家级的呢", [Turn("广东哪些地方有民主法治示范村？")], ["甲镇"]).question
    )
