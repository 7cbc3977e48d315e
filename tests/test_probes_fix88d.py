"""Round fix88d: demonstratives and pointer shapes (blind46 h88_09, h88_30, h88_31, h88_40, h88_42).

``probes_fix88d.jsonl`` asks over three invented reports (``tests/data/probe_reports_fix88d``):

- a bare classifier (这份/这篇, its noun 报告 left to the predicate) is the last turn's report
  (cl1 cl2); with nothing said before it still asks back (cln);
- 「<region>那个镇」 is a description resolved from the reports' places (rg1 rg2); 「那个镇」
  alone still points back at nothing (rgn);
- 它俩 / 这两个镇 with two units in scope asks each (pl1 pl2); 它 after one unit stays one (pln);
- 级别 after a rung (全国级别, 省级别) narrows the last honour as the rung alone does (gr1 gr2);
  a rung with a thing of its own asks something new (grn);
- a page's 来源 run on to its buttons (「…办事处打印收藏」「…人民政府分享：」) still names the
  publisher (pb1 pb2).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup_pointers import PRONOUN, SINGULAR
from answering.followup_rung_narrow import rung_narrowed
from answering.points_back import points_back
from ingest.publisher import read_publisher
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fix88d.jsonl"


def test_fix88d_probes(tmp_path, monkeypatch, capsys):
    # int88 (b44ec03e): which 0.61, facts 0.33, none 1.00; branch 1.00, 1.00, 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fix88d"],
        PROBES,
        ["--min-facts", "0.99", "--min-f1", "0.99"],
    )
    wrong = [q["id"] for q in result["questions"] if q["error"] and q["kind"] != "none"]
    assert not wrong


@pytest.mark.parametrize(
    ("q", "pointed"),
    [
        ("这份是哪年的报告？", True),
        ("这篇是哪个单位发的？", True),
        ("这篇报告讲的是哪一年？", True),
        ("这份清单有多少项？", False),  # a noun of its own: no report pointed at
        ("这篇文章里提到的示范村在哪", True),
        ("这份讲话稿是谁讲的", False),  # documents of their own, named by their noun
        ("这份说明有几条", False),
        ("这份发展规划提了哪些目标", False),
        ("这份有关调解的通知是哪年的", False),
    ],
)
def test_bare_classifier_is_the_report(q, pointed):
    assert bool(SINGULAR.search(q)) is pointed


@pytest.mark.parametrize(
    ("q", "dangling"),
    [
        ("湖南那个镇是哪个？", False),  # a description: the township in Hunan
        ("福建那个镇调解纠纷的成功率是多少？", False),
        ("那个镇调解纠纷的成功率是多少？", True),  # nothing qualifies it: a pointer back
        ("这篇是哪个单位发的？", True),
        ("这份清单有多少项？", False),
    ],
)
def test_region_description_is_no_pointer(q, dangling):
    assert points_back(q) is dangling


def test_two_units_pointed_by_ta_lia():
    assert PRONOUN.search("它俩有没有请常年法律顾问？").group(0) == "它俩"
    assert PRONOUN.search("它们俩谁多").group(0) == "它们俩"
    assert PRONOUN.search("这两个镇有没有开办法治夜校").group(0) == "这两个镇"
    # 那 + a count after a region describes the units there, no pointer (q69 h69_29)
    assert not PRONOUN.search("陕西那两个区里，哪个写了领导干部应知应会清单")
    assert not SINGULAR.search("它俩有没有请常年法律顾问？")


@pytest.mark.parametrize(
    ("q", "asked"),
    [
        ("评上全国级别的是哪个？", "哪些地方有村子评上了全国民主法治示范村？"),
        ("那评上省级别的有哪几个？", "哪些地方有村子评上了省级民主法治示范村？"),
        ("全国级别的宣传活动有哪些？", None),  # a thing of its own
        ("评上全国级别的先进个人是谁", None),
    ],
)
def test_rung_said_with_jibie(q, asked):
    got = rung_narrowed(q, "哪些地方有村子评上了民主法治示范村？")
    assert (got[0] if got else None) == asked


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        ("发布日期：2023-03-21来源：天河区石牌街道办事处分享：\n", "天河区石牌街道办事处"),
        ("发布日期：2024-03-05来源：越秀区柳河街道办事处打印收藏\n", "越秀区柳河街道办事处"),
        ("发布日期：2024-03-05来源：县司法局\n", "县司法局"),
    ],
)
def test_publisher_ends_at_page_buttons(text, organ):
    assert read_publisher(text) == organ
