"""Round num76: conditions on numbers and cells of a comparison.

``probes_num76.jsonl`` asks over five invented reports (``tests/data/probe_reports_num76``):

- a 的-phrase closed by a bound (「信访按期办结率98%以上的」) asks which units, and 以上/低于/不到
  are no topic words (bd1 bd1b bd1c); a follow-up of a bound alone moves the last question's
  bound (bd2 bd2b); 梅湾's 96.5% and 莲塘 2021's 97.6% are the must-nots of each bound.
- 有A但没B: A present, B absent or zero (bn1 bn1b): 枫岭乡's 「败诉1件」 must not be listed;
  「一件没输」's 一件 is no topic, 「零败诉」 is no B.
- 零X asked and written is a match (z1 z2, review rev76): a report's 零 negates nothing the
  question's polarity reads, so 「实现了零上访的」 keeps 石岭镇.
- 三地 after a list of units counts them (cm1); 「各几份」 with names run together is a row each
  (cm2); a bracketed year after the last unit is its own (cm3: 莲塘 2021, never 2022's 33份).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup_bound import bound_swapped
from reportqa.answer import Kind
from retrieval.but_not import ButNot, but_not_text
from retrieval.count_bounds import bounded_phrase, without_bound
from retrieval.negated_mention import negated
from retrieval.none_at_all import without_none_at_all
from retrieval.pinned_years import attached_years
from retrieval.question_kind import question_kind
from retrieval.question_scope import among
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_num76.jsonl"


def test_num76_probes(tmp_path, monkeypatch, capsys):
    # main (7df9fb29): which 0.00, compare 0.56; branch 1.00 / 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_num76"],
        PROBES,
        ["--min-f1", "1.0", "--min-compare", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("question", "closed"),
    [
        ("人民调解成功率97%以上的", True),
        ("受理案件超过500件的？", True),
        ("出庭应诉率低于95%的单位", True),
        ("调解成功率99%以上", False),  # no 的: a statement, not a phrase of units
        ("调解成功率是多少", False),
        ("99%以上的纠纷在村里化解了吗", False),
    ],
)
def test_bounded_phrase(question, closed):
    assert bounded_phrase(question) is closed


def test_bound_words_are_no_topic():
    assert "以上" not in without_bound("人民调解成功率97%以上的")
    assert "低于" not in without_bound("成功率低于97%的乡镇")
    assert without_bound("调解成功率") == "调解成功率"
    assert len(without_bound("人民调解成功率97%以上的")) == len("人民调解成功率97%以上的")


def test_bound_swapped():
    prev = "信访按期办结率98%以上的"
    assert bound_swapped("不到97%的呢", prev) == "信访按期办结率不到97%的"
    assert bound_swapped("那高于99%的有哪些", prev) == "信访按期办结率高于99%的"
    assert bound_swapped("超过100件的呢", prev) is None  # another measure: nothing bounded
    assert bound_swapped("低于97%的呢", "哪些乡镇开展了调解") is None  # no bound before
    assert bound_swapped("信访低于97%的呢", prev) is None  # a topic word besides the bound
    # two bounds before: which one moved is unsaid
    assert bound_swapped("97%以上的呢", "调解成功率98%以上、办结率99%以上的") is None


def test_none_at_all():
    assert without_none_at_all("有过行政诉讼却一次都没输的镇").strip().endswith("没输的镇")
    assert "一件" not in without_none_at_all("一件都没败诉")
    assert without_none_at_all("办理一件实事") == "办理一件实事"  # no negation after it
    assert without_none_at_all("第一次没通过") == "第一次没通过"
    # the 但 joining it to A goes too: never the tail of A's word (「行政执法但」)
    assert "但" not in without_none_at_all("有行政执法但一次没被投诉的乡镇")
    assert "但" in without_none_at_all("有行政执法但没被投诉的乡镇")  # no count: polarity's


def test_but_not():
    assert but_not_text("有过行政诉讼却一次都没输的镇") == "输了"
    assert but_not_text("哪些镇有行政诉讼但是没有败诉") == "败诉"
    assert but_not_text("没有败诉的乡镇") is None  # no A present asked: polarity's
    b = ButNot(("败诉",))
    assert b.allows("全年发生行政诉讼案件2件，均未败诉。")
    assert b.allows("行政诉讼案件1件，零败诉。")
    assert b.allows("行政诉讼案件3件，败诉0件。")
    assert b.allows("全年发生行政诉讼案件2件。")
    assert not b.allows("行政诉讼案件2件，败诉1件。")
    assert not b.allows("一审行政诉讼案件243件，败诉率3.3%。")


def test_zero_is_no_negation_of_a_mention():
    # review rev76: 「零上访」 read as 上访 denied dropped the very unit that 「实现了零上访的」
    # asks for (z1 z2); only 有A但没B reads 零B as no B (``ButNot``)
    text = "全年实现零上访，对违纪行为零容忍。"
    assert not negated(text, text.index("上访"), text.index("上访") + 2)
    assert not negated(text, text.index("容忍"), text.index("容忍") + 2)
    assert ButNot(("上访",)).allows(text)


def test_each_how_many_compares_named_units():
    assert (
        question_kind("重大决策事项，甲镇乙镇丙镇各几项", ["甲镇", "乙镇", "丙镇"]) == Kind.COMPARE
    )
    assert question_kind("甲镇各村各有多少", ["甲镇"]) != Kind.COMPARE  # one unit named


def test_places_counted():
    assert "三地" not in among("云溪、枫岭、梅湾三地信访办结率比一比")
    assert "两地" not in among("石岭和莲塘两地的调解纠纷数")
    assert "三地" in among("推进三地协同发展的有哪些")  # no list before it: a practice's name


def test_bracketed_year_is_the_last_units():
    assert attached_years("审核协议的份数，云溪和莲塘（21年）", ["云溪镇", "莲塘镇"]) == {
        "莲塘镇": 2021
    }
    assert attached_years("罗湖和龙岗2020年GDP", ["罗湖区", "龙岗区"]) == {}
