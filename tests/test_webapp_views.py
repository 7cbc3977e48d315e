"""What the app renders from answers: per-answer source cards, the report viewer, the
comparison table and chart, saved conversations, and escaping of hostile report text."""

from __future__ import annotations

import json
import re
from html import escape as html_escape

import pytest

from answering.sentences import figure_words
from answering.types import Answer, Citation
from reportqa.answer import CompareRow, CompareTable, Kind, Paragraph, Text
from reportqa.errors import ReportQAError
from reportqa.types import ReportInfo
from tests import webapp_support
from tests.webapp_support import (
    COMPARE,
    FACT,
    WHICH,
    run,
)
from webapp import history
from webapp.compare import chart_html, table_html
from webapp.render import chat_markdown, citation_card, sources_html
from webapp.viewer import WINDOW, viewer_html

# the shared fixtures, bound here so pytest finds them
handlers = webapp_support.handlers


# ---- each answer's sources, the report viewer, compare views, saved history --------


def test_each_answer_keeps_its_own_source_cards(handlers):
    first = run(handlers, WHICH)[-1]
    second = run(handlers, FACT, first["chat"], first["turns"])[-1]
    assert "[[1]](#src-2-1)" in second["last"] and "#src-1-" not in second["last"]
    assert "[[1]](#src-1-1)" in second["chat"][1]["content"]  # the first answer is unchanged
    groups = re.findall(
        r'<details class="rq-group" id="ans-(\d)"( open)?>(.*?)</details>', second["sources"], re.S
    )
    assert [(k, opened) for k, opened, _ in groups] == [("2", " open"), ("1", "")]
    newest, older = groups[0][2], groups[1][2]
    assert re.findall(r'id="(src-[\d-]+)"', newest) == ["src-2-1"] and "242" in newest
    assert re.findall(r'id="(src-[\d-]+)"', older) == [f"src-1-{n}" for n in range(1, 6)]
    assert "雷磊" in older and "雷磊" not in newest


def test_report_viewer_shows_the_whole_report_with_the_quote_marked(handlers, seed_library):
    answer = run(handlers, FACT)[-1]["turns"][-1]
    c = answer.citations[0]
    page = handlers.report_view(c.report_id, c.start, c.end)
    text = seed_library.report_text(c.report_id)
    hit = re.search(r'<mark id="rq-hit">(.*?)</mark>', page, re.S)
    assert hit and hit.group(1) == html_escape(c.quote)
    plain = re.sub(r"<[^>]+>", "", page.split('class="rq-viewer-body">', 1)[1])
    assert plain.startswith(html_escape(text[:40]))
    assert html_escape(text[-40:]) in plain
    assert f"《{html_escape(c.title)}》" in page and "峡口镇" in page
    sections = seed_library.report_sections(c.report_id)
    assert len(sections) >= 3 and page.count('<li><a href="#rq-sec-') == len(sections)
    with pytest.raises(ReportQAError, match="不在库中"):
        handlers.report_view("no-such-report", 0, 1)


def test_viewer_of_a_very_long_report_shows_the_stretch_around_the_quote():
    info = ReportInfo("r1", "长.txt", "某镇年鉴", "某镇", "某县", "乡镇", 2023, "h")
    line = "依法行政工作持续推进，群众满意度不断提高。\n"
    quote = "聘请律师担任政府法律顾问"
    text = line * 20_000 + "一、法律顾问\n" + quote + "。\n" + line * 20_000
    start = text.index(quote)
    sections = [(0, ("前言",)), (start - 7, ("一、法律顾问",)), (len(text) - 30, ("附件",))]
    page = viewer_html(info, text, sections, start, start + len(quote))
    assert f'<mark id="rq-hit">{quote}</mark>' in page
    assert len(page) < WINDOW * 1.2 and "报告较长（" in page
    assert page.count("<li>") == 1 and "一、法律顾问" in page  # only sections shown
    body = re.sub(r"<[^>]+>", "", page.split('class="rq-viewer-body">', 1)[1])
    assert body.startswith(line) and body.rstrip().endswith("。")  # cut at line ends
    short = viewer_html(info, line + quote, [], len(line), len(line) + len(quote))
    assert "报告较长" not in short and short.count(line.strip()) == 1


