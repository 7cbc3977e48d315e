"""Round time72: years said relative to a report, a restated year, plan years, full-width figures.

``probes_time72.jsonl`` asks over five invented reports (``tests/data/probe_reports_time72``: a
district's 2018 work report in full-width digits, two towns' 法治 reports of 2024 and 2025, a
city's 2023 and 2025 work reports). Each rule states a general fact (see its module):

- 「青枫去年的民生实事完成了几件」: a relative year of a unit whose reports hold no such year is
  counted from that unit's newest report, whose 去年 is the year it reviews
  (``answering.relative_years.of_own_report``), only in a library behind the calendar
  (blind36 h70_44); must-nots an: a unit not held, and review72's a1 a2 an2: this library
  holds 2025 reports, so 去年/今年 are the calendar's and 青枫 holds neither.
- 「去年的 就2024年度那批里…」: a relative year restated by its number — the number alone
  scopes (``answering.relative_years.restated``; c1 c2; control c3).
- 「分别讲哪年的安排」: the year each report plans, quoted from its plan heading
  (``answering.meta_plan_year``; d1 d2 d3; must-not: a plain 「哪年的」 keeps the filed year).
- 「85．4亿美元」: full-width digits and point read as a number (``retrieval.numerals``), and a
  money question naming no currency (多少钱) answered by an amount in any currency
  (``retrieval.measures.money_counts``; b1 b2; must-not: 多少万元 names 元; bn1 bn2: no goal
  for a later year or plan figure answers; ``retrieval.periods._beyond_asked`` for a year asked).

main (03109e9d): which 0.78 facts 0.20 none 1.00, and its headlines misread full-width figures
(b3 「５亿元」 from 「１２３４．５亿元」, bn2 「６亿美元」 from 「１２．６亿美元」); branch 1.00 / 1.00 / 1.00.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.meta_plan_year import asks_plan_year
from answering.relative_years import anchored, of_own_report, restated, said_in_pinned_report
from retrieval.measures import money_counts
from retrieval.numerals import value_of
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_time72.jsonl"


def test_time72_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_time72"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert result["overall"]["facts"] == 1.0


@pytest.mark.parametrize(
    "q",
    [
        "去年就2024年那样增长了吗",  # compares, restates nothing
        "与去年相比，2024年增长多少",
        "今年就是2025年吗",
        "去年哪些镇提了法律顾问",
    ],
)
def test_a_relative_year_not_restated_stays(q):
    assert restated(q) == q


def test_a_restated_year_keeps_the_number_only():
    assert restated("去年，也就是2024年，哪些镇提了法律顾问") == "2024年，哪些镇提了法律顾问"
    q, _ = anchored("去年的 就2024年度那批里 哪几个", 2026, frozenset({2024, 2025}), True)
    assert q == "2024年度那批里 哪几个"


def test_own_report_reading_only_when_the_year_is_not_held():
    held = frozenset({2016, 2017})
    # the calendar / library reading lands on a held year: it stands
    assert of_own_report("龙岗去年的报告", "龙岗2016年的报告", held, False)[0] == "龙岗2016年的报告"
    got, note = of_own_report("龙岗去年的报告", "龙岗2025年的报告", held, False)
    assert got == "龙岗2017年的报告" and "2017" in note
    # 比去年 is what a report compares: no year is read
    assert of_own_report("龙岗比去年增长多少", "龙岗比去年增长多少", held, False)[1] == ""


def test_plan_year_asked_only_with_a_plan_noun():
    assert asks_plan_year("广东的报告库里有几份，分别讲哪年的安排")
    assert asks_plan_year("海岚市的两份报告各是哪一年的工作安排")
    assert not asks_plan_year("海岚市的报告分别是哪年的")
    assert not asks_plan_year("哪年的报告提到了口袋公园")
    # review72: 计划生育 is a line of work, and a plan's 完成情况 is the year reviewed
    assert not asks_plan_year("盐田区报告中哪一年的计划生育工作做得好")
    assert not asks_plan_year("讲的是哪一年的任务完成情况")
    assert asks_plan_year("福田区的报告是哪一年的工作部署")


def test_a_title_is_no_plan_heading():
    from answering.meta_plan_year import _plan_heading

    # review72 (mixed 永嘉镇): a report titled by its year is no plan part of that year
    text = "2019年法治政府建设工作报告\n一、主要举措\n二、2020年工作打算\n"
    assert _plan_heading(text, 2019).group("year") == "2020"
    assert _plan_heading("2019年法治政府建设工作报告\n一、主要举措\n", 2019) is None


def test_full_width_figures_and_any_currency():
    assert value_of("１２．６亿美元") == 12.6 and value_of("85．4亿") == 85.4
    assert value_of("1．加快发展") == 1.0  # a list number: the point joins no digit
    assert money_counts("成交了多少钱").search("总成交金额85．4亿美元").group(0) == "85．4亿美元"
    assert money_counts("引进外资多少万元") is None  # 元 named: dollars answer not


def test_a_later_goal_or_plan_is_no_figure_of_the_year_asked():
    from retrieval.periods import _beyond_asked

    goal = "巩固国际贸易重要基地的地位，到2005年进出口总额超过850亿美元"
    assert _beyond_asked(goal, "二、十五时期的奋斗目标", 2000, {2000}, 2001)
    # the plan part of the report delivered in 2001, asked the year it reviews
    assert _beyond_asked("出口总额380亿美元，增长10％", "三、2001年的主要工作", 2000, {2000}, 2001)
    # the review's own sentence, and the plan asked by the cover year, stay
    review = "对外贸易大幅增长，出口总额345．6亿美元"
    assert not _beyond_asked(review, "一、2000年经济社会发展基本情况", 2000, {2000}, 2001)
    assert not _beyond_asked("出口总额380亿美元", "三、2001年的主要工作", 2000, {2001}, 2001)
    # a goal beside a figure of the year itself dates that figure too
    said = "新建中小学3所，新增学位4500个，力争2019年全部投入使用"  # review72 bn3
    assert not _beyond_asked(said, "一、2017年工作回顾", 2017, {2017}, 2018)
    assert not _beyond_asked("2000年完成投资50亿元，到2005年达到80亿元", "", 2000, {2000}, 2001)


def test_a_date_inside_a_review_sentence_keeps_it():
    from retrieval.periods import _beyond_asked

    # blind34 h66_50: 24件 done of 2019's 25, the last 「将在2020年5月份之前完成」
    said = "提出的25件民生实事稳步推进，24件已经按期完成，最后一件将在2020年5月份之前完成"
    assert not _beyond_asked(said, "七、全力打造人民满意政府", 2019, {2019}, 2020)


@pytest.mark.parametrize(
    ("question", "pinned"),
    [
        ("深圳2002年那份报告里说去年的任务是哪次人代会定的", True),
        ("2019年的报告中去年GDP多少", True),
        ("龙岗18年那份提到去年空气优良天数多少", True),
        ("去年的报告里，哪些镇提到了法律顾问", False),  # 去年 scopes the reports
        ("2023年那份和去年那份比", False),  # 去年那份: a second report of its own
        ("龙岗去年的民生实事完成了几件", False),  # no report named by its year
    ],
)
def test_a_relative_year_inside_a_report_named_by_its_year(question, pinned):
    """「2002年那份报告里说去年…」: the report's own 去年 (merge review72, held72 h72_52)."""
    assert said_in_pinned_report(question) is pinned


