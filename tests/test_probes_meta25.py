"""Round meta25 (issues 15, 16): a report's unit and year where a web page or an official
document puts them when its body says only 我镇 / 今年.

``probes_meta25/`` holds invented pages (砚泉镇, 禾穗乡, 临波街道 of the invented 澄岭县) of the
shapes held-out pages take: a browser title joining the report to its host site
(「…报告_澄岭县人民政府」, 「…报告-…门户网站」); the 落款 on one line with its date, followed by a
release note, or dated in Chinese numerals (二〇二四年一月十二日: published in January, so the
year before); the 版记's print line (「…党政办公室 2024年1月3日印发」) naming the writer's office and
its 抄送 line naming recipients, never the writer; a township's 主送 「澄岭县人民政府：」 naming its
county; a 报送 line above a title; a body that is no place (我场, 我中心) naming the towns it
helps; a breadcrumb parted by 「＞」 or by slashes from 首页; a 落款 with its seal note
(「（盖章）」); a page's date printed with no label (alone under the title, bracketed, or before
「来源：」). Each rule has two pages that must read and one that must not (a dash before 「附件一」,
a 抄送 line naming a town, a 中心 assisting a town: unit stays unknown; a page date never
overrides the title's year). Held at 1.0."""

from __future__ import annotations

from pathlib import Path

from cli.main import main
from ingest.meta_eval import evaluate
from ingest.meta_signature import closing, year_month
from ingest.page_chrome import is_chrome_line, read_chrome

PROBES = Path(__file__).parent / "data" / "probes_meta25"


def test_every_meta25_page_reads_right():
    score = evaluate(PROBES / "meta_gold.jsonl", PROBES)
    assert score.accuracy("all") == 1.0, [r.source for r in score.misses()]
    assert main(["eval-metadata", str(PROBES / "meta_gold.jsonl"), "--min", "all=1.0"]) == 0


def test_closing_lines_split_organ_date_and_print_line():
    text = "正文。\n抄送：县司法局。\n白鹭镇党政办公室2024年1月12日印发\n（此件公开发布）"
    assert closing(text) == [("白鹭镇党政办公室", "2024年1月12日", True)]
    assert closing("正文。\n白鹭镇人民政府\n二〇二三年十二月二十六日") == [
        ("", "二〇二三年十二月二十六日", False),
        ("白鹭镇人民政府", "", False),
    ]


def test_chinese_numeral_dates_give_year_and_month():
    assert year_month("二〇二四年一月十二日") == (2024, 1)
    assert year_month("二〇二三年十二月二十六日") == (2023, 12)
    assert year_month("2024年6月30日") == (2024, 6)
    assert year_month("今年以来") is None


def test_page_dates_without_labels_are_stamps_not_furniture_fields():
    chrome = read_chrome("法治政府建设工作报告\n【2024-01-15】\n今年以来，我镇依法行政。")
    assert chrome.stamps == ["2024-01-15"] and chrome.dates == []
    chrome = read_chrome(
        "白鹭镇工作报告\n2024年01月15日来源：白鹭镇人民政府\n今年以来，我镇依法行政。"
    )
    assert chrome.stamps == ["2024年01月15日"]
    # a date inside a sentence is what happened, not when the page went up
    assert read_chrome("白鹭镇工作报告\n2024年1月15日，镇党委召开会议。").stamps == []


def test_breadcrumbs_in_fullwidth_and_slash_forms_and_browser_titles_are_whole_lines():
    assert read_chrome("首页 ＞ 乡镇 ＞ 白鹭镇 ＞ 政务公开\n正文。").crumbs[-2:] == [
        "白鹭镇",
        "政务公开",
    ]
    assert "白鹭镇" in read_chrome("首页/政务公开/白鹭镇\n正文。").crumbs
    assert read_chrome("乡镇/街道/社区三级网络全覆盖\n正文。").crumbs == []
    assert is_chrome_line("白鹭镇2023年度法治政府建设工作报告-青禾县人民政府门户网站")
    assert not is_chrome_line("白鹭镇2021-2023年法治政府建设三年行动计划工作总结")
