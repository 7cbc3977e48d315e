"""Round n82 (stop 82): none-questions that got answered, and page fields read from a table.

``probes_n82.jsonl`` asks over three invented reports (``tests/data/probe_reports_n82``):

- A page's disclosure table copied with its grid puts a value in the cell after its label
  (「| 发布机构: | 松岭镇人民政府 | 发文日期: | 2024-03-05 |」, ``ingest.publisher``,
  ``answering.issue_date``); the asker says where they read it (页面表格里, 网页上那个表格里:
  ``answering.page_fields``) and may ask publisher and day at once (pm1 pm1b pm1c); a content
  question over the same page still reads the text (pm1n).
- 做成了吗 / 效果怎么样 / 取得了什么成效 ask a result: a plan part's item is none, and so is a
  review passage not naming the thing (rs1 rs1b, ``answering.result_hits``); the review telling
  it answers (rs1t).
- An honour asked as received (已经拿到…称号, 哪年获评) is no goal (以争创…为目标): hr1 hr1b
  (``retrieval.honour_received``; 哪年 beside a topic asks no report year, ``metadata_qa``);
  被命名为 answers (hr1t).
- A rough figure (近200人次, 150人次左右) is a bound about it (nf1 nf1b, ``count_bounds``);
  286人次 is near 300 (nf1t).
- The kind written before a counted head (民法典 of 民法典宣传): mk1 mk1b stay none and mk1t answers, as
  on main. n82's rule (the kind must be in the counting sentence, ``carrier._kind_said``) was
  taken out at the merge: a report names the kind in its heading (「（二）规范性文件备案审查」 over
  「全年报备4件」, known39 c3b) or writes a function word the question adds (「办事窗口」 ~ 「综合窗口8
  个」, fact32 h1b), and both facts went unanswered.
- 现将…报告如下: announces the contents and tells none (an1 an1b, ``answering.announced_parts``);
  the text after it answers (an1t).

Review rev_n82 (p4, p5; rows rv*): the honour received must be the one the clause names (rv1
rv1b: 被评为市级平安乡镇 beside 以争创省级…为目标 and 入选…候选名单), and a plan part's 获评 is an
aim (rv2), also asked with no 称号 (rv5 rv5b: 获评过…示范村); a plan part opening on the year's recap answers a result asked (rv3 rv3b,
``retrieval.told_done``), and 取得 of 取得了哪些成效 is an asking word (rv7); a crossed table
cell holding a label is no publisher (rv4); 那篇 and 法治工作 frame one report's 哪年 (rv6 rv6b).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from answering.announced_parts import announces
from answering.issue_date import asks_issue_date, issue_dates, without_issue_words
from answering.meta_frame import has_topic
from ingest.publisher import read_publisher
from retrieval.count_bounds import bound_asked
from retrieval.honour_received import asked_honours, asks_received, tells_received
from retrieval.result_asked import asks_result
from retrieval.told_done import tells_done
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_n82.jsonl"


def test_n82_probes(tmp_path, monkeypatch, capsys):
    # main (30d05d80): which 0.67, facts 0.57, none 0.30; branch 1.00 / 1.00 / 1.00
    # with rev_n82's rows (p4, p5): main 0.72 / 0.71 / 0.20, n82 0.89 / 0.64 / 0.67, rev 1.00 / 1.00 / 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_n82"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


_ROW = "| 发布机构: | 青石乡人民政府 | 发文日期: | 2023-04-11 | ||\n"


def test_table_cells():
    assert read_publisher(_ROW) == "青石乡人民政府"
    assert read_publisher("| 发布机构: | | 发文日期: | 2023-04-11 |\n") == ""  # empty cell
    assert [d for *_, d in issue_dates(_ROW)] == ["2023-04-11"]


@pytest.mark.parametrize(
    "page",
    [
        "| 发布机构: | 所属地区: | 怀山县 |\n",  # the publisher's cell empty: a label follows
        "| 发布机构 | 地区 | 怀山县 |\n",
        "| 索引号 | 发布机构 | 所属区县 |\n| 001 | 县司法局 | 怀山 |\n",  # a header row
        "来源： | 怀山县人民政府 > 政府信息公开 > 法治政府 |\n",  # a breadcrumb
    ],
)
def test_crossed_cell_no_label(page):
    assert read_publisher(page) == ""  # rev_n82: all four read a label or the site on n82


@pytest.mark.parametrize(
    ("question", "frame"),
    [
        ("青石乡报告网页上那个表格里的发文时间是哪天", True),
        ("青石乡报告页面信息栏中写的发布机构和发布日期是什么", True),
        ("青石乡哪天召开的法治推进会", False),  # a deed's day: no issue date asked
    ],
)
def test_page_place(question, frame):
    rest = without_issue_words(question).replace("青石乡", "")
    assert (asks_issue_date(question) and not has_topic(rest)) is frame


@pytest.mark.parametrize(
    ("question", "result"),
    [
        ("青石乡推进矛盾纠纷多元化解，做成了吗", True),
        ("青石乡智慧司法所建设效果如何", True),
        ("青石乡网格化治理取得了哪些成效", True),
        ("青石乡明年打算怎么推进网格化治理", False),
        ("青石乡网格化治理是怎么做的", False),
    ],
)
def test_asks_result(question, result):
    assert asks_result(question) is result


@pytest.mark.parametrize(
    ("question", "received"),
    [
        ("青石乡已经拿到全国民主法治示范村称号了吗", True),
        ("全国民主法治示范村的称号哪个乡拿到了", True),
        ("哪些地方在争创或者已经拿到了全国民主法治示范村的称号", False),  # striving offered
        ("青石乡在争创什么示范", False),
        ("哪些乡镇获评过全国民主法治示范村", True),  # no 称号: the verb and the title's head
        ("青石乡被评为省级法治政府建设示范乡了吗", True),
        ("哪些乡镇获得了示范创建的经验", False),
    ],
)
def test_asks_received(question, received):
    assert asks_received(question) is received


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("2022年被命名为第二批全国民主法治示范村", True),
        ("成功创建省级法治政府建设示范县", True),
        ("以争创全国民主法治示范村为目标，对照指标开展自查", False),
        ("力争获评省级法治政府建设示范乡", False),
    ],
)
def test_tells_received(text, told):
    assert tells_received(text) is told


def test_received_of_the_honour_asked():
    said = (
        "2023年，青石乡被评为市级平安乡镇，并以争创省级法治政府建设示范乡为目标，入选创建候选名单"
    )
    names = asked_honours("青石乡已经拿到省级法治政府建设示范乡称号了吗")
    assert tells_received(said) and not tells_received(said, names)  # another honour received
    assert not tells_received("入选省级法治政府建设示范乡创建候选名单")  # a candidacy
    plan_item = "（二）全力以赴获评全国民主法治示范村称号。"
    assert not tells_received(plan_item, plan=True, year=2023)  # a plan part's aim
    assert tells_received("2023年，青石乡已成功创建全国民主法治示范村。", plan=True, year=2023)


@pytest.mark.parametrize(
    ("question", "sentence", "met"),
    [
        ("哪个乡的普法讲座有近500人次参加", "开展普法讲座12场，受众468人次", True),
        ("哪个乡的普法讲座有近500人次参加", "开展普法讲座12场，受众320人次", False),
        ("调解纠纷80件左右的是哪个乡", "调解矛盾纠纷86件", True),
        ("调解纠纷80件左右的是哪个乡", "调解矛盾纠纷120件", False),
    ],
)
def test_rough_figure(question, sentence, met):
    assert bound_asked(question).met_in(sentence) is met
    assert bound_asked("近3年开展普法讲座的乡镇") is None  # 近3年 is a span of years, no count
    assert bound_asked("最近3次党委会都研究法治工作了吗") is None  # the latest few (rev_n82)
    assert bound_asked("近3个月开展了几场普法活动") is None  # 个月: a span, no count of 个


def test_told_done():
    recap = "2023年，青石乡已全面完成标准化建设，群众满意度达95%。2024年将继续巩固。"
    assert tells_done(recap, 2023)
    assert not tells_done("（一）全年开展法治讲座不少于10场，进一步提高群众满意度。", 2023)
    assert not tells_done("2024年，我乡将全面完成标准化建设。", 2023)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("现将青石乡2023年法治政府建设情况报告如下：", True),
        ("具体情况如下：", True),
        ("2024年工作计划如下：一是加强学法", False),
        ("全年开展培训如下几类：", False),
        ("按照县委部署，青石乡开展普法活动30场，现将有关情况报告如下。", False),  # tells first
        ("現將有關情況報告如下：", True),
    ],
)
def test_announces(sentence, said):
    assert announces(sentence) is said


def _need(term: str, required: bool = True):
    return SimpleNamespace(concept=SimpleNamespace(term=term, required=required), full=(term,))
