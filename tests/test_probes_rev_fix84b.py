"""Review of fix84b: where its follow-up rules reached past what they mean.

``probes_rev_fix84b.jsonl`` asks over the four fix84b reports and a 2024 street
(``tests/data/probe_reports_rev_fix84b``):

- 「2023年及以后」「2022年及之前」 hold the year said (ry1 ry1b): fix84b writes follow-ups after an
  empty answer this way (ry1c), and the scope reader read the year alone (2023 only, 2022 only);
  「2023年以后」 still leaves 2023 out (ry1n).
- 「这些街道的…」 is asked without a stray 的 (rk1).

- A range beside a plural order word (「最老的几份，2020年及以前的报告」) is left to the
  metadata list, which reads it whole (meta74 a1 kept; 「2020年以前」 too, as main did not).

Figures: main which 0.60, facts 0.00, none 1.00, 2 errors; fix84b which 0.60, facts 1.00, none
1.00; rev_fix84b which 1.00, facts 1.00, none 1.00, 0 errors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup import resolve
from answering.followup_turn import Turn
from answering.points_back import points_back
from answering.year_picks import ranged
from reportqa.errors import QuestionError
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_rev_fix84b_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_rev_fix84b"],
        DATA / "probes_rev_fix84b.jsonl",
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("prev", "q"),
    [
        ("哪些镇街组建了综合执法队？", "这些镇街一年给法律顾问付了多少钱？"),  # 镇 and 街道 at once
        ("哪些区县开展了执法检查？", "这些区域的执法力量怎么样"),  # 区域 is no district
        ("哪些县市区建立了合法性审查制度？", "这些县市区一年付了多少钱"),
        ("哪些地方提到了新型城镇化？", "这些镇一年付了多少钱"),  # 城镇 named no town
        ("哪些地区聘请了法律顾问？", "这些区一年付了多少钱？"),  # 地区 named no district
    ],
)
def test_a_kind_pointer_is_a_whole_kind_the_last_question_asked_over(prev, q):
    with pytest.raises(QuestionError, match="没有列出任何单位"):
        resolve(q, [Turn(prev)], ["甲镇"])


def test_a_kind_pointer_leaves_no_stray_possessive():
    got = resolve(
        "这些街道的法律顾问列席过几次会议", [Turn("哪些街道组建了无人机执法队？")], ["甲镇"]
    )
    assert got.question == "街道的报告里，法律顾问列席过几次会议"


@pytest.mark.parametrize(
    "q",
    [
        "哪些乡镇提到了它？",  # 它 the object: a thing said before
        "有没有地方落实了它？",
        "哪些街道把它列为重点",
        "哪个地方比它多",
        "哪个区说它的报告里提到了这份报告",  # resumptive 它, then a pointer back
        "哪些地方存在它说的问题",  # 存在 is no 在
    ],
)
def test_an_object_pronoun_still_points_back(q):
    assert points_back(q)


@pytest.mark.parametrize(
    "q",
    [
        "有哪个地方说它那个计划完成了",
        "哪个镇的报告里说它们完成了",
        "哪些乡镇在它们的报告里写了培训",
    ],
)
def test_a_pronoun_said_by_the_unit_asked_for_is_bound(q):
    assert not points_back(q)


def test_a_range_bounded_with_its_year_is_written_as_the_years_held():
    held = {2021, 2022, 2023, 2024}
    assert ranged("2023年及以后的报告里，哪些地方聘请了法律顾问", held) == (
        "2023年、2024年的报告里，哪些地方聘请了法律顾问"
    )
    assert ranged("2022年以及之前哪些乡镇开展了普法", held).startswith("2021年、2022年哪些")
    assert ranged("2023年以后哪些乡镇开展了普法", held).startswith("2024年哪些")


def test_a_range_bounding_a_plural_order_list_is_left_to_the_metadata():
    # 「最老的几份」 are every report the range holds (``meta_order.ranged_list``)
    for q in ("最老的几份，2020年及以前的报告", "最老的几份，2020年以前的报告"):
        assert ranged(q, {2019, 2020, 2021}) == q
    assert ranged("2020年以后最早的是哪份", {2019, 2021}) == "2021年最早的是哪份"


def test_a_bound_written_out_as_years_held_still_narrows_an_empty_answer():
    # ``ranged`` writes 「2023年及以后」 as the years held before the follow-up is resolved
    got = resolve(
        "其中2023年、2024年、2025年的报告里提到的有哪些", [Turn("哪些地方组建了无人机执法队？")], []
    )
    assert got.question == "2023年、2024年、2025年的报告里，哪些地方组建了无人机执法队"
