"""Round meta7 (issue 15 item 4): questions about the library in other words, over the invented
library ``tests/data/probe_reports_meta7`` (made-up pages naming real places, one traditional).

- the unit above asked as 「是哪个区下面的」「归哪个区管」「属于哪个县区」「上面是哪个旗」, answered
  from metadata with the report cited, also when the parent comes from the division list;
  「古劳镇下面有几个村」 asks what lies below and is no such question;
- a province or city named in a which-question is an area: 「重庆的乡镇报告」 holds the towns of
  every Chongqing district, although 重庆市 is also the parent a county report names;
- 「24年度的报告都有谁的」: a two-digit year and 「都有谁的」 ask which units wrote reports.

Every category has two paraphrases that must work and one question that must not match."""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.meta_parts import PARENT
from retrieval.scope import levels_asked
from tests.probe_kit import ingest_and_eval, misses

DATA = Path(__file__).parent / "data"


def test_probe_set(tmp_path, monkeypatch, capsys):
    floors = ["--min-f1", "1.0", "--min-facts", "1.0", "--min-none", "1.0"]
    reports = [DATA / "probe_reports_meta7"]
    result = ingest_and_eval(
        monkeypatch, capsys, tmp_path / "d", reports, DATA / "probes_meta7.jsonl", floors
    )
    assert not misses(result), misses(result)
    by_id = {q["id"]: q for q in result["questions"]}
    assert "地名资料" in by_id["m01"]["answer"]  # the parent is the division list's, said so
    assert "无法确定" in by_id["m13"]["answer"]  # namesakes: why no parent is given


@pytest.mark.parametrize(
    "q",
    [
        "白沙镇是哪个区下面的",
        "青石乡归哪个市管",
        "东门街道属于哪个县区",
        "它上面是哪个旗",
        "它的上级是哪个县",
        "云溪镇是什么县的",
        "云溪镇所属的县区是哪个",
    ],
)
def test_the_unit_above_in_other_words(q):
    assert PARENT.search(q)


@pytest.mark.parametrize(
    "q",
    [
        "白沙镇下面有几个村",
        "白沙镇接受了几次上级督查",
        "白沙镇上级部门检查了什么",
        "白沙镇所属村居有几个法律顾问",
        "白沙镇落实所属县委的部署了吗",
    ],
)
def test_what_lies_below_or_a_topic_is_no_parent_question(q):
    assert not PARENT.search(q)


@pytest.mark.parametrize(
    ("q", "levels"),
    [
        ("哪些区的报告提到了民法典", ("区县",)),
        ("有哪些县搞了法治体检", ("区县",)),
        ("哪一个镇聘了法律顾问", ("乡镇",)),
        ("哪几个区在推非诉解纷", ("区县",)),
        ("哪些地区开展了法治宣传", ()),  # 地区: places in general, no level
        ("哪些区域实现了全覆盖", ()),
    ],
)
def test_which_noun_names_the_level_asked(q, levels):
    assert levels_asked(q) == levels
