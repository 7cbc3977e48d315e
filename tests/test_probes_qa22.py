"""Verb copies with a long object or 各/都 between, 考 said as a verb, and an aside inside a
metadata compare, on wordings made up here, end to end.

``probes_qa22.jsonl`` asks 10 questions over three invented reports
(``tests/data/probe_reports_qa22``: page chrome on one, two counties). Three categories, each
with wordings that must be answered and one that must not:

1. a verb copied after a long object or after 各/都 (听…听了, 学法各学了, 开展…都开展了);
2. 考了/考过 + a subject read as an exam (考过法律知识 ~ 法律知识考试);
3. 「A和B都是某县的吧」 is an aside inside a metadata compare, not a need.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.asides import without_aside
from reportqa.text import Tokenizer
from retrieval.verb_copy import exam_as_noun, without_verb_copy
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def tokenizer():
    return Tokenizer()


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    # before this round: which_f1 0.33, facts 1.00, compare 0.50, none 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa22"],
        DATA / "probes_qa22.jsonl",
        "--min-f1 0.70 --min-facts 1.0 --min-compare 1.0 --min-none 1.0".split(),
    )
    assert len(result["questions"]) == 10


# ---- 1. a verb copied after a long object, or after 各/都 ------------------------------------
@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("甲镇党委会上听法治工作汇报听了几回", "甲镇党委会上听法治工作汇报几回"),
        ("乙乡中心组学法各学了几次", "乙乡中心组学法各几次"),
        ("丙街道开展普法活动都开展了多少场", "丙街道开展普法活动都多少场"),
        ("丁镇法律顾问审查合同审查了多少份", "丁镇法律顾问审查合同多少份"),
    ],
)
def test_a_copy_after_a_long_object_or_a_distributive_is_dropped(tokenizer, question, plain):
    assert without_verb_copy(question, tokenizer.is_word) == plain


@pytest.mark.parametrize(
    "question",
    ["丙区案卷评查抽查了多少宗", "乙乡行政诉讼败诉了几宗", "甲镇中心组学法学习了几次"],
)
def test_the_tail_of_another_word_is_no_copy(tokenizer, question):
    assert without_verb_copy(question, tokenizer.is_word) == question


# ---- 2. 考 as a verb ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("哪些地方组织干部考过法律知识", "哪些地方组织干部法律知识考试"),
        ("哪个乡让村干部考了一回宪法", "哪个乡让村干部一回宪法考试"),
    ],
)
def test_kao_with_an_aspect_is_an_exam(tokenizer, question, read):
    assert exam_as_noun(question, tokenizer.is_word) == read


@pytest.mark.parametrize(
    "question",
    ["哪些乡镇考核了法治建设", "谁去考察过基地", "参考率是多少", "哪些报告参考了上级文件"],
)
def test_other_words_with_kao_stay(tokenizer, question):
    assert exam_as_noun(question, tokenizer.is_word) == question


# ---- 3. a guess inside a metadata compare ------------------------------------------------
@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("甲镇和乙乡都是丙县的吧，两份报告分别是哪年的", "甲镇和乙乡两份报告分别是哪年的"),
        ("丁街道跟戊镇应该不是一个区的吧？各是哪一年的", "丁街道跟戊镇各是哪一年的"),
    ],
)
def test_a_guess_ending_in_ba_is_an_aside(question, need):
    assert without_aside(question) == need


@pytest.mark.parametrize(
    "question",
    [
        "甲镇和乙乡都开展了普法吧，分别开展了几场",  # a guessed deed is the topic
        "甲镇是丙县的吧",  # nothing else asked: the guess is the question
        "甲镇和乙乡都是哪年的",  # no 吧: 都是 asks
    ],
)
def test_no_aside_no_change(question):
    assert without_aside(question) == question
