"""Round meta68: who delivered a report, at which session, which reports review a term, the
year of a work report from its task heading, and region/county follow-ups on report lists.

``probes_meta68.jsonl`` asks over nine invented reports (``tests/data/probe_reports_meta68``):

1. The speaker (``answering.meta_speaker``): a byline under the session line (「市长　林秋禾」,
   joined by the cleaner to the line above) and a caption with the name first (「周砚青区长代表
   区人民政府在…会议上作《政府工作报告》」) (s1a s1b). Must-not: a leading group's list
   (「组长 王五」「主任 赵六」) names no speaker (unit test below).
2. The session (``answering.meta_session``): the session line, or the caption's (m2a as a
   follow-up, m2b); must-nots: a meeting the report tells of (「镇党委召开第三次会议」, 「在区一届
   人大一次会议上，我们提出了…」) and a deed asked with 召开 (unit tests below).
3. Reports reviewing a term (``retrieval.part_presence``, the part 「五年（本届）工作回顾」):
   「回顾过去五年」 is no calendar span read from today (``term_part_asked`` keeps it from
   ``answering.relative_years``), and 回顾过去 | 五年 as the tokenizer cuts it is the part's
   frame (t3a t3b); 「回顾了过去五年的生态建设」 asks a topic and keeps the span (unit test).
4. A work report's year from 「三、2023年的工作重点」 (``ingest.work_report``; y4a), while a
   法治 report's title year stands over its closing 「2024年工作重点」 (y4n).
5. A region or county follow-up after a report list asked with no question word (「陕西的报告」
   「…都列一下」; ``answering.followup_region.lists_reports``; r5a r5b), and a county said
   short in traditional characters (「把寶山的都列出來」; ``answering.followup_place``; b6a b6b).
   Must-nots: 「嘉定区的呢」 after 陕西 (r5n), 「把宝安的都列出来」 after 上海 (b6n).

main (f2448e42, on this branch's ingest): which 0.17, facts 0.67, none 1.00; this branch: 1.00 / 1.00 / 1.00.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup_region import lists_reports
from answering.meta_session import asks_session, session_of
from answering.meta_speaker import speaker
from ingest.clean import clean_text
from ingest.work_report import work_title
from retrieval.part_presence import term_part_asked
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_meta68.jsonl"
REPORTS = DATA / "probe_reports_meta68"


def test_meta68_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [REPORTS],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert all(not q["miss"] for q in result["questions"]), result["questions"]


def _text(name: str) -> str:
    return clean_text((REPORTS / name).read_text(encoding="utf-8"))


def test_speaker_byline_and_caption():
    assert speaker(_text("p1.txt"))[2:] == ("市长", "林秋禾")
    assert speaker(_text("p2.txt"))[2:] == ("区长", "周砚青")
    assert speaker(_text("p4.txt")) is None  # 「主任 赵六」 in a leading group's list
    # review68: a deputy's post before 代表 names no one (was read as the name 「常务副」)
    assert speaker("会上，常务副区长代表区政府作了工作报告。") is None


def test_session_line_only_where_the_report_was_read():
    assert session_of(_text("p1.txt")).group(1) == "云岫市第十届人民代表大会第一次会议"
    assert session_of(_text("p4.txt")) is None  # 「镇党委召开第三次会议」
    told = "各位代表：\n一、工作回顾\n在区一届人大一次会议上，我们提出了六大承诺。"
    assert session_of(told) is None  # an earlier session, where a promise was made
    caption = (
        "3月5日，第十二届全国人民代表大会第五次会议在北京人民大会堂开幕。"
        "国务院总理李克强作政府工作报告。\n各位代表："
    )
    assert session_of(caption).group(1) == "第十二届全国人民代表大会第五次会议"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("在哪次会上作的", True),
        ("是在什么会议上作的报告", True),
        ("第几届人大", True),
        ("在哪次会议上通过的", False),
        ("党委开了什么会", False),
        ("召开了几次常务会议", False),
        ("在什么会上提出要加强法治", False),
        ("哪次会议研究了预算", False),
        ("国务院的报告在哪次会议上讲到了房地产", False),  # review68: the verb has its object
        ("报告里说在什么大会上作出了部署", False),
        ("报告提到总书记在什么大会上发表的重要讲话", False),
        ("第几届人大审议了什么", False),
        ("在哪次全会上作的", False),  # a party plenum hears no government report
        ("是在哪次人代会上宣读的？", True),
        ("报告是哪次会上做的", True),
    ],
)
def test_session_asked(question, asked):
    assert asks_session(question) is asked


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("哪几份是回顾过去五年的", True),
        ("哪些报告总结了过去五年的工作", True),
        ("回顾过去五年的有哪些", True),
        ("过去五年地区生产总值增长了多少", False),
        ("哪几份回顾了过去五年的生态建设", False),  # a topic of those years
        ("近两年哪些镇提到法律顾问", False),
    ],
)
def test_term_part_asked(question, asked):
    assert term_part_asked(question) is asked


@pytest.mark.parametrize(
    ("question", "listed"),
    [
        ("陕西的报告", True),
        ("上海的街镇报告都列一下", True),
        ("宝山区的报告", True),
        ("白鹭镇的报告", False),  # one unit's report, no list
        ("这份报告", False),
        ("陕西的报告有提到法律顾问吗", False),
    ],
)
def test_report_list_without_question_word(question, listed):
    assert lists_reports(question) is listed


def test_work_report_year_from_its_task_heading():
    """「三、2023年的工作重点」 plans 2023: the report covers 2022, never the base year of its
    figures (「比2019年（下同）增长」, main: 2019); a 法治 report's title year stands over its
    closing 「2024年工作重点」."""
    from ingest.metadata import extract

    for name, year in (("p3.txt", 2022), ("p4.txt", 2023)):
        path = REPORTS / name
        assert extract(path.read_text(encoding="utf-8"), str(path)).year == year


def test_work_title_organ_from_the_speech():
    """The organ in a work report's title is the one its speech sentence names: a province
    telling of a zone's 管委会 in its first pages still reports as a government (review68)."""
    province = (
        "各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n"
        "组建运行青岚合作区管委会，优化管理体制。\n二、2024年工作安排\n"
    )
    assert work_title(province, "苇江省") == "苇江省2024年政府工作报告"
    zone = "各位代表：\n我代表青岚新区管理委员会，向大会作工作报告。\n一、2023年工作回顾\n"
    assert work_title(zone, "青岚新区").endswith("管委会工作报告")
    real = DATA / "blind34" / "web_real"
    assert work_title((real / "r07.txt").read_text(), "广东省") == "广东省2022年政府工作报告"
    assert work_title((real / "r05.txt").read_text(), "大鹏新区") == "大鹏新区2016年管委会工作报告"
