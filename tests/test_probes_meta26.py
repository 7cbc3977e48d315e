"""Round meta26 (issue 15, metadata): page shapes the held-out pages take and the extractor had
not met, on invented pages (青棠镇, 云杉乡, 鹿鸣街道, 白芷瑶族乡, 柘溪苏木 of the invented 雁屿县).

``probes_meta26/`` holds, each with two pages that must read and one that must not:
the covered year alone above a title broken in two (「二〇二三年度」 / 「…建设」 / 「…报告」; a
menu's 「2022年」 still dates nothing); a town under its county on a line above the report's
title (「雁屿县青棠镇」; over a breadcrumb it stays the town site's banner); a banner with the
organ's English name, kept whole; the banner of a county portal over a township's report and
a county department as publisher naming the parent (a town's own office names none); the
links under a report (上一篇/下一篇, 相关文章) naming other units, never the writer; a title in
book-title marks, also in a browser title; the year of a 文号 over the title (issued → covers the year before) and never
of one cited in the body. Held at 1.0."""

from __future__ import annotations

from pathlib import Path

from cli.main import main
from ingest.clean import clean_text
from ingest.meta_eval import evaluate
from ingest.metadata import extract
from ingest.page_chrome import is_chrome_line, read_chrome
from ingest.page_header import header_cells
from ingest.page_trailer import mask_trailer
from ingest.title_lines import place_chain_line, title_year_line

PROBES = Path(__file__).parent / "data" / "probes_meta26"
BODY = "今年以来，我镇坚持依法行政，现将有关情况报告如下。\n一、主要工作\n（一）依法决策。\n"


def test_every_meta26_page_reads_right():
    score = evaluate(PROBES / "meta_gold.jsonl", PROBES)
    assert len(score.rows) >= 83
    assert score.accuracy("all") == 1.0, [r.source for r in score.misses()]
    assert main(["eval-metadata", str(PROBES / "meta_gold.jsonl"), "--min", "all=1.0"]) == 0


def test_a_covered_year_line_heads_a_title_but_an_archive_of_years_is_a_menu():
    assert title_year_line("二〇二三年度") and title_year_line("（2023年度）")
    assert not title_year_line("2023年") and not title_year_line("2023年度报告")
    assert 0 not in read_chrome("二〇二三年度\n白鹭镇法治政府建设\n工作情况报告\n" + BODY).lines
    menu = "2021年度\n2022年度\n白鹭镇法治政府建设工作报告\n" + BODY + "2023年调处纠纷37件。\n"
    assert {0, 7} <= read_chrome(menu).lines
    assert extract(clean_text(menu), "x.txt").year == 2023
    assert extract(clean_text("2022年\n白鹭镇法治政府建设工作报告\n" + BODY), "x.txt").year != 2022


def test_a_place_line_heads_a_title_only_over_a_report_line():
    assert place_chain_line("青禾县白鹭镇") and not place_chain_line("白鹭镇")
    assert not place_chain_line("乡镇街道") and not place_chain_line("县区乡镇")
    text = "青禾县白鹭镇\n2023年法治政府建设工作报告\n" + BODY
    assert 0 not in read_chrome(text).lines
    assert extract(clean_text(text), "x.txt").parent == "青禾县"
    # the town site's own banner over its breadcrumb stays furniture
    banner = "青禾县白鹭镇\n当前位置：首页 > 政务公开 > 白鹭镇\n" + text
    assert 0 in read_chrome(banner).lines


def test_an_english_named_banner_is_a_whole_site_line():
    assert is_chrome_line("青禾县人民政府 QINGHE COUNTY PEOPLE'S GOVERNMENT")
    assert not is_chrome_line("白鹭镇人民政府 2023年度法治政府建设工作报告")
    cleaned = clean_text(
        "青禾县人民政府 QINGHE COUNTY\n关于2023年度法治政府建设情况的报告\n" + BODY
    )
    assert cleaned.split("\n")[1] == "关于2023年度法治政府建设情况的报告"


def test_links_under_a_report_are_blanked_with_offsets_kept():
    text = (
        BODY
        + "上一篇：柳溪镇2023年工作报告\n相关文章\n柳溪镇报告\n禾丰乡报告\n附：全年调解纠纷12件。"
    )
    masked = mask_trailer(text)
    assert len(masked) == len(text) and "柳溪镇" not in masked and "禾丰乡" not in masked
    assert masked.endswith("附：全年调解纠纷12件。") and masked.startswith(BODY)
    assert extract(clean_text("关于2023年度法治政府建设情况的报告\n" + text), "x.txt").unit == ""


def test_document_numbers_date_the_document_they_number():
    head = "青政发〔2024〕3号\n白鹭镇人民政府关于法治政府建设工作情况的报告\n"
    assert extract(clean_text(head + BODY), "x.txt").year == 2023
    cited = "白鹭镇人民政府关于法治政府建设工作情况的报告\n今年以来，我镇落实（青政发〔2021〕8号）文件，现将有关情况报告如下。\n"
    assert extract(clean_text(cited + "一、主要工作\n2023年调处纠纷37件。\n"), "x.txt").year == 2023


def test_a_browser_title_quoted_in_book_marks_is_the_page_title():
    assert header_cells("《白鹭镇2023年度法治政府建设工作报告》_青禾县人民政府") == [
        ("publisher", "青禾县人民政府"),
        ("title", "白鹭镇2023年度法治政府建设工作报告"),
    ]
    # a title citing a document keeps its marks: the cited plan is no title
    cited = header_cells("关于落实《青禾县法治政府建设实施方案》的报告_青禾县人民政府")
    assert ("title", "关于落实《青禾县法治政府建设实施方案》的报告") in cited
