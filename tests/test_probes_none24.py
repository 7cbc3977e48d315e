"""Round none24: none-questions that lured the answerer into answering a broader question.

``probes_none24.jsonl`` asks over two invented reports of the invented 云溪县
(``tests/data/probe_reports_none24``): a count bound (超过500件, 至少有300件, 1000件以上) that
the stated count (126件) does not meet; an audience after 面向/针对, an attributive noun
(外商投资合同, 双语的宪法宣誓) and a channel (在抖音上) that no report writes; and a compound
no report writes (医保基金监管) whose spelled part 监管 must not outvote it in the graded share.
The must-nots are answered questions: a bound met (1500余件 for 超过1000件), a spelled audience,
a word of manner (挨家挨户) and the same practice without the narrowing word.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from answering.graded import share
from answering.narrowing import narrowing
from retrieval.concept import Concept
from retrieval.count_bounds import bound_asked
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_none24.jsonl"


def test_none24_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_none24"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert result["overall"]["errors"] == 0


@pytest.mark.parametrize(
    ("question", "sentence", "met"),
    [
        ("哪个地方受理法律援助案件超过500件？", "受理法律援助案件537件", True),
        ("哪个地方受理法律援助案件超过1000件？", "受理法律援助案件537件", False),
        ("调解纠纷超过1000件的", "调解矛盾纠纷1500余件", True),
        ("直播10次以上的", "进行政府常务会直播4次", False),
        ("坐班值班超过200次的", "坐班值班147次,提供法律咨询2897人次", False),  # 人次 is people
        ("出庭应诉率达到100%的", "实现了出庭应诉率的零突破", False),
        ("少于10次的", "开展培训8次", True),
    ],
)
def test_a_bound_is_met_only_by_a_stated_count_of_its_kind(question, sentence, met):
    bound = bound_asked(question)
    assert bound is not None and bound.met_in(sentence) is met


@pytest.mark.parametrize(
    "question",
    ["全年开了3次法治专题会的", "持证上岗率达到百分之百的", "哪些地方请了法律顾问", "2019年以后"],
)
def test_no_bound_without_a_bound_word_and_digits(question):
    assert bound_asked(question) is None


def test_a_bound_reads_its_value():
    assert bound_asked("至少有300件的").value == Decimal(300)


def _c(term: str) -> Concept:
    return Concept(term, (term,), True)


@pytest.mark.parametrize(
    ("question", "word", "core", "narrows"),
    [
        ("哪个街道开展过面向独居老人的送法上门？", "独居老人", ("送法", "上门"), True),
        ("哪个区在抖音上直播政府常务会？", "抖音", ("直播", "常务会"), True),
        ("哪些地方搞过方言版的防诈骗宣传？", "方言版", ("防诈", "宣传"), True),
        ("哪些乡镇的法律顾问审过外商投资合同？", "外商投资", ("法律顾问", "合同"), True),
        ("哪个街道是派人挨家挨户上门送普法小册子的？", "小册子", ("挨家挨户", "普法"), False),
        ("哪个镇给上了岁数的老人讲怎么防养老诈骗？", "上了岁数", ("老人", "诈骗"), False),
        ("哪个县让部门负责人拍短视频来述法？", "拍短", ("视频", "述法"), False),
        ("哪个镇重新宣誓过宪法？", "重新", ("宣誓", "宪法"), False),
    ],
)
def test_narrowing_words(question, word, core, narrows):
    got = narrowing(question, [_c(word)], [_c(t) for t in core])
    assert bool(got) is narrows


def test_a_compound_and_its_parts_are_one_word_of_the_share():
    core = [_c("监管"), _c("法治"), _c("考核"), _c("法治考核")]
    words = [_c("医保"), _c("基金"), _c("医保基金监管")]
    assert share(core, words) == 0.5  # 法治考核 against 医保基金监管
