"""Round period47: a question naming a period is answered from sentences of that period.

A district work report at the turn of a five-year plan reviews the plan just ended (「一、2020年
工作和“十三五”发展回顾」) and sets out the next (「二、“十四五”时期主要目标」); a 法治政府建设
report reviews its year and plans the next (「二、2024年工作打算」). The same count is written
under both periods (and a year's two halves), and 「十四五期间新增了多少公办学位」 was answered with the 十三五 figure.
A sentence is of the periods it names, or its heading's when it names none; a period named as
a baseline (「是“十二五”时期的2.5倍」) is not its own; a sentence naming none keeps today's reading.

All reports are made up, ingested for real into ``tmp_path`` and asked through the composition
root. int44 (0cf23c3): 12 of the 15 ask checks fail (9 of the 10 paraphrases, the 十二五 and
上半年 must-nots, the 十三五 review asked beside a 十四五 plan); the two keep-checks pass; on
period47 all 15 pass.
"""

from __future__ import annotations

from pathlib import Path

from library.compose import build
from reportqa.settings import Settings
from reportqa.types import ReportInfo
from retrieval.periods import asked_periods, other_period
from tests.probe_kit import ingested_texts

_REPORTS = {
    "a.txt": "甲山区2021年政府工作报告\n\n一、2020年工作和“十三五”发展回顾\n\n"
    "（一）民生福祉持续增进。“十三五”期间新增公办学位2.1万座，新建学校18所。\n\n"
    "（二）经济实力跃升。全年实现地区生产总值1530亿元，增长4.4%。\n\n"
    "二、“十四五”时期主要目标\n\n"
    "（一）教育。“十四五”期间计划新增公办学位5.6万座，新建学校30所。\n",
    "b.txt": "乙水区2021年政府工作报告\n\n一、2020年工作和“十三五”发展回顾\n\n"
    "（一）民生福祉持续增进。“十三五”期间新增公办学位3.4万座，是“十二五”时期的2.5倍。\n\n"
    "（二）社会治理更加有效。信访积案化解率达到96.5%。\n\n"
    "二、2021年工作安排\n\n（一）教育。新建学校12所，新增公办学位1.2万座。\n",
    "c.txt": "丙河区2023年法治政府建设年度报告\n\n一、2023年法治政府建设主要举措\n\n"
    "（一）普法宣传。全年开展法治讲座126场，覆盖群众3.2万人次。\n\n"
    "（二）执法培训。上半年，组织行政执法人员专题培训12期。下半年，组织行政执法人员专题培训8期。\n\n"
    "二、2024年工作打算\n\n（一）2024年计划开展法治讲座200场，建设法治文化阵地5个。\n",
}


def _service(tmp_path: Path, monkeypatch):
    return build(Settings(data_dir=ingested_texts(tmp_path, monkeypatch, _REPORTS))).service


def test_period47_probes(tmp_path, monkeypatch):
    service = _service(tmp_path, monkeypatch)

    def said(question: str) -> str:
        return service.ask(question).answer

    # fact: the plan's figure for 十四五, never the review's (two paraphrases)
    for q in ("甲山区十四五期间新增了多少公办学位？", "甲山“十四五”时期要新增多少个公办学位"):
        got = said(q)
        assert "5.6万座" in got and "2.1万座" not in got, (q, got)
    # fact: a 2023 法治 report's done count, never its 2024 plan (two paraphrases)
    for q in ("丙河区2023年开展了多少场法治讲座？", "丙河2023年全年办了几场法治讲座"):
        got = said(q)
        assert "126场" in got and "200场" not in got, (q, got)
    # fact: a half of the year asked, never the other half (two paraphrases)
    for q in ("丙河区下半年组织了多少期执法培训？", "丙河下半年办了几期行政执法人员培训"):
        got = said(q)
        assert "8期" in got and "12期" not in got, (q, got)
    # which: each district's 十四五 sentence, none of the 十三五 review (two paraphrases)
    for q in ("哪些区十四五期间计划新增公办学位？", "十四五时期哪几个区要新增公办学位"):
        got = said(q)
        assert "5.6万座" in got and "2.1万座" not in got and "3.4万座" not in got, (q, got)
    # compare: the 十四五 cells (two paraphrases)
    for q in (
        "甲山区和乙水区十四五期间新增公办学位对比一下",
        "比较甲山、乙水两区十四五新增公办学位",
    ):
        got = said(q)
        assert "5.6万座" in got and "3.4万座" not in got and "2.1万座" not in got, (q, got)


def test_period47_must_not(tmp_path, monkeypatch):
    service = _service(tmp_path, monkeypatch)

    def said(question: str) -> str:
        return service.ask(question).answer

    # 十二五 is only the baseline of 乙水's 十三五 count: its 3.4万 is no 十二五 figure
    assert "3.4万座" not in said("乙水区十二五期间新增了多少公办学位？")
    # a period asked and named by the sentence itself is kept, its baseline notwithstanding
    assert "3.4万座" in said("乙水区十三五期间新增了多少公办学位")
    # 上半年 asked: the 下半年 count is not its answer
    assert "8期" not in said("丙河区上半年组织了多少期执法培训")
    # no period asked: nothing is dropped (today's reading)
    assert "126场" in said("丙河区开展了多少场法治讲座？")
    # the review's period asked: the review's figure, not the plan's
    got = said("甲山区十三五期间新增了多少公办学位")
    assert "2.1万座" in got and "5.6万座" not in got, got


def _info(title: str, year: int) -> ReportInfo:
    return ReportInfo("r", "r.txt", title, "甲山区", "深圳市", "区县", year, "h")


def test_period_rule():
    plan14, y2023 = asked_periods("十四五期间"), asked_periods("2023年开展了多少场")
    review = "一、2020年工作和“十三五”发展回顾"
    assert other_period(plan14, "新增公办学位2.1万座。", review)  # the heading's period
    assert not other_period(plan14, "新增学位1.2万座。", "二、2021年工作安排")  # 2021 is in 十四五
    assert not other_period(plan14, "新建学校5所。", "（一）教育")  # no period: kept
    # a baseline is no period of the sentence; the sentence's own wins over its heading's
    assert other_period(
        asked_periods("十二五"), "十三五期间新增3.4万座，是“十二五”时期的2.5倍。", ""
    )
    assert not other_period(y2023, "讲座较2022年增加20场。", "一、2023年主要举措")
    assert other_period(y2023, "开展讲座200场。", "二、2024年工作打算")
    assert not other_period(y2023, "2019年至2024年累计开展讲座900场。", "")  # a span holds it
    # halves: 下半年 is not 上半年, a half is in its year, 比上半年 is a baseline
    assert other_period(asked_periods("上半年"), "下半年，培训8期。", "一、2023年主要举措")
    assert not other_period(y2023, "下半年，培训8期。", "一、2023年主要举措")
    assert not other_period(asked_periods("下半年"), "培训8期，比上半年减少4期。", "")
    # the year a work report is called by names the report (delivered 2021, reviewing 2020),
    # whether the library dates it by its cover or by the year it reviews
    for dated in (2020, 2021):
        cover = _info("甲山区2021年政府工作报告", dated)
        assert not other_period(asked_periods("2021年"), "新增学位2.1万座。", review, cover)
    assert other_period(asked_periods("2021年"), "新增学位2.1万座。", review)
    # a 法治 report is of the year it is called by: its next year's plans are another period
    law = _info("丙河区2023年法治政府建设年度报告", 2023)
    assert other_period(y2023, "开展讲座200场。", "二、2024年工作打算", law)
