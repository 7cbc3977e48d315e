"""Round which39: a count asked with the units, a field framing a named practice, examples
of an area, a doer shared by a list of deeds.

``probes_which39.jsonl`` asks over four invented reports (``tests/data/probe_reports_which39``):

- a which-question asking 多少人/几名 wants the count in that measure (``retrieval.asked_counts``):
  青禾镇 writes 干部28人 for 宪法宣誓, 白鹭乡 宣誓2次 (occasions) and 石门街道 no number; two
  paraphrases, and a must-not (哪几个 alone asks no count);
- an opening 「X方面，」「在X领域，」 frames the named practice after it (``retrieval.topic_frames``):
  白鹭乡 writes “一网通办” without 放管服; two paraphrases, and a must-not (a generic deed after
  the frame, 培训, is still narrowed by the field);
- examples after a pointer at an area (「X这一块，比如…」) illustrate it
  (``retrieval.glosses.illustrates``): 白鹭乡's 公平竞争审查全覆盖 is in the area; two
  paraphrases, and a must-not (without the pointer the examples narrow);
- a doer written once before a list of deeds does each (``retrieval.shared_subject``):
  「理论学习中心组学法、学习习近平法治思想的」 — 白鹭乡's 干部 study 习近平法治思想, no 中心组;
  two paraphrases, and a must-not (a list of things shares no doer);
- the 联动 of two bodies is held as their 联席会议 (``retrieval/synonyms.txt`` 联动: 联席):
  青禾镇's 府院联席会议; two paraphrases, and a must-not (白鹭乡's 安全生产联席会议 names
  neither side of 安监联动);
- after a modifier both alternatives share (「专项执法行动或者专项整治」) the heads name the kinds
  asked (``retrieval.phrases.merge_alternatives``: the merged heads are a must): 石门街道's
  基层执法专项培训 is another kind; two paraphrases, and a must-not (专项培训 asked is answered).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.asked_counts import count_asked
from retrieval.glosses import find_gloss, illustrates
from retrieval.shared_subject import shared_subject
from retrieval.topic_frames import framed
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_which39.jsonl"


def test_which39_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_which39"],
        PROBES,
        ["--min-f1", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("need", "measure"),
    [
        ("有多少人持有执法证", "人"),
        ("调解了多少件纠纷", "件"),
        ("哪几个乡镇提到了执法证", ""),
        ("有多少个镇提到了执法证", ""),
        ("近几年开展了普法", ""),
        ("干部入户走访，前前后后跑了好几轮", ""),  # a vague amount asks nothing
        ("组织几十人参加了宣誓", ""),
    ],
)
def test_a_count_asked_with_the_units(need, measure):
    assert count_asked(need) == measure


@pytest.mark.parametrize(
    ("question", "frame"),
    [
        ("放管服改革方面，搞了“证照分离”的有哪些？", ("放管服", "改革", "方面")),
        ("在放管服改革领域，哪些乡镇搞了“一网通办”？", ("放管服", "改革", "领域")),
        ("关于府院联动，哪几份报告有写？", ()),  # the frame is the whole need
        ("镇宁自治县，搞了“证照分离”吗", ()),  # no mark: no frame
    ],
)
def test_an_opening_field_frames_the_clause(question, frame):
    terms = ["放管服", "改革", "方面", "领域", "证照分离", "一网通办", "府院", "联动"]
    assert framed(question, terms) == frame


@pytest.mark.parametrize(
    ("question", "area"),
    [
        ("哪些地方讲到了合法性审查这一块，比如给决策、合同出审查意见的？", True),
        ("哪些乡镇提到了普法这方面，例如送法下乡、法治讲座？", True),
        ("哪些乡镇请了法律顾问，比如参与重大决策、审核合同之类？", False),
    ],
)
def test_examples_of_an_area(question, area):
    gloss = find_gloss(question)
    assert gloss is not None and illustrates(question, gloss) is area


_TAGS = {
    "理论学习中心组学法": [("理论", "n"), ("学习", "v"), ("中心组", "n"), ("学法", "n")],
    "学习习近平法治思想": [("学习", "v"), ("习近平法治思想", "n")],
    "法律顾问审查合同": [("法律顾问", "n"), ("审查", "v"), ("合同", "n")],
    "参与决策": [("参与", "v"), ("决策", "n")],
    "电子证照": [("电子", "n"), ("证照", "n")],
    "掌上办": [("掌上", "s"), ("办", "v")],
}


@pytest.mark.parametrize(
    ("items", "doer"),
    [
        (["理论学习中心组学法", "学习习近平法治思想"], "理论学习中心组"),
        (["法律顾问审查合同", "参与决策"], "法律顾问"),
        (["电子证照", "掌上办"], ""),  # things: no deed opens the later item
    ],
)
def test_a_doer_shared_by_deeds(items, doer):
    assert shared_subject(items, lambda s: _TAGS[s]) == doer