def test_saved_conversations_round_trip_and_stay_bounded(handlers, tmp_path):
    first = run(handlers, WHICH)[-1]
    final = run(handlers, COMPARE, first["chat"], first["turns"])[-1]
    stored, cid = history.remember([], "", final["chat"], final["turns"])
    stored = json.loads(json.dumps(stored))  # what localStorage gives back
    assert cid and history.choices(stored)[0][0].endswith(f"{WHICH}（2 问）")
    chat, answers = history.reopen(stored, cid)
    assert chat == final["chat"] and answers == final["turns"]
    assert handlers.sources(answers) == final["sources"]
    with pytest.raises(ReportQAError, match="选择"):
        history.reopen(stored, None)

    again, same = history.remember(stored, cid, chat, answers)  # updated, not duplicated
    assert same == cid and len(again) == 1
    many = again
    for _ in range(history.KEEP + 3):
        many, _ = history.remember(many, "", chat, answers)
    assert len(many) == history.KEEP

    key = history.browser_secret(tmp_path)
    assert key == history.browser_secret(tmp_path) and len(key) >= 24


def _bars(chart: str) -> list[tuple[str, str]]:
    return re.findall(r'data-unit="([^"]+)" data-value="([^"]+)"', chart)


def test_compare_table_and_chart_show_the_same_numbers_in_the_same_order(handlers):
    final = run(handlers, COMPARE)[-1]
    table, chart = final["table"], final["plot"]
    rows = re.findall(r"<tr><td>([^<]+)</td><td class=\"rq-num\">([^<]*)</td>", table)
    assert [u for u, _ in rows] == ["峡口镇", "荆竹铺镇"]
    assert _bars(chart) == [("峡口镇", "242"), ("荆竹铺镇", "37")]
    # the value labels carry the measure word of the quote, and each bar its citation
    assert "242件 [1]" in chart and "37起 [2]" in chart
    assert [n for _, n in rows] == ["242件", "37起"]
    assert "width:100.0%" in chart and "width:15.3%" in chart

    fact = run(handlers, FACT)[-1]
    assert fact["table"] == "" and fact["plot"] == ""


def _row(n: int, unit: str, quote: str, number: float | None) -> CompareRow:
    """A row as the answerer builds it: the measure words read from the quote once."""
    cite = Citation(n, f"r{n}", f"{n}.txt", "报告", unit, "", 2023, "一、", quote, 0, len(quote))
    return CompareRow(unit, quote, number, cite, 2023, *figure_words(quote, number))


def _compare(*rows: tuple[str, str, float | None]) -> Answer:
    table = CompareTable(tuple(_row(i + 1, t, q, v) for i, (t, q, v) in enumerate(rows)))
    body = (Paragraph((Text("答"),)), table)
    return Answer("比较", Kind.COMPARE, "extractive", body=body, compare=table if rows else None)


@pytest.mark.parametrize(
    ("quote", "number", "written"),
    [
        ("全年调处各类矛盾纠纷35起，调处成功率100%", 35.0, "35起"),  # paraphrases: same unit
        ("共排查化解纠纷 35 起", 35.0, "35起"),
        ("发放普法资料1.2万余份", 1.2, "1.2万份"),
        ("调解成功率达35%", 35.0, "35"),  # must not invent a measure word
        ("开展培训35次以上", 36.0, "36"),  # a number the quote does not contain gets none
        ("受理135件，其中调处35起", 35.0, "35起"),  # not the 35 inside 135
        ("评查案卷35.5份", 35.0, "35"),
    ],
)
def test_value_labels_write_the_number_as_the_quote_does(quote, number, written):
    assert _row(1, "甲镇", quote, number).label == written


