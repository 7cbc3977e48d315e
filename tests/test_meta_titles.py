"""Titles as web pages and official documents print them: organs nested in one title
(made-up names), and a title run on after the page's last field when line breaks were lost."""

from __future__ import annotations

import pytest

from ingest.admin_names import most_specific
from ingest.clean import clean_text
from ingest.gazetteer import gazetteer
from ingest.metadata import extract
from ingest.organ_units import organ_units


@pytest.mark.parametrize(
    ("line", "unit", "above"),
    [
        ("澄岭区人民政府望川街道办事处关于2023年度法治政府建设情况的报告", "望川街道", "澄岭区"),
        ("中共砚川县委 砚川县人民政府桐岭乡人民政府关于2022年工作情况的报告", "桐岭乡", "砚川县"),
        ("中共砚川县委 砚川县人民政府关于2023年度法治政府建设情况的报告", "砚川县", ""),
        # a department of the party committee is no organ of a place
        ("中共砚川县委宣传部 桐岭乡人民政府关于2023年工作的报告", "桐岭乡", ""),
        # organs after 关于 are the subject, not the writer
        ("砚川县人民政府关于桐岭乡人民政府2023年工作的报告", "砚川县", ""),
    ],
)
def test_organs_in_a_title_nest_outer_to_inner(line, unit, above):
    assert most_specific(organ_units(line, lambda n: bool(gazetteer().level_of(n)))) == (
        unit,
        above,
    )


@pytest.mark.parametrize(
    "head",
    [
        "来源：砚川县人民政府 发布时间：2025-01-15 10:20\n桐岭乡2024年度法治政府建设情况报告",
        "| 成文日期：2025-01-10 | 发布日期：2025-01-15 |\n桐岭乡2024年度法治政府建设情况报告",
    ],
)
def test_a_title_run_on_after_the_last_field_is_still_the_title(head):
    # the cleaner may join the field line and the title or (w36: a line opening with a field
    # label stands alone) keep them apart; either way the title is read whole
    text = clean_text(head + "\n2024年，桐岭乡扎实推进法治政府建设，乡政府审查合同12份。\n一、做法")
    ex = extract(text, "x.txt")
    assert (ex.title, ex.unit, ex.year) == ("桐岭乡2024年度法治政府建设情况报告", "桐岭乡", 2024)


def test_a_field_value_naming_a_report_is_not_split_off():
    ex = extract(
        "| 标题：桐岭乡2024年度法治政府建设情况报告 | 发布日期：2025-01-15 |\n2024年，桐岭乡依法行政。",
        "x",
    )
    assert ex.title == "桐岭乡2024年度法治政府建设情况报告" and ex.chrome_spans
