"""Round which28: a rank asked with its field, and a level switch named by a level word alone.

``probes_which28.jsonl`` asks over four invented reports of the invented 澄江区 and 临州市
(``tests/data/probe_reports_which28``: a street, a town, the district, a city):

- a rank is one need with the field it is ranked in (「排全区第一」 → 全区第一,
  ``retrieval.ranks``): two paraphrases (名列前茅 ~ 前列, 全省第二), a report writing only
  第一议题/第一责任人 is no answer, and a must-not in another field (全市第一 for 全区第一);
- 「那地级市里呢」「那区县呢」 after a which-question ask it again over that level
  (``answering.followup_switch``): two paraphrases and a must-not that invents nobody.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup_switch import switched_level
from retrieval.ranks import ranks_in
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_which28.jsonl"


def test_which28_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_which28"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    by_id = {q["id"]: q for q in result["questions"]}
    assert by_id["k2a"]["resolved"].startswith("市一级的报告里，哪些地方")


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("哪些地方有工作排全区第一", "全区第一"),
        ("哪些街道的调解成功率在全市名列前茅", "全市前列"),
        ("哪个地方营商环境排名全省第二名", "全省第二"),
    ],
)
def test_a_rank_is_read_with_its_field(question, term):
    assert [c.term for _, _, c in ranks_in(question)] == [term]


@pytest.mark.parametrize(
    "question",
    ["哪些地方落实了第一责任人职责", "全区的普法活动有哪些", "哪些地方坚持第一议题制度"],
)
def test_no_rank_without_a_field_and_a_rank(question):
    assert ranks_in(question) == []


@pytest.mark.parametrize(
    ("follow", "level"),
    [
        ("那地级市里呢？", "市"),
        ("那地级市呢", "市"),
        ("那区县呢？", "区县"),
        ("那县里呢？", "区县"),
    ],
)
def test_a_level_word_alone_switches(follow, level):
    got = switched_level(follow, "哪些地方开展了述法？")
    assert got is not None and got[0].startswith(f"{level}一级的报告里，")


@pytest.mark.parametrize(
    "follow", ["那市呢？", "那市场呢？", "那街道里呢？", "那地级市里哪些搞了普法？"]
)
def test_no_switch_without_a_level_alone(follow):
    assert switched_level(follow, "哪些地方开展了述法？") is None
