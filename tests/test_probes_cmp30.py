"""Round cmp30: how users word a comparison's need, and how the reports write it.

``probes_cmp30.jsonl`` asks over three invented reports of the invented 枫浦市
(``tests/data/probe_reports_cmp30``). 槐溪镇 writes 双随机一公开 unmarked, hands out a
《…学法手册》, has 28 村 and 7 部门 述法, and runs 「一件事一次办」; 云杉街道 writes
“双随机、一公开”, hands out a 《…汇编》, has 15 科室 and 19 社区 述法, and runs 「一网通办」;
石榴乡 writes 公开 and 随机 apart, 宣传资料 and 审批材料, 为方便开展普法, a 网上学法考试 and no
述法, and 进村入户 visits; 槐溪镇 runs 「法律进村」, 云杉街道 「法治进乡村」. Six
classes, each with two paraphrases and a must-not:

- N: a policy name of parts is written with or without 、 between them
  (``retrieval.quoted_terms.separated_forms``, ``retrieval.coded_names.code_spellings``);
- S: how far a deed reaches (多大范围, 覆盖面多广) asks a size, answered by the units or
  people covered (``answering.value_kinds``);
- M: study material handed out is named by its kind (手册, 汇编, 读本; ``colloquial.txt``);
- B: the aim 办事方便 is named by its measures (一次办, 一网通办, 便民服务; ``colloquial.txt``);
- T: a 专题学习 session is written by its form or body (集体学法, 专题学法, 中心组学习);
- C: a campaign X进Y whose place is one character (送法进村) is one concept, the place spelled
  whole too (「法治进乡村」; ``retrieval.phrases.campaign_place``); a visit 进村入户 is none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.value_kinds import COUNT, asked_value, value_words
from retrieval.coded_names import code_spellings
from retrieval.concept import Concept
from retrieval.phrases import campaign_place
from retrieval.quoted_terms import quoted_spellings, separated_forms
from tests.probe_kit import compare_cells, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_cmp30.jsonl"


def test_cmp30_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_cmp30"],
        PROBES,
        ["--min-compare", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    cells = compare_cells(tmp_path / "d", PROBES)
    for probe in ("n1a", "n1b"):
        assert "25项" in cells[probe]["槐溪镇"] and "18次" in cells[probe]["云杉街道"]
    for probe in ("s1a", "s1b"):
        assert "28个" in cells[probe]["槐溪镇"] and "19个" in cells[probe]["云杉街道"]
    for probe in ("m1a", "m1b"):
        assert "学法手册" in cells[probe]["槐溪镇"] and "汇编" in cells[probe]["云杉街道"]
    for probe in ("b1a", "b1b"):
        assert "一次办" in cells[probe]["槐溪镇"] and "一网通办" in cells[probe]["云杉街道"]
    # the must-nots: parts written apart, no 述法, other 材料, 方便 of another aim, a test
    assert "10次" in cells["t1a"]["槐溪镇"] and "6次" in cells["t1b"]["云杉街道"]
    for probe in ("c1a", "c1b"):
        assert "32场" in cells[probe]["槐溪镇"] and "14场" in cells[probe]["云杉街道"]
    for probe in ("n1x", "s1x", "m1x", "b1x", "t1x", "c1x"):
        assert cells[probe]["石榴乡"] == "未提及", (probe, cells[probe])


@pytest.mark.parametrize(
    ("phrase", "joined"),
    [
        ("双随机、一公开", "双随机一公开"),
        ("谁执法、谁普法", "谁执法谁普法"),
        ("四议·两公开", "四议两公开"),
    ],
)
def test_a_quoted_name_of_parts_is_also_written_unmarked(phrase, joined):
    assert joined in separated_forms(phrase)
    assert joined in quoted_spellings(phrase)


@pytest.mark.parametrize("phrase", ["双随机", "A、B", "12345"])
def test_no_unmarked_spelling_without_chinese_parts(phrase):
    assert separated_forms(phrase) == ()


@pytest.mark.parametrize(
    ("code", "marked"),
    [
        ("双随机一公开", "双随机、一公开"),
        ("四议两公开", "四议、两公开"),
        ("两学一做", "两学、一做"),
    ],
)
def test_a_coded_name_is_also_written_with_marks(code, marked):
    assert code_spellings(code)[0] == code and marked in code_spellings(code)


@pytest.mark.parametrize("word", ["一年一次", "法律顾问", "三年两次"])
def test_no_marked_spelling_of_a_count_or_a_plain_word(word):
    assert code_spellings(word) == (word,)


@pytest.mark.parametrize(
    "question",
    ["甲镇和乙镇的述法各有多大范围", "甲镇、乙镇述法的覆盖面分别有多广", "甲镇的述法范围有多大"],
)
def test_how_far_a_deed_reaches_asks_a_size(question):
    said = value_words(question)
    assert ("范围" in said or "覆盖面" in said) and ("多大" in said or "多广" in said)
    assert asked_value(question).kind == COUNT


@pytest.mark.parametrize("question", ["甲镇和乙镇的权责清单范围各包括什么", "甲镇的执法范围是什么"])
def test_a_range_named_is_no_size(question):
    assert value_words(question) == ()


@pytest.mark.parametrize(("word", "place"), [("进村", "村"), ("进校", "校"), ("进校园", "校园")])
def test_a_campaign_goes_into_a_place(word, place):
    found = [(0, 2, Concept("送法", ("送法",), True))]
    assert campaign_place("送法" + word, found, 2, word) == place


@pytest.mark.parametrize("word", ["进行", "进步", "进度"])
def test_no_campaign_into_no_place(word):
    found = [(0, 2, Concept("普法", ("普法",), True))]
    assert campaign_place("普法" + word, found, 2, word) == ""
