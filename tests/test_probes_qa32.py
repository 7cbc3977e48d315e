"""Follow-ups after every answer shape, and the asker's purpose after a question, on
conversations and reports made up here, end to end.

``probes_qa32.jsonl`` asks 25 questions over four invented reports
(``tests/data/probe_reports_qa32``: a town and a 乡 of one county, a street office and a
town of another), each after an earlier turn answered for real:

1. a superlative after a comparison (「其中哪家审得最多」) is answered by the unit picked by
   the numbers the comparison quoted (超120份 as 120; a tie names every top unit), and a
   which-reading of it is that unit, not every row of the table;
2. a bare comparative of one pick (「哪个多」「谁少」「哪家的成功率高」) ranks as 最多 does;
   「多少」 asks a count and ranks nothing;
3. 它 / 这家 after a pick is the unit picked (a tie leaves it unclear and it is asked back);
4. 「其中哪份报告最早」「这几家谁的报告最新」 pick by the reports' years, read from the
   metadata (a tie named together); 「哪个乡镇最早开展了…」 asks about a deed and is searched;
5. a last clause of the asker's use with no doer (「写材料要用」「汇报要用」「想借鉴一下」) is
   no need, while 「要求干部学习」「供群众学习」 say what was done;
6. 「它和乙乡比哪个多」「跟乙乡比呢」 after a turn about one unit compare it with the unit
   named on the last question's topic; 「甲镇和乙乡比」 names its own units and is new;
7. 「其中」「这几家里」「它们」 after an answer that named nobody are asked back with the last
   question quoted, while a new question after it is answered;
8. the other shapes keep working: 「再加上X呢」 after a which, 「那X呢」 after a compare,
   「它们各自是哪年的报告」 after a metadata list, and a new question naming its own units is
   no follow-up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup import Turn, resolve
from answering.meta_order import asks_order
from answering.picking import most_said
from reportqa.errors import QuestionError
from retrieval.asker_words import without_asker
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    # before this round: which F1 0.32, facts 0.33, compare 0.90 (f1a f1b f2a f2b f3a f3b f4a f6a f6b f7a f7b f8a f8b)
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa32"],
        DATA / "probes_qa32.jsonl",
        "--min-f1 1.0 --min-facts 1.0 --min-compare 1.0 --min-none 1.0".split(),
    )
    assert len(result["questions"]) == 25


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("其中哪个多", "其中哪个最多"),
        ("谁审的合同少？", "谁审的合同最少？"),
        ("哪家的成功率高", "哪家的成功率最高"),
        ("这几家里哪个开得多", "这几家里哪个开得最多"),
        ("其中哪个最多", "其中哪个最多"),  # said already
        ("哪个更多", "哪个更多"),
        ("其中哪个乡镇的人口多少", "其中哪个乡镇的人口多少"),  # a count asked
        ("哪些乡镇纠纷多", "哪些乡镇纠纷多"),  # plural: which units, no pick
        ("甲镇的纠纷多", "甲镇的纠纷多"),  # no picking word
    ],
)
def test_a_bare_comparative_of_a_pick(question, read):
    assert most_said(question) == read


KNOWN = ("甲镇", "乙乡", "丙街道")


def test_it_after_a_pick_is_the_unit_picked():
    picked = Turn("其中哪个最多", "甲镇、乙乡和丙街道各多少，哪个最多", KNOWN, picked=("乙乡",))
    got = resolve("它归哪个县管", [picked], KNOWN)
    assert got.scope == ("乙乡",)
    tie = Turn("其中哪个最多", "甲镇、乙乡和丙街道各多少，哪个最多", KNOWN, picked=KNOWN[:2])
    assert resolve("它归哪个县管", [tie], KNOWN).scope == ()  # asked back by the service


def test_a_new_question_with_its_own_units_is_no_pick():
    before = Turn("哪些乡镇开了听证会", "", KNOWN)
    got = resolve("甲镇和乙乡哪个多", [before], KNOWN)
    assert got.question == "甲镇和乙乡哪个多" and got.scope == ()


@pytest.mark.parametrize(
    ("question", "order"),
    [
        ("其中哪份报告最早", "early"),
        ("这几家谁的报告最新", "late"),
        ("甲镇和乙乡哪个的报告更早", "early"),
        ("哪个年份最晚", "late"),
        ("最早的", ""),  # nothing says a report or a pick
        ("这份材料更新了没有", ""),  # 更新 is to update
    ],
)
def test_an_order_by_year(question, order):
    assert asks_order(question) == order


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("哪些乡镇开了法治讲座，写材料要用", "哪些乡镇开了法治讲座"),
        ("哪些镇建了调解室？汇报要用", "哪些镇建了调解室"),
        ("哪些乡镇开了法治讲座，准备学习学习", "哪些乡镇开了法治讲座"),
        ("哪些乡镇开了法治讲座，要求干部学习", "哪些乡镇开了法治讲座，要求干部学习"),
        ("哪些地方建了法治书屋，供群众学习", "哪些地方建了法治书屋，供群众学习"),
        ("哪些乡镇开了法治讲座，写进了台账", "哪些乡镇开了法治讲座，写进了台账"),
        ("哪些镇配了执法记录仪，好用吗", "哪些镇配了执法记录仪，好用吗"),  # it asks
    ],
)
def test_the_askers_use_is_no_need(question, read):
    assert without_asker(question) == read


@pytest.mark.parametrize("question", ["其中哪个最多", "这几家里谁办得最多", "它们各自是哪年的报告"])
def test_nothing_to_refer_to_is_asked_back(question):
    empty = Turn("哪些乡镇建了法治夜校", "", ())
    with pytest.raises(QuestionError, match="哪些乡镇建了法治夜校"):
        resolve(question, [empty], KNOWN)
    assert resolve("哪些乡镇开了听证会", [empty], KNOWN).question == "哪些乡镇开了听证会"
