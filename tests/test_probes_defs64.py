"""Round defs64: what a quoted term means, a spoken self-correction, 他 in a follow-up.

``probes_defs64.jsonl`` asks over three invented reports (``tests/data/probe_reports_defs64``):

- **A term's meaning** (d1a–d4b): 柏岭区 explains 一村一站, 新四样 and 两优 in an annexed 名词解释,
  枫溪区 explains 三链融合 by 「是指」 and 五联机制 by a bracket after it. The explanation answers,
  never the sentence that only uses the term. Must-nots: 三区联动, named by no report, and
  一村一站 asked of 枫溪区, whose report never names it, find nothing (n1, n2); 双碳行动, only
  used, is answered by its use said not to be an explanation (n3); a count asked of a term is
  the count (n4).
- **A self-correction** (c1a c1b): the unit after 不对 / 哦不 replaces the one before it.
- **A bare-line plan heading** 「2024年工作安排」 nested under the review's 「二、…取得实效」 still
  plans (t1a t1b); the figure reached is still the review's (t2).
- **他** after a who-question is the person found: the same event's place (p1a p1b).

- review64: a glossary head of two terms explains each (r1); 他 then a figure of his report is
  no person follow-up (r2, as blind32 h62_47).
main (006c5c18): facts 0.41, none 1.00; branch 1.00 / 1.00.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.defined import asked_term, explanations
from answering.followup_person import person_followup
from retrieval.self_correction import self_corrected
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_defs64.jsonl"


def test_defs64_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_defs64"],
        PROBES,
        ["--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("广东那份里说的“一县一场”是啥意思", "一县一场"),
        ("盐田报告里讲的“新三样”是哪三样", "新三样"),
        ("它附的名词解释里“两重”指的啥", "两重"),
        ("“放管服”这个说法到底指什么", "放管服"),
        ("“两新”包括哪些", "两新"),
        ("“两新”是哪两新", "两新"),
        ("“两重”指的是什么意思呢", "两重"),
    ],
)
def test_a_meaning_asked_names_its_term(question, term):
    assert asked_term(question) == term


@pytest.mark.parametrize(
    "question",
    [
        "“一网通办”是什么时候推出的",  # a date asked of the term
        "哪些区提到了“新三样”",  # where the term is used
        "“两重”项目有哪些",  # the projects, a list of the reports' own
        "“一县一场”建了多少个",
        "新三样是哪三样",  # unquoted: left to the ordinary answer
        "“两新”是哪两个部门提出的",  # a department asked: the ask does not close the clause
        "“两新”包括哪些设备",
    ],
)
def test_no_meaning_asked(question):
    assert asked_term(question) is None


def test_only_the_term_asked_is_explained():
    text = (
        "附件\n名词解释\n1.两新：大规模设备更新和消费品以旧换新。\n2.新三样：新能源汽车、锂电池。\n"
    )
    assert [text[s:e] for s, e, _ in explanations(text, "新三样")] == [
        "2.新三样：新能源汽车、锂电池。"
    ]
    assert explanations(text, "两重") == []
    assert explanations("大力推动“两重”建设，全年投资233亿元。", "两重") == []
    assert explanations("“两重”即将开工建设。", "两重") == []


def test_a_shared_or_qualified_glossary_head_explains_its_term():
    """review64: 「2.“六稳”、“六保”：」 and 「11.四个“第一时间”：」 head a glossary entry; a
    body sentence 「…的“主要预期目标”是：」 is no entry."""
    both = "2.“六稳”、“六保”：稳就业、稳金融；保居民就业、保基本民生。"
    assert [r for _, _, r in explanations(both, "六保")] == [0]
    assert [r for _, _, r in explanations(both, "六稳")] == [0]
    assert [r for _, _, r in explanations("11.四个“第一时间”：任务第一时间明确。", "第一时间")] == [
        0
    ]
    body = "今年经济社会发展的“主要预期目标”是：地区生产总值增长6%。"
    assert explanations(body, "主要预期目标") == []


@pytest.mark.parametrize(
    ("question", "prev", "units"),
    [
        ("他的GDP增速是多少", "南山区和坪山区谁的GDP增速更快", ("南山区", "坪山区")),
        ("他提出的GDP增长目标是多少", "2016年国务院政府工作报告是谁作的", ("国务院",)),
    ],
)
def test_no_person_followup(question, prev, units):
    """review64 must-nots: 谁 choosing between units, and 他 then a topic of the report."""
    assert person_followup(question, prev, units) is None


@pytest.mark.parametrize(
    ("question", "meant"),
    [
        (
            "罗湖..不对，南山那份15年的报告，当年GDP目标定的多少",
            "南山那份15年的报告，当年GDP目标定的多少",
        ),
        ("罗湖，哦不，南山的GDP多少", "南山的GDP多少"),
        ("南山2014年，不对，2015年的GDP多少", "南山2015年的GDP多少"),
        # no break: as asked
        ("哪些做法不对", "哪些做法不对"),
        ("南山的数据对不对", "南山的数据对不对"),
        ("南山区GDP是不是第一", "南山区GDP是不是第一"),
        ("这个数字不对吧，南山多少", "这个数字不对吧，南山多少"),
        ("不对，南山GDP多少", "不对，南山GDP多少"),
        # review64: a year corrects a year, what stood before it stays
        ("深圳2015年的报告，不对，2021年的报告里GDP目标", "深圳2021年的报告里GDP目标"),
        # review64 must-not: the correction restates the measure, not the unit; kept as asked
        ("南山区2017年的GDP，不对，人均GDP是多少", "南山区2017年的GDP，不对，人均GDP是多少"),
        ("坪山区是新区，不是，行政区吗", "坪山区是新区，不是，行政区吗"),
    ],
)
def test_a_self_correction_replaces_what_it_corrects(question, meant):
    assert self_corrected(question) == meant
