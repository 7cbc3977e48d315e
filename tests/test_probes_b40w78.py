"""Round b40w78: what a report writes as not had or not done, read so for positive asks.

``probes_b40w78.jsonl`` asks over three invented township reports
(``tests/data/probe_reports_b40w78``):

- a task table's row whose last cell is zero (花马池镇 「法治文化广场建设　1处　0处」) is the task
  not done (zr1 zr1b zr1c); a row whose last cell is not zero (「“法治带头人”培育 20人 20人」)
  still counts (zr2n).
- a denied happening reaches across the 、 of its list (茈碧湖镇 「全镇未发生群体性上访、行政诉讼
  案件」): the report had no 行政诉讼案件 (ne1 ne1b ne1c); its 行政复议 in a clause of its own
  still counts (ne2n).
- an everyday verb–object phrase said with 了/过 inside (「输了官司」「输过官司」) is the register's
  输官司 (as1 as1b as1c); 「打过官司」 is 打官司, any 行政诉讼, not narrowed to 败诉 (as2n).
- 综合执法 is the short form of 综合行政执法 (``synonyms.txt``): a plan's own 「综合执法人员轮训」
  no longer hides the review's 「综合行政执法队承接…52项」 (ze1 ze1b ze1c); 规范行政执法 and
  执法人员 are no 综合执法 (ze2n).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.aspect_split import aspect_spellings
from retrieval.negative_content import counts_as_said, said_negated
from retrieval.register import read_register, register_in
from retrieval.zero_rows import zero_cell, zero_row
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_b40w78.jsonl"


def test_b40w78_probes(tmp_path, monkeypatch, capsys):
    # main (a42390ef): which 0.71, facts 0.00; branch 1.00 / 1.00
    # rev_b40w78 (p4 梅雨镇, rv0–rv2 added): main 0.72/0.00, branch b40w78 0.93/1.00, rev 1.00/1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_b40w78"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


def _at(text: str, word: str) -> tuple[int, int]:
    pos = text.find(word)
    return pos, pos + len(word)


@pytest.mark.parametrize(
    ("text", "word", "row"),
    [
        ("任务年度计划实际完成\n民主法治示范村创建1个0个\n对照", "民主法治示范村", True),
        ("x\n法治文化广场建设1处0处", "建设", True),
        ("x\n示范村创建3个2个0个\n", "示范村", False),  # a third column may be what is left
        ("x\n问题整改5个5个0个\n", "问题整改", False),  # 发现|已整改|未整改: all done (rev)
        ("x\n宣传经费1.5万元0万元\n", "宣传经费", True),
        ("x\n普法宣传活动40场46场\n", "普法宣传活动", False),  # done
        ("x\n矛盾纠纷排查12次10次\n", "矛盾纠纷", False),  # 10 is no zero
        ("x\n示范村创建2个20个\n", "示范村", False),
        ("新增示范村1个，累计0个。", "示范村", False),  # a sentence, not a row
        ("x\n示范村创建2场0%\n", "示范村", False),  # cells of two counters
        ("x\n示范村创建0个\n", "示范村", False),  # one cell: no table of columns
    ],
)
def test_zero_row(text, word, row):
    assert zero_row(text, *_at(text, word)) is row
    assert said_negated(text, *_at(text, word)) is row
    if row:
        assert zero_cell(text)


def test_zero_cell_is_cheap_and_narrow():
    assert not zero_cell("全年调解矛盾纠纷100件")
    assert not zero_cell("收到建议0件。")
    assert not zero_cell("优良天数比例达到100%")


@pytest.mark.parametrize(
    ("text", "word", "said"),
    [
        ("全年未发生行政复议、行政诉讼案件。", "行政诉讼", False),
        ("全镇未发生群体性上访、行政诉讼案件，执法案卷评查合格率100%。", "行政诉讼", False),
        ("全年没有出现重大群体性事件和安全事故", "安全事故", False),
        ("全年办理行政复议案件12件，未发生败诉。", "行政复议", True),  # before the denial
        ("未发生群体性上访，办理行政诉讼案件3件", "行政诉讼", True),  # the next clause
    ],
)
def test_denied_happening_for_positive_asks(text, word, said):
    assert counts_as_said(text, *_at(text, word), False) is said
    assert counts_as_said(text, *_at(text, word), True) is not said


@pytest.mark.parametrize(
    ("text", "word", "said"),
    [
        # rev_b40w78: a modifier of the denied head is still said (the unit had suits, lost none)
        ("全年未发生行政诉讼败诉案件。", "行政诉讼", True),
        ("全年未发生因信息公开引发的行政争议。", "信息公开", True),
        ("未发生火灾亡人事故", "火灾", True),
        ("全年未发生行政诉讼败诉案件。", "败诉", False),  # the head itself
        ("全年未发生因信息公开引发的行政争议。", "行政争议", False),
        ("全年没有出现重大群体性事件和安全事故", "群体性事件", False),  # a list's item
        ("尚未建立法律顾问制度", "法律顾问", False),  # other negations as before
    ],
)
def test_denied_head_leaves_its_modifier_said(text, word, said):
    assert counts_as_said(text, *_at(text, word), False) is said


def test_aspect_spellings():
    keys = ("输官司", "打官司", "输了", "挨家挨户")
    assert aspect_spellings("行政诉讼有输了官司的吗", keys) == {"输了官司": "输官司"}
    assert aspect_spellings("哪些镇打过官司", keys) == {"打过官司": "打官司"}
    assert aspect_spellings("哪些镇输官司", keys) == {}  # bare: the register reads it itself
    assert aspect_spellings("打官了司的有哪些", keys) == {}  # a particle elsewhere says nothing
    assert aspect_spellings("去年输了几件", keys) == {}  # 输了 of two characters: its own key


def test_register_reads_the_split_phrase():
    import jieba.posseg

    def tagged(text: str) -> list[tuple[str, str]]:
        return [(p.word, p.flag) for p in jieba.posseg.cut(text)]

    found = register_in("哪几个地方输过官司", tagged)
    assert [(c.term, "败诉" in c.alternatives) for _, _, c in found] == [("输过官司", True)]
    assert "输官司" in read_register()
