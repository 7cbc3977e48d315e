"""Round time74: years inside a question — a figure's year inside the report just read, and
去年/今年 said inside a report named by its year.

``probes_time74.jsonl`` asks over two invented work reports (``tests/data/probe_reports_time74``:
澄湖区's 2021 report, whose review names a 2015 baseline, and 漓川市's 2011 report, which reviews
2010 and sets goals 「到2015年」). Each rule states a general fact (see its module):

- 「那2015年的时候是多少」 after 「澄湖区2021年那份说2020年PM2.5是多少」: a year said as a figure's
  time (的时候, 由/从/到/给) that the unit has no report of, and that the report the last turn
  read names, is read inside that report (``answering.figure_year``; f1 f2). Must-nots: a year
  the report never names (fn1), a year said as a report (fn2 「2015年那份报告呢」), a bare year
  (fn3), a unit the library lacks (fn4).
- 「漓川市2011年那份报告里说去年的任务…」: a relative year said inside a report named by its year
  is that report's own — the year it reviews (``answering.pinned_relative``; p1 p2), also in a
  follow-up of a turn that named the report (p3: 去年 only, onto a year the unit's reports are
  held by — blind36 h70_32's 「那今年的目标」 keeps the topic it carries); the question is then one report's, not one
  across its years (``answering.across_years.inside_one_report``).

- review74 (pn1-pn3): a library dating 青岚区's reports by their cover year holds the 2015
  report, so 去年 of the 2016 report is kept as a word (``pinned_relative.reviewed_by``) — as a
  number it read the 2015 report, which reviews 2014.
- 「十项惠民工程，2011年计划投多少钱，实际投了多少」: a money question's plan and result cells
  carry money — not the 十项 of the topic's name — read on from the topic's sentence into the
  next one of its paragraph (``answering.plan_done._cell``; m1 m2); must-not mn1: money said of
  neither (the park's 12亿元 stands in another paragraph); control mn2: a count keeps 十项.

main (f2a0596f): facts 0.375 (f1 f2 refused, p1 quoted the plan part, m1 m2 quoted no money),
none 0.89 (mn1 answered by the count).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.across_years import inside_one_report
from answering.figure_year import figure_years
from answering.pinned_relative import followed_years, own_years, pinned_year
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_time74.jsonl"


def test_time74_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_time74"],
        PROBES,
        ["--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert result["overall"]["facts"] == 1.0


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("它给2015年定的GDP目标呢", (2015,)),
        ("那它们2015年的时候分别是多少", (2015,)),
        ("它是由2015年的多少降下来的", (2015,)),
        ("到2020年要达到多少", (2020,)),
        ("那2015年呢", ()),  # a bare year asks that year's report
        ("那2015年那份报告呢", ()),
        ("从2015年的报告里看呢", ()),  # 从…报告: a report, not a baseline
        ("2015年GDP多少", ()),
    ],
)
def test_a_figure_year_is_said_as_a_time_of_a_figure(question, years):
    assert figure_years(question) == years


def test_a_relative_year_inside_a_named_report_is_its_own():
    reviewed = {2011: 2010, 2002: 2001}.get
    q = "漓川市2011年那份报告里说去年的任务是哪次人代会定的"
    assert own_years(q, pinned_year(q), reviewed) == q.replace("去年", "2010年")
    q = "深圳2002年那份报告里，今年目标多少"
    assert own_years(q, pinned_year(q), reviewed) == q.replace("今年", "2002年")
    # 比去年 is the report's comparison; 去年那份 a second report; a report not one work
    # report (reviewed None) keeps the word
    q = "2011年那份报告里，比去年增长多少"
    assert own_years(q, 2011, reviewed) == q
    assert own_years("2011年那份和去年那份比", 2011, reviewed) == "2011年那份和去年那份比"
    assert own_years("2019年的报告里去年GDP多少", 2019, reviewed) == "2019年的报告里去年GDP多少"


def test_a_follow_up_reads_its_relative_year_in_the_report_named_before():
    reviewed, held = {2015: 2014}.get, {2014}
    prev = "国务院2015年那份，GDP增长目标定的多少"
    got = followed_years("去年实际增长了多少？", prev, reviewed, held)
    assert got == "2014年实际增长了多少？"
    assert followed_years("那去年的呢", prev, reviewed, held) == "那去年的呢"  # another report
    assert followed_years("2013年呢", prev, reviewed, held) == "2013年呢"
    # no report named before; a year the unit holds no report of; 今年 is anchored's
    assert followed_years("去年实际增长了多少", "国务院GDP目标多少", reviewed, held) == (
        "去年实际增长了多少"
    )
    assert followed_years("去年实际增长了多少", prev, reviewed, {2015}) == "去年实际增长了多少"
    assert followed_years("那今年的目标定的多少", prev, reviewed, held) == "那今年的目标定的多少"


@pytest.mark.parametrize(
    ("question", "one"),
    [
        ("漓川市2011年那份报告里说2010年的任务是哪次人代会定的", True),
        ("深圳市2010年的报告里，它给2015年定的GDP目标呢", True),
        ("2019年和2021年的报告里GDP各多少", False),
        ("南山区2019年、2021年的报告里GDP", False),
        ("2019年的报告和2021年的报告比", False),
        ("南山2019年GDP多少，2021年呢", False),
        ("2016年到2020年的报告里GDP", False),
    ],
)
def test_one_report_named_and_read_inside(question, one):
    assert inside_one_report(question) is one
