"""Round diag51: a question pointing into a part of the report; a year's plans asked.

1. An annual report has a review (主要做法和成效), a problems part (存在的问题/不足) and a plan
   part (下一步打算). 「在问题部分」「写进了存在的问题」 ask the problems part only: a unit that
   writes the topic in its review alone is not listed; the locator is no topic. Without a
   locator every part counts (must-not).
2. 「在下一步计划里」「下一步打算部分」 ask the plan part: the review's deed on the same topic
   is no answer.
3. 「X镇2024年打算怎么…」 of a unit whose newest report covers 2023 asks that report's plan
   for 2024 (its closing part); a year asked with no verb of intent still has no report.

All reports are made up, ingested for real into ``tmp_path`` and asked through the composition
root.
"""

from __future__ import annotations

import pytest

from library.compose import build
from reportqa.errors import QuestionError
from reportqa.settings import Settings
from tests.probe_kit import ingested_texts

_REPORT = (
    "{county}{unit}关于2023年法治政府建设情况的报告\n\n{county}人民政府：\n\n"
    "一、2023年法治政府建设主要做法和成效\n\n（一）深化法治宣传。{review_pub}\n\n"
    "（二）化解矛盾纠纷。{review_petition}\n\n二、存在的问题和不足\n\n{problems}\n\n"
    "三、2024年工作打算\n\n（一）创新法治宣传。{plan_pub}\n\n（二）加强队伍建设。"
    "组织执法人员参加业务培训。\n\n{county}{unit}人民政府\n2024年1月15日\n"
)
_REPORTS = {
    "a.txt": _REPORT.format(
        county="青禾县", unit="东坡镇",
        review_pub="全年发放法治宣传资料3000份，开展送法下乡活动12场。",
        review_petition="全年受理矛盾纠纷85件，调处成功82件。",
        problems="一是部分群众法治观念淡薄，信访不信法的现象仍然存在。二是执法力量较为薄弱。",
        plan_pub="依托短视频平台开展法治宣传，录制以案说法节目。",
    ),
    "b.txt": _REPORT.format(
        county="青禾县", unit="西岭乡",
        review_pub="全年举办法治讲座8场，覆盖群众1200人次。",
        review_petition="畅通信访渠道，全年办结信访件46件，化解信访积案3件。",
        problems="一是执法人员专业化水平不高。二是规范性文件审查力量不足。",
        plan_pub="组建乡村普法小分队，进村入户开展宣讲。",
    ),
    "c.txt": _REPORT.format(
        county="白石县", unit="南湖镇",
        review_pub="利用村广播播放普法节目40期。",
        review_petition="建立矛盾纠纷排查台账，全年排查纠纷37件。",
        problems="一是普法形式较为单一。二是村级法律顾问作用发挥不够。",
        plan_pub="开展法律知识竞赛，评选法治示范户。",
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("diag51")
    with pytest.MonkeyPatch.context() as mp:
        yield build(Settings(data_dir=ingested_texts(tmp, mp, _REPORTS))).service


def test_problems_part_pointed_into(service):
    # 1. 西岭乡 writes 信访 in its review only; 东坡镇 among its problems
    for q in ("哪些乡镇在问题部分提到了信访？", "谁把信访写进了存在的问题里？"):
        ans = service.ask(q)
        assert set(ans.townships) == {"东坡镇"}, (q, ans.townships, ans.answer)


def test_no_part_named_reads_every_part(service):
    # must-not: no locator — the review's 信访 counts as much as the problems'
    ans = service.ask("哪些乡镇的报告提到了信访？")
    assert {"东坡镇", "西岭乡"} <= set(ans.townships), (ans.townships, ans.answer)


def test_plan_part_pointed_into(service):
    # 2. each unit's plan sentence (普法 ~ 法治宣传), never its review's deed on the same topic
    for q in ("哪些乡镇在下一步计划里提到了普法？", "下一步打算部分写了普法的是哪些乡镇"):
        ans = service.ask(q)
        assert set(ans.townships) == {"东坡镇", "西岭乡", "南湖镇"}, (q, ans.townships, ans.answer)
        for review in ("3000份", "8场", "40期"):
            assert review not in ans.answer, (q, ans.answer)


def test_next_years_plan_asked_of_last_years_report(service):
    # 3. 2024 asked with a verb of intent: the 2023 report's plan part
    for q in ("东坡镇2024年打算怎么做法治宣传？", "东坡镇2024年准备如何开展法治宣传"):
        ans = service.ask(q)
        assert "短视频" in ans.answer and "3000份" not in ans.answer, (q, ans.answer)


def test_year_without_intent_still_lacks_its_report(service):
    # must-not: 「2024年开展了…」 asks what was done in 2024 — no report covers it
    with pytest.raises(QuestionError):
        service.ask("东坡镇2024年开展了哪些法治宣传？")
