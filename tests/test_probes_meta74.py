"""Round meta74: questions about the library itself and their follow-ups.

``probes_meta74.jsonl`` asks over five invented reports (``tests/data/probe_reports_meta74``).
Each rule states a general fact about how questions about reports are asked:

- A year range said beside a plural order word (「最老的几份，2020年及以前的」) bounds the list;
  the year joins the range by 及/和/或 (``meta_select.year_range``, ``meta_order.ranged_list``;
  a1–a3, must-nots a4 a5: one asked picks the earliest inside the range or of all).
- 「哪个地方的」 asks a report's place, frame as 哪里 is (``meta_frame``; b1 b2, must-not b3).
- 「哪两年/哪几年的报告」 asks each report its year when only units are named
  (``meta_list_words.two_years_each``; c1 c2, must-nots c3 c4 r1 r3: a deed's years).
- 比较 before units asked each their year is frame (``meta_list_words.COMPARING``; d1 d2,
  must-not d3: 比较 asking which report is longer stays a comparison).
- 「2021年那份」 is the report of that year (``meta_list_words.YEAR_COPY``; e1 e2, must-nots e3,
  e4: beside a topic it is searched).
- 「X省的有没有」 with no topic asks the library's reports there (``meta_list_words.ANY_OF``;
  f1 f2, must-nots f3 f4 g4 g5: a topic, no such region, a level, a unit); after a which-list
  it asks the last topic there (``followup_region.any_of``; must-not g3: no region list;
  r2: after a turn about a unit, no list either).
- 「…的有几家」 counts doers, a which-list a region follow-up moves (``followup_region``;
  ``test_counted_doers``; g1 g2 guard the region follow-up after a which-list).

main (f2a0596f): which 0.47, facts 1.00, compare 0.25, none 1.00; branch 1.00 / 1.00 / 1.00 / 1.00.
"""

from __future__ import annotations

from pathlib import Path

from answering.followup_region import counts_units
from answering.meta_order import ranged_list, without_order
from answering.meta_select import year_range, years
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_meta74.jsonl"


def test_meta74_probes(tmp_path, monkeypatch, capsys):
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_meta74"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-compare", "1.0", "--min-none", "1.0"],
    )


def test_year_ranges():
    assert year_range("最老的几份，2020年及以前的报告") == "2020年及以前"
    keep = years("2020年及以前的报告")
    assert keep(2020) and keep(2019) and not keep(2021)
    keep = years("2019年或更早的")
    assert keep(2019) and not keep(2020)
    assert not years("2020年以前的")(2020)  # 以前 alone leaves the year out
    assert ranged_list("最老的几份，2020年及以前的报告", "2020年及以前")
    assert not ranged_list("2020年以后最早的是哪份报告", "2020年以后")
    assert not ranged_list("最老的几份", "")
    q = "最早的几份，2010年或更早的报告"  # the range's own 更早 stays
    assert without_order(q, year_range(q)) == "的几份，2010年或更早的报告"


def test_counted_doers():
    assert counts_units("八五普法规划落实情况写了的有几家")
    assert counts_units("聘了律师的有多少家")
    assert not counts_units("聘了几家律所")  # a count of firms, no doers
    assert not counts_units("云枫镇有几家律所")
