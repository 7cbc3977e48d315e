"""Round neg76: negation, plans and shortfalls are no support.

``probes_neg76.jsonl`` asks over three invented reports (``tests/data/probe_reports_neg76``):

- a quoted name negated after its closing quote (「“学法用法示范户”培育尚未启动」, 启动 a deed) and
  a shortfall clause followed by 尚未/仍未 + deed (「…相对滞后，仍未建立名册」, one clause of how
  far it reached may stand between) are no support (cov1 cov1b dem1 dem1b lead1 lead1b); a
  question asking the shortfall itself still finds them (lead1n);
- a plan for a year after the report's own (「2022年实现社区法律顾问全覆盖」 in a 2021 report) or
  a plan item opening on a start (「二是启动…培育工程」) is no deed (cov1 dem1 lead1); a question
  naming the plan part keeps it (cov1c); a how-many is not answered by a plan's figure (lead2).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from retrieval.dated_plans import asks_mention, asks_plan_words, dated_plan
from retrieval.negated_mention import negated
from retrieval.shortfalls import asks_shortfall, in_shortfall
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_neg76.jsonl"


def test_neg76_probes(tmp_path, monkeypatch, capsys):
    # main (7df9fb29): which 0.84, none 0.00; branch 1.00 / 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_neg76"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


def _negated(sentence: str, word: str) -> bool:
    text = to_simplified(sentence)
    at = text.index(word)
    return negated(text, at, at + len(word))


@pytest.mark.parametrize(
    "sentence, word, expected",
    [
        ("二是“学法用法示范户”培育尚未啓動;", "学法用法示范户", True),
        ("一是“一社区一法律顾问”尚未实现全覆盖;", "法律顾问", True),
        ("「法治带头人」仍未建立", "法治带头人", True),
        ("启动“学法用法示范户”培育工程,已培育40户", "学法用法示范户", False),
        ("“法律顾问”工作扎实推进,实现全覆盖", "法律顾问", False),
    ],
)
def test_negation_after_a_closing_quote(sentence, word, expected):
    assert _negated(sentence, word) is expected


@pytest.mark.parametrize(
    "sentence, words, expected",
    [
        ("一是“法治带头人”选育工作相对滞后,仍未建立“法治带头人”名册;", ("法治带头人",), True),
        (
            "“一社区一法律顾问”工作有待加强,11个社区中仅6个签约,尚未实现全覆盖。",
            ("法律顾问",),
            True,
        ),
        # a shortfall with no deed denied after it, or a deed done after it: support stays
        ("二是部分村法律顾问作用发挥不充分,仍有不足;", ("法律顾问",), False),
        ("法治带头人选育起步较晚,但已选育120名。", ("法治带头人",), False),
        # a shortfall in how the thing works presupposes it (rev76: 发挥不充分, 不到位)
        ("一是村法律顾问作用发挥不够充分,尚未实现村级全覆盖;", ("法律顾问",), False),
        ("矛盾纠纷排查工作不到位,没有形成常态化机制", ("矛盾纠纷排查",), False),
        # only the mentions inside the admission are read so
        ("调解工作有待加强,尚未实现村级全覆盖,法治带头人已选育60名", ("法治带头人",), False),
    ],
)
def test_shortfall_frames(sentence, words, expected):
    assert in_shortfall(to_simplified(sentence), words) is expected


def test_shortfall_asked():
    assert asks_shortfall("哪些镇法律明白人培育工作起步较晚")
    assert asks_shortfall("哪些报告在存在的不足里提到了法治带头人")
    assert asks_shortfall("哪些地方的村法律顾问作用发挥得不好")
    assert not asks_shortfall("选育法治带头人的有哪些")


def _info(year: int) -> ReportInfo:
    return ReportInfo("r", "r.txt", "t", "青禾镇", "", "town", year, "h")


@pytest.mark.parametrize(
    "sentence, section, year, expected",
    [
        ("一是2022年實現社區法律顧問全覆蓋;", "三、下一步工作打算", 2021, True),
        ("力争2024年建成法治文化公园", "一、主要举措和成效", 2023, True),
        ("二是启动“学法用法示范户”培育工程;", "三、下一步工作打算", 2021, True),
        # a later month told as done, a plan of the report's own year, an undated plan item
        ("2022年1月,完成社区法律顾问签约", "一、主要举措和成效", 2021, False),
        ("2021年实现社区法律顾问全覆盖", "一、主要举措和成效", 2021, False),
        ("二是深化示范户创建;", "三、下一步工作打算", 2021, False),
        ("启动“学法用法示范户”培育工程,已培育40户", "一、主要举措和成效", 2021, False),
        # out of the plan part a will word plans only the year it stands with (rev76)
        (
            "2022年1月,完成14个村法律顾问合同续签,确保服务不断档。",
            "一、主要举措和成效",
            2021,
            False,
        ),
        ("计划到2023年底培育300名,目前已培育180名。", "一、主要举措和成效", 2022, False),
        ("2022年,街道将推行执法全过程记录。", "一、主要举措和成效", 2021, True),
        ("到2023年底,全镇将实现调解员持证全覆盖", "一、主要举措和成效", 2022, True),
    ],
)
def test_dated_plans(sentence, section, year, expected):
    assert dated_plan(sentence, section, _info(year)) is expected


def test_a_plan_with_progress_gives_no_count():
    # a which-answer reads the deed beside the plan; a how-many would quote the plan's figure
    said, part = "计划到2023年底培育300名,目前已培育180名。", "一、主要举措和成效"
    assert not dated_plan(said, part, _info(2022))
    assert dated_plan(said, part, _info(2022), deed_beside=False)


def test_plan_asked():
    assert asks_plan_words("在下一步打算里写了社区法律顾问全覆盖的有哪些")
    assert asks_plan_words("哪些报告计划实现全覆盖")
    assert not asks_plan_words("哪些乡镇街道村里的法律顾问实现了全覆盖")


def test_mention_asked():
    # 「哪些报告提到X」 counts a plan's mention; 「写了培育X」 asks the deed
    assert asks_mention("哪些报告提到了智慧调解平台")
    assert asks_mention("涉及法治带头人的报告有哪些")
    assert not asks_mention("哪些报告写了培育“学法用法示范户”")
    assert not asks_mention("选育法治带头人的有哪些")
