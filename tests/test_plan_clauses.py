"""merge76: a plan part's later year dates its own clause, or the whole item when it opens it.

Dev rows of the merged fixers (stop 76) lost 大鹏新区 for a regatta held every year, because its
plan paragraph also promised 2021's games; and a how-many asking the target (「要达到多少」) lost
the target. Invented sentences, both sides of each rule.
"""

from __future__ import annotations

import pytest

from reportqa.types import ReportInfo
from retrieval.dated_plans import asks_plan_words
from retrieval.plan_clauses import planned_for

PLAN = "三、2021年工作安排"


def _info(year: int) -> ReportInfo:
    return ReportInfo("r", "r.txt", "t", "青禾镇", "", "town", year, "h")


@pytest.mark.parametrize(
    ("text", "things", "expected"),
    [
        # the later year stands in another item's clause: the asked thing is no dated plan
        (
            "继续办好环湖龙舟赛等品牌赛事，争取承办2021年全国皮划艇锦标赛。",
            [("龙舟",), ("赛事",)],
            False,
        ),
        ("持续开展送法进村活动，力争2021年建成法治广场2个。", [("送法进村",)], False),
        # the item opens on its year, or the year stands in the thing's own clause
        ("一是2021年实现村居法律顾问全覆盖；", [("法律顾问",)], True),
        ("深化普法宣传，争取2021年建成法治文化公园。", [("法治文化公园",)], True),
        # an item opening on a start is not begun, whatever its year dates
        ("一是启动“学法示范户”评选工作，计划2021年评出10户；", [("学法示范户",), ("评选",)], True),
        # named alike in two clauses: the dated one counts
        ("加快村级服务站建设，争取2021年实现村级全覆盖；", [("村级",), ("法律顾问",)], True),
        # not named at all: judged whole, as before
        ("力争2021年建成法治广场2个。", [("调解",)], True),
    ],
)
def test_planned_for(text, things, expected):
    assert planned_for(text, PLAN, _info(2020), things) is expected


def test_a_reached_year_is_no_plan():
    assert not planned_for("2020年建成法治广场2个。", "一、工作成效", _info(2020), [("法治广场",)])


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("青禾镇2019年那份，说到2022年财政收入要达到多少", True),
        ("石门乡要建成几个法治广场", True),
        ("青禾镇的预期目标是什么", True),
        ("青禾镇2020年财政收入达到多少", False),  # what it reached, no target
        ("石门乡建成了几个法治广场", False),
    ],
)
def test_target_asked(question, asks):
    assert asks_plan_words(question) is asks
