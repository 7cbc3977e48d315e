"""An opening that first frames the year (「2025年是…之年，也是…之年，」 or a whole sentence) names
its unit after those clauses: the subject is read from what follows them."""

from __future__ import annotations

from ingest.metadata import extract

AFTER = "在区委、区政府的正确领导下，{unit}深入推进依法行政，现将有关情况报告如下：\n一、主要工作\n"


def _unit(framing: str, unit: str) -> str:
    return extract(framing + AFTER.format(unit=unit), "page.txt").unit


def test_a_framing_sentence_is_skipped():
    assert _unit("2025年是“十五五”规划的谋篇之年。", "木洞镇") == "木洞镇"


def test_framing_clauses_are_skipped_and_a_short_street_is_read():
    assert _unit("2025年是改革攻坚之年，也是普法收官之年，", "京溪街") == "京溪街道"


def test_no_subject_after_the_framing_names_no_unit():
    assert _unit("2025年是改革攻坚之年。", "各村") == ""
