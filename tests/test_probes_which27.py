"""Round which27: a follow-up that names only another level (「那区县一级的呢？」「那么市这一级的
报告呢」) after a which-question asks the last question again over the reports of that level,
its old level word (哪些乡镇, 乡镇一级的报告里) replaced — never a topicless search that finds
nothing (``answering.followup_switch``).

``probes_which27.jsonl`` asks over four invented reports of the invented 雁栖县 and 青川市
(``tests/data/probe_reports_which27``: two townships, the county, the city): three paraphrases
answered at the level named, and two must-nots — a follow-up with a topic of its own
(「那市一级哪些开展了宪法宣誓」: not the last question there), and a switch to a level whose
reports do not say the practice (it invents nobody).

A which-question that names a thing and hedges 「或者类似的班子」「或其他类似机构」 is read on the
thing named: the kind word after the hedge is no need of its own (``retrieval.hedges``) — two
paraphrases, and a must-not whose named thing no report writes (the hedge never weakens it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup import Turn, resolve
from answering.followup_switch import switched_level
from retrieval.hedges import without_hedge
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_which27.jsonl"


def test_which27_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_which27"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    by_id = {q["id"]: q for q in result["questions"]}
    assert by_id["wl1a"]["resolved"].startswith("区县一级的报告里，哪些地方")
    assert "乡镇" not in by_id["wl1c"]["resolved"]


@pytest.mark.parametrize(
    ("follow", "prev", "want"),
    [
        ("那市一级的呢？", "哪些乡镇开会前学法？", "市一级的报告里，哪些地方开会前学法"),
        (
            "那么县这一级的报告呢",
            "哪几个镇街请了法律顾问",
            "区县一级的报告里，哪几个地方请了法律顾问",
        ),
        (
            "那地市层面呢",
            "区县一级的报告里，哪些搞了宪法宣誓？",
            "市一级的报告里，哪些搞了宪法宣誓",
        ),
        # a year in the last question stays: it is no level
        (
            "那区县一级的呢",
            "2024年的报告里，哪些镇提到了法律顾问",
            "区县一级的报告里，2024年的报告里，哪些地方提到了法律顾问",
        ),
    ],
)
def test_a_level_switch_asks_the_last_question_there(follow, prev, want):
    got = switched_level(follow, prev)
    assert got is not None and got[0] == want
    assert "重新检索上一个问题" in got[1]


@pytest.mark.parametrize(
    "follow",
    [
        "那市一级哪些搞了普法？",
        "其中县一级的呢？",
        "那甲镇呢？",
        "那2023年的呢",
        "市一级的报告有几份？",
    ],
)
def test_more_than_a_level_is_no_switch(follow):
    assert switched_level(follow, "哪些乡镇开会前学法？") is None


def test_among_still_picks_from_the_last_units():
    got = resolve(
        "其中县一级的呢？",
        [Turn("哪些地方开会前学法？", townships=("甲镇", "丙县"))],
        ["甲镇", "丙县"],
    )
    assert got.scope == ("甲镇", "丙县")


def test_after_a_fact_question_a_level_is_no_switch():
    got = resolve("那区县一级的呢？", [Turn("甲镇开展了多少场普法活动？")], ["甲镇"])
    assert not got.question.startswith("区县一级的报告里，甲镇")


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("哪些镇成立了法治领导小组或者类似的班子？", "哪些镇成立了法治领导小组"),
        ("哪些地方搞了普法或其他类似活动", "哪些地方搞了普法"),
        ("哪些地方开展了法治体检或者相似的服务也算", "哪些地方开展了法治体检也算"),
    ],
)
def test_a_hedge_and_its_kind_word_are_no_need(asked, read):
    assert without_hedge(asked).replace(" ", "").rstrip("？") == read


@pytest.mark.parametrize(
    "kept",
    [
        "类似的机构有哪些",  # no named thing before the hedge
        "哪些地方和类似的单位签了协议",  # the kind word opens a clause of its own
        "哪些地方请了律师或者其他法律服务人员",  # a named kind of its own, not an umbrella word
    ],
)
def test_no_hedge_without_a_named_thing_before_it(kept):
    assert without_hedge(kept) == kept