def test_a_pinned_report_keeps_its_own_last_year(tmp_path, monkeypatch, capsys):
    """Real reports (blind36 r04 广东省 2025, r05/r06 深圳市 2001/2019): a library behind the
    calendar, so 去年 of a named unit is otherwise counted from its newest report (2018) —
    but 「2001年那份报告里说去年」 is the 2001 report's own 去年 (merge review72)."""
    lib = tmp_path / "lib"
    lib.mkdir()
    for name in ("r04.txt", "r05.txt", "r06.txt"):
        (lib / name).write_bytes((DATA / "blind36" / "web_real" / name).read_bytes())
    rows = tmp_path / "q.jsonl"
    rows.write_text(
        '{"id": "r1", "question": "深圳2001年那份报告里说去年的高交会成交了多少钱", '
        '"kind": "fact", "expect_any": [["85．4亿美元"]], "note": "r05"}\n'
        '{"id": "r2", "question": "深圳2019年的报告中去年新增幼儿园学位多少", '
        '"kind": "fact", "expect_any": [["2.3万个"]], "note": "r06 reviews 2018"}\n',
        encoding="utf-8",
    )
    result = ingest_and_eval(
        monkeypatch, capsys, tmp_path / "d", [lib], rows, ["--min-facts", "1.0"]
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("question", "plan"),
    [
        ("广东的报告库里有几份，分别讲哪年的安排", True),
        ("这份报告安排的是哪一年的工作", True),
        ("福田这份报告回顾的是哪一年，安排的是哪一年？", False),  # both: the report's own year
    ],
)
def test_the_plan_year_asked_alone(question, plan):
    """A question asking the reviewed year beside the plan's is the report-year question
    (merge review72: blind24 h44_51 lost its 2020)."""
    assert asks_plan_year(question) is plan
