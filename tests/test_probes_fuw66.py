"""Round fuw66: which- and fact-follow-ups that widen, swap a slot, narrow, or point at nothing.

``probes_fuw66.jsonl`` asks over five invented reports (澄湾区 2022 and 2023 work reports, three
township reports of 云栖县 (浙江) and 铜岚县 (江西): ``tests/data/probe_reports_fuw66``). Each rule
states a general fact:

- 「别的报告还有谁提了」 after a yes-or-no about one unit widens its thing to the rest of the
  library: a bare verb of mentioning has the thing just asked as its object
  (``answering.followup_scope``; w1a w1b w1c; must-nots w1n: a thing of its own is asked;
  w1m: the last question asked a figure — no mention to list).
- 「那17年目标呢」「那新增就业目标呢」 after a how-much question swap only the slots they name —
  year, measure, plan or result — and keep unit and the rest (``answering.followup_plan_swap``;
  p1a p1b p1c p1d; must-not p1n: a year no report plans for is refused).
- 「刚说的那个区，…」 with no unit said before is asked back, never answered from whichever
  reports hold its words (``answering.followup_pointers``; n1a n1b; must-not n1m: a unit said
  before is what the pointer stands for).
- 「浙江的只有哪几个」 narrows the last answer to a province, never lists every report there
  (``answering.followup_among.only_said``; o1a o1b; must-nots below: a condition before 的).

main (b3a8baa3): which 0.44, facts 0.80, none 0.75 (w1a w1b w1c p1c n1a o1a missed);
branch 1.00 / 1.00 / 1.00.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup_among import only_said
from answering.followup_plan_swap import plan_swapped
from answering.followup_pointers import nothing_pointed
from answering.followup_scope import beyond_last
from reportqa.errors import QuestionError
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fuw66.jsonl"


def test_fuw66_probes(tmp_path, monkeypatch, capsys):
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fuw66"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-none", "1.0"],
    )


@pytest.mark.parametrize(
    ("question", "prev", "read"),
    [
        ("别的报告还有谁提了？", "大鹏那份有没有讲河长制", "哪些报告提到河长制？"),
        ("别的报告呢，都有谁提了？", "坪山23那份讲了扫黑除恶吗", "哪些报告提到扫黑除恶？"),
        ("别的区还有哪些提到了", "盐田有没有讲垃圾分类", "哪些区提到垃圾分类？"),
        # must-nots: a figure or a field was asked, or the follow-up's own verb is a deed
        ("其他区还有谁提了？", "南山区GDP是多少", None),
        ("别的报告还有谁提了？", "大鹏的报告是哪一年的", None),
        ("别的报告还有谁提了？", "大鹏那份讲了什么", None),
        ("别的报告还有谁提了？", "大鹏有几条河纳入河长制", None),
        ("别的报告还有谁做了？", "大鹏那份有没有讲河长制", None),
    ],
)
def test_widening_keeps_the_last_thing(question, prev, read):
    assert beyond_last(question, prev) == read


@pytest.mark.parametrize(
    ("question", "prev", "named", "read"),
    [
        (
            "那17年目标呢",
            "大鹏16年固定资产投资完成了多少",
            ("大鹏新区",),
            "大鹏2017年固定资产投资目标是多少？",
        ),
        (
            "那新增就业目标呢",
            "广东2020年GDP增长目标是多少",
            ("广东省",),
            "广东2020年新增就业目标是多少？",
        ),
        ("那新增就业目标呢", "广东GDP增长目标是多少", ("广东省",), "广东新增就业目标是多少？"),
        (
            "17年目标呢",
            "大鹏16年固定资产投资完成了多少",
            ("大鹏新区",),
            "大鹏2017年固定资产投资目标是多少？",
        ),
        # must-nots: no plan word, a pointer, a unit, a count of years, no figure asked
        ("GDP目标是多少", "大鹏16年固定资产投资完成了多少", ("大鹏新区",), None),
        ("那LNG外输总量打算达到多少", "大鹏2021年LNG外输总量是多少", ("大鹏新区",), None),
        ("那17年呢", "大鹏16年固定资产投资完成了多少", ("大鹏新区",), None),
        ("那具体措施呢", "广东2020年GDP增长目标是多少", ("广东省",), None),
        ("那它的目标呢", "广东2020年GDP增长目标是多少", ("广东省",), None),
        ("那光明区目标呢", "广东2020年GDP增长目标是多少", ("广东省",), None),
        ("那近5年目标呢", "广东2020年GDP增长目标是多少", ("广东省",), None),
        ("那新增就业目标呢", "哪些报告提到河长制", (), None),
        ("那新增就业目标呢", "GDP增长目标是多少", (), None),
        # review66: a word qualifying the plan as a whole is no measure (a content is asked)
        ("那下一步计划呢", "盐田区2021年固定资产投资完成了多少", ("盐田区",), None),
        ("那工作目标呢", "盐田区2021年地区生产总值增长多少", ("盐田区",), None),
        ("那十四五目标呢", "南山区2017年GDP是多少", ("南山区",), None),
    ],
)
def test_plan_swapped(question, prev, named, read):
    assert plan_swapped(question, prev, named) == read


@pytest.mark.parametrize(
    ("question", "what"),
    [
        ("重庆的只有哪几个？", "重庆"),
        ("街道的只有哪些", "街道"),
        ("只看广东的", "广东"),
        # must-nots: a condition before 的, or no word of narrowing
        ("提到法律顾问的只有哪几个", None),
        ("重庆的有哪些", None),
    ],
)
def test_only_said(question, what):
    m = only_said(question)
    assert (m.group("what") if m else None) == what


@pytest.mark.parametrize(
    ("question", "asked_back"),
    [
        ("刚说的那个区，民生实事完成了几件", True),
        ("该街道2023年调解了多少件", True),
        # must-nots: a thing after the pointer, or a pointer inside the question
        ("这个区域有哪些报告提到河长制", False),
        ("那个镇长叫什么", False),
        # review66: a word that only begins with a unit noun (市场, 市民, 乡村)
        ("这个市场主体增长了多少", False),
        ("这个市民中心建得怎么样", False),
        ("这个乡村振兴哪些报告提到了", False),
        ("哪个区提到河长制，这个区的GDP多少", False),
    ],
)
def test_nothing_pointed(question, asked_back):
    if asked_back:
        with pytest.raises(QuestionError):
            nothing_pointed(question)
    else:
        nothing_pointed(question)
