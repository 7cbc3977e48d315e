"""Round w82: users' everyday words and numbers for what the reports name otherwise.

``probes_w82.jsonl`` asks over three invented reports (``tests/data/probe_reports_w82``):

- 法律上的“健康检查” is the 法律健康检查, and 体检 contracts 健康检查: the reports' 法治体检 /
  法律体检 (jk1 jk1b); a health check for the elderly is not it (jk1n).
- 录像的那种设备: a demonstrative between 的 and a device head points at the kind the
  description says, as 录像的设备 does (lx1 lx1b); the description then names the device
  (测速的那种设备 is no recorder, lx1n; 办公设备 no answer).
- 骗钱 is said for 诈骗, 反骗 for 反诈骗, also as the tail of a list item (网上骗钱) (fp1 fp1b
  fp1c); 反腐 is no 反骗 (fp1n).
- a bound or a stated count in Chinese numerals (超过一百份, 一百二十份, 两万余人次) and the
  round floors 上万/过万 are read as digits are (nb1 nb1b nb2 nb2b); 超过两百份 meets none (nb1n).
- 自助办事的机器 / 自助的那种机器: the machine is the 自助 one (zz1 zz1b); another machine
  described is none (zz1n).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from retrieval.count_bounds import bound_asked
from retrieval.legal_respect import legal_respect
from retrieval.register import read_register, register_tail
from retrieval.vocabulary import described_device
from retrieval.written_numbers import value
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_w82.jsonl"


def test_w82_probes(tmp_path, monkeypatch, capsys):
    # main (30d05d80): which 0.18, none 0.33; branch 1.00 / 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_w82"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("run", "number"),
    [("一百", 100), ("两万", 20000), ("三十五", 35), ("十二", 12), ("一千零五", 1005)],
)
def test_chinese_numerals(run, number):
    assert value(run) == Decimal(number)


def test_not_a_numeral():
    assert value("一二") is None and value("百姓") is None


@pytest.mark.parametrize(
    ("question", "op", "number", "measure"),
    [
        ("一年审核合同超过一百份的有哪些单位？", ">", 100, "份"),
        ("普法宣传覆盖群众上万人次的有哪些地方？", ">=", 10000, "人次"),
        ("直播五十场以上的", ">=", 50, "场"),
        ("覆盖超过1万人次的", ">", 10000, "人次"),
    ],
)
def test_bound_in_words(question, op, number, measure):
    bound = bound_asked(question)
    assert (bound.op, bound.value, bound.measure) == (op, Decimal(number), measure)


def test_no_bound_of_one_or_inside_a_word():
    # 「一次」「一个」 are an article as often as a count; 晚上千万 no floor
    assert bound_asked("至少一个") is None
    assert bound_asked("晚上千万别忘了") is None


def test_a_count_in_words_meets_the_bound():
    bound = bound_asked("普法宣传覆盖群众上万人次的有哪些地方？")
    assert bound.met_in("覆盖群众两万余人次。") and not bound.met_in("覆盖群众8000人次。")


def test_legal_respect_of_a_thing():
    tag = lambda s: [(s, "n")]  # noqa: E731
    assert legal_respect("法律上的“健康检查”", tag) == "“法律健康检查”"
    assert legal_respect("法治上的短板", tag) == "法治短板"


def test_register_lines():
    register = read_register()
    assert "法治体检" in register["法律健康检查"]
    assert "反诈" in register["反骗"] and "诈骗" in register["骗钱"]
    assert not set(register["反腐"]) & set(register["反骗"])  # 反腐 is no 反骗
    assert "健康检查" not in register  # 健康检查 alone is the medical check
    assert "诈骗" in register_tail("网上骗钱") and register_tail("骗钱") == register["骗钱"][1:]
    assert register_tail("电话") == ()


def test_described_device():
    assert described_device("配了录像的那种", 4) and described_device("配了录像的", 4)
    assert not described_device("配了录像", 4)  # no 的: 录像设备 is a word of its own
