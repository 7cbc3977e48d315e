"""Round fact30: a fact question's value in the words people ask it.

``probes_fact30.jsonl`` asks over one invented report (``tests/data/probe_reports_fact30``):

- a span of years (「连续多少年」「连着几年」) is counted in 年 beside a small number
  (``retrieval.measures``: 连续8年, never 2024年), and its 连续 is the value's word, no topic
  (``answering.value_kinds.value_words``): two paraphrases, and a must-not whose honour the
  report gives with no span (the 8年 belongs to another honour);
- 钟头 is the spoken 小时, and study time is written 学时 (``retrieval/colloquial.txt``,
  ``retrieval.measures``): two paraphrases, and a must-not whose people's hours no sentence
  gives (the 40学时 are the 执法人员's);
- a who-question reads the neighbour of the topic's sentence that names a person and says a
  word of the question (``answering.who_beside``): two paraphrases, and a must-not where the
  neighbour names a person about something else.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup_recount import without_recount
from retrieval.measures import YEARS, asked_measure, counts_with
from tests.probe_kit import asked, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fact30.jsonl"


def test_fact30_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fact30"],
        PROBES,
        ["--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])
    # the neighbour naming a person about another matter (a 安全生产 meeting) is not read
    must_not = DATA / "probes_fact30_who_not.jsonl"
    for _, answer in asked(tmp_path / "d", must_not):
        assert "王建国" not in answer.answer


@pytest.mark.parametrize(
    "question", ["连续多少年获评优秀", "已经连着几年评上先进了", "干了几个年头", "累计多少年"]
)
def test_a_span_of_years_is_asked_in_years(question):
    assert asked_measure(question) == YEARS


@pytest.mark.parametrize(
    "question",
    ["近几年开展了多少次普法", "几年级的学生听了讲座", "多少年度报告", "有多少年轻干部参加"],
)
def test_no_span_asked_in_other_words(question):
    assert asked_measure(question) != YEARS


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("连续15年在全省考核中获评优秀", "15年"),
        ("连续十五年获评", "十五年"),
        ("坚持了3个年头", "3个年"),
    ],
)
def test_a_span_is_a_small_number_of_years(text, span):
    found = counts_with(YEARS).search(text)
    assert found is not None and found.group(0) == span


@pytest.mark.parametrize("text", ["2024年获评优秀", "一年来获评优秀", "2024年度考核优秀"])
def test_a_date_is_no_span(text):
    assert counts_with(YEARS).search(text) is None


def test_hours_asked_as_钟头():
    assert asked_measure("一年起码得学多少个钟头") == "钟头"
    assert counts_with("钟头").search("完成不少于60学时的培训")


_LAST = "云栖镇全年组织了多少场干部集中学法？"


@pytest.mark.parametrize("leftover", ["那呢，学了几回", "呢？一共学过多少次", "，又学了几场"])
def test_a_recount_of_the_last_deed_says_nothing_new(leftover):
    assert without_recount(leftover, _LAST, r"(?:多少|呢)+[？?]*$") == ""


@pytest.mark.parametrize("leftover", ["那呢，审了几份", "那呢，学了多少人", "那呢，调解了几次"])
def test_a_tail_of_another_deed_or_kind_stays(leftover):
    assert without_recount(leftover, _LAST, r"(?:多少|呢)+[？?]*$") == leftover