def test_no_chart_when_fewer_than_two_units_have_a_number():
    one = _compare(("甲镇", "调处纠纷35起", 35.0), ("乙乡", "加强调解工作", None))
    assert chart_html(one) == ""
    assert "35起" in table_html(one)
    words = _compare(("甲镇", "培训干部120余人次", 120.0), ("乙乡", "培训干部8人", 8.0))
    assert _bars(chart_html(words)) == [("甲镇", "120"), ("乙乡", "8")]
    assert "数值对比（单位：人）" in chart_html(words)
    mixed = _compare(("甲镇", "开展活动6场", 6.0), ("乙乡", "发放资料2.5万份", 2.5))
    assert "（单位" not in chart_html(mixed) and "2.5万份 [2]" in chart_html(mixed)
    # 万 is part of the number: 2.5万 is the longer bar, not the shorter one
    scaled = _compare(
        ("甲镇", "发放宣传资料2.5万余份", 2.5), ("乙乡", "发放宣传资料8000份", 8000.0)
    )
    chart = chart_html(scaled)
    assert "数值对比（单位：份）" in chart and "2.5万份 [1]" in chart and "8000份 [2]" in chart
    assert re.findall(r"width:([\d.]+)%", chart) == ["100.0", "32.0"]
    assert table_html(_compare()) == "" and chart_html(_compare()) == ""


# ---- rendering -------------------------------------------------------------------------


def test_render_escapes_hostile_report_text():
    quote = '法律顾问<script>window.__pwned=1</script>参与审查<img src=x onerror="x()">'
    text = f"标题\n前文。{quote}后文。\n下一段"
    start = text.index(quote)
    c = Citation(
        n=1,
        report_id="r1",
        source="evil<b>.txt",
        title="<i>测试</i>",
        township="测试乡<script>",
        county="某县",
        year=2023,
        section="一、<u>章节</u>",
        quote=quote,
        start=start,
        end=start + len(quote),
    )
    card = citation_card(c, text)
    assert "<script" not in card and "<img" not in card and "<i>" not in card
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in card
    assert re.search(r"<mark>法律顾问&lt;script&gt;.*&lt;img src=x onerror=", card)
    assert card.startswith('<div class="rq-src" id="src-1-1" data-answer="1">')
    assert "前文。" in card and "后文。" in card and "下一段" not in card

    hostile = " [看](javascript:alert(1)) ![x](http://example.invalid/x.png)!"
    answer = Answer(
        question="测试乡的法律顾问是谁？",
        resolved_question="测试乡的法律顾问是谁？",
        kind=Kind.FACT,
        mode="extractive",
        body=(Paragraph((Text(f"「{quote}」", (1,)), Text(hostile, (1,)))),),
        citations=(c,),
    )
    md = chat_markdown(answer)
    assert "<script" not in md and "<img" not in md
    assert "[[1]](#src-1-1)" in md
    assert "javascript:" not in md.lower()
    assert "![" not in md
    html = sources_html([answer], {"r1": text})
    assert html.count('class="rq-src"') == 1 and "<script" not in html
    assert "rq-empty" in sources_html([], {})


def test_an_unforeseen_failure_reaches_the_user_in_chinese_and_is_logged(caplog):
    """A bug in a handler must not show Gradio's bare English 'Error': the user reads what to
    do in Chinese and the traceback goes to the server log; a ReportQAError keeps its text."""
    import gradio as gr

    from webapp.ui import UNEXPECTED, _guard, _guard_gen

    def broken(_q):
        raise KeyError("chunk-17")

    def broken_stream(_q):
        yield "部分"
        raise RuntimeError("stream died")

    def refused(_q):
        raise ReportQAError("库中没有白马镇的报告")

    with pytest.raises(gr.Error) as err:
        _guard(broken)("问题")
    assert err.value.message == UNEXPECTED
    assert "chunk-17" in caplog.text and "broken failed" in caplog.text
    stream = _guard_gen(broken_stream)("问题")
    assert next(stream) == "部分"
    with pytest.raises(gr.Error) as err:
        next(stream)
    assert err.value.message == UNEXPECTED
    with pytest.raises(gr.Error) as err:
        _guard(refused)("问题")
    assert err.value.message == "库中没有白马镇的报告"
