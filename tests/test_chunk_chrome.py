"""Page chrome copied with a report (breadcrumbs, disclosure fields, tool bars) is never
searchable evidence: on made-up portal pages, a breadcrumb that says 政务公开 must not make a
report answer for 政务公开, while a body sentence that says it must; reports without chrome
chunk exactly as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.chunking import chunk_spans, split_sections
from ingest.clean import clean_text
from ingest.metadata import extract
from library import build
from reportqa.settings import Settings
from tests.conftest import CORPUS

_BODY = (
    "{year}年，{unit}在县委、县政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设。\n"
    "一、主要举措和成效\n"
    "（一）加强组织领导。成立法治政府建设工作领导小组，由镇长任组长，定期研究部署法治建设工作。\n"
    "（二）规范行政执法。全面落实行政执法公示制度，组织执法人员参加培训三次，执法案卷评查合格率百分之百。\n"
    "{extra}"
    "二、存在的问题\n"
    "基层法治力量仍然薄弱，部分干部运用法治思维解决问题的能力有待提高。\n"
)

# a portal page: accessibility bar, breadcrumb through 政务公开, a disclosure block whose
# 标题 field is the only title, tool bar
_CRUMB_PAGE = (
    "无障碍 | 长者模式 | 繁体\n"
    "您当前的位置：首页 > 政务公开 > 法定主动公开内容 > 法治政府建设\n"
    "标题：青石镇2024年法治政府建设年度报告\n"
    "索引号：11520000MB0000000A/2025-00017\n"
    "主题分类：政务公开\n"
    "发布机构：石桥县青石镇人民政府\n"
    "发布日期：2025-02-18\n"
    "字体：【大】【中】【小】 打印 分享\n"
)
# another page whose report itself reports work on 政务公开
_BODY_PAGE = (
    "白沙镇2024年法治政府建设年度报告\n"
    "当前位置：首页 > 政务公开 > 乡镇动态\n"
    "发布机构：石桥县白沙镇人民政府\n"
    "发布时间：2025-03-02 10:15\n"
)
_EXTRA = "（三）深化政务公开。及时在镇政府网站公开重大行政决策和财政预算信息，全年主动公开信息一百二十条。\n"


@pytest.fixture
def pages(tmp_path) -> Path:
    d = tmp_path / "pages"
    d.mkdir()
    (d / "qingshi.txt").write_text(
        _CRUMB_PAGE + _BODY.format(year=2024, unit="青石镇", extra=""), encoding="utf-8"
    )
    (d / "baisha.txt").write_text(
        _BODY_PAGE + _BODY.format(year=2024, unit="白沙镇", extra=_EXTRA), encoding="utf-8"
    )
    return d


def _chunks(text: str, name: str) -> list[str]:
    ex = extract(text, name)
    sections = split_sections(text, ex.title_end, ex.chrome_spans)
    return [text[s:e] for _, s, e in chunk_spans(text, sections, 600, 80)]


def test_chrome_lines_are_in_no_chunk_but_the_report_is():
    text = clean_text(_CRUMB_PAGE + _BODY.format(year=2024, unit="青石镇", extra=""))
    chunks = _chunks(text, "qingshi.txt")
    joined = "\n".join(chunks)
    for chrome in ("您当前的位置", "政务公开", "索引号", "发布机构", "2025-02-18", "打印"):
        assert chrome not in joined, chrome
    for body in ("2024年，青石镇在县委", "执法案卷评查合格率", "基层法治力量仍然薄弱"):
        assert body in joined, body
    assert extract(text, "qingshi.txt").township == "青石镇"  # metadata still reads the chrome


def test_a_breadcrumb_does_not_answer_but_a_body_sentence_does(pages, tmp_path):
    app = build(Settings(data_dir=tmp_path / "data"))
    app.shelf.add([pages])
    service, lib = app.service, app.catalog
    for question in ("哪些报告提到了政务公开", "哪些乡镇在报告里讲了政务公开方面的工作？"):
        a = service.ask(question)
        assert a.townships == ("白沙镇",), question
        assert "青石镇" in a.not_mentioned
        for c in a.citations:
            assert lib.report_text(c.report_id)[c.start : c.end] == c.quote
            assert "当前位置" not in c.quote and "发布机构" not in c.quote


def test_a_report_without_page_chrome_keeps_every_line():
    """A speech's salutation is a short line alone, as a menu item is; with no page furniture
    around it, it stays in the report."""
    text = clean_text("各位代表：\n" + _BODY.format(year=2024, unit="青石镇", extra=""))
    ex = extract(text, "speech.txt")
    assert ex.chrome_spans == ()
    assert "各位代表：" in "\n".join(_chunks(text, "speech.txt"))


def test_seed_reports_chunk_exactly_as_without_chrome_handling():
    for path in sorted(CORPUS.glob("*.txt")):
        text = clean_text(path.read_text(encoding="utf-8"))
        ex = extract(text, path.name)
        assert ex.chrome_spans == (), path.name
        with_chrome = split_sections(text, ex.title_end, ex.chrome_spans)
        assert with_chrome == split_sections(text, ex.title_end)


def test_fields_run_on_to_the_report_are_cut_off_it():
    """Copying lost the line break between the disclosure block and the report's first line."""
    body = _BODY.format(year=2024, unit="青石镇", extra="")
    text = clean_text(
        "青石镇2024年法治政府建设年度报告\n"
        "当前位置：首页 > 政务公开 > 法治政府建设\n"
        "发布机构：石桥县青石镇人民政府 主题分类：政务公开 公开方式：主动公开" + body
    )
    joined = "\n".join(_chunks(text, "qingshi.txt"))
    assert "政务公开" not in joined and "发布机构" not in joined
    assert joined.startswith("2024年，青石镇在县委")
    assert "基层法治力量仍然薄弱" in joined
