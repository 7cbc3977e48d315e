"""End to end in a real browser: the app runs as its own process (``python app.py``) on an
ingested tmp data dir, and headless Chromium (Debian's /usr/bin/chromium, driven by
Playwright) asks questions, follows citations, exports, and uploads reports.

The tests share one app process and run in file order: the hostile-upload test runs before
the library-upload test, which adds 「测试镇」 to the library.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

from docx import Document
from playwright.sync_api import Browser, Page, expect

from tests import browser_support
from tests.browser_support import (
    BOT,
    HOSTILE_REPORT,
    TOWNS,
    App,
    ask,
    contrast,
    shot,
    upload,
    wait_answer,
)
from tests.conftest import CORPUS

# the shared fixtures, bound here so pytest finds them
app = browser_support.app
browser = browser_support.browser
page = browser_support.page


# ---- tests -----------------------------------------------------------------------------


def test_chat_cite_follow_up_compare_and_export(app: App, page: Page):
    # 1. the page: examples that stand on their own, no empty table / chart / download
    expect(page.locator("h2", has_text="法治政府建设报告问答")).to_be_visible()
    expect(page.locator("#rq-status")).to_contain_text("报告 5 份")
    expect(page.locator("#rq-examples")).not_to_contain_text("那")
    for empty in ("#rq-table", "#rq-plot", "#rq-download", "#rq-viewer-box"):
        expect(page.locator(empty)).to_be_hidden()
    shot(page, app, "01-home")

    # 2. a "which" question over all five reports
    latency, msg = ask(page, "哪些乡镇聘请了法律顾问", "已检索 5 份报告")
    if app.cold_start_s is None:
        app.cold_start_s = time.perf_counter() - app.started
        print(f"[browser] cold start (process start → first answer): {app.cold_start_s:.1f} s")
    print(f"[browser] answer latency in the browser (click → complete): {latency:.2f} s")
    for town in TOWNS:
        expect(msg).to_contain_text(town)
    expect(msg).to_contain_text("检索范围：全部报告（5 份）")
    for n in range(1, 6):
        link = msg.locator(f'a[href="#src-1-{n}"]')
        expect(link).to_have_count(1)
        expect(link).to_have_text(f"[{n}]")
    cards = page.locator("#rq-sources .rq-src")
    expect(cards).to_have_count(5)
    for i in range(5):
        expect(cards.nth(i).locator("mark")).to_have_count(1)
    xinji = cards.filter(has_text="辛集乡")
    expect(xinji).to_have_count(1)
    expect(xinji.locator("mark")).to_contain_text("雷磊")
    expect(page.locator("#rq-table")).to_be_hidden()
    shot(page, app, "02-which-answer")

    # 3. a marker jumps to its source card
    msg.locator('a[href="#src-1-1"]').click()
    expect(page).to_have_url(re.compile(r"#src-1-1$"))
    expect(page.locator("#src-1-1")).to_be_in_viewport()

    # 4. a fact question, then a follow-up that only names the new township
    _, msg = ask(page, "峡口镇2023年调解了多少件矛盾纠纷？", "242")
    expect(page.locator("#ans-2 .rq-src").first).to_contain_text("峡口镇")
    _, msg = ask(page, "那荆竹铺镇呢？", "理解为")
    expect(msg).to_contain_text("荆竹铺镇")
    newest = page.locator("#ans-3 .rq-src")
    expect(newest.first.locator(".rq-src-head")).to_contain_text("荆竹铺镇")
    expect(page.locator("#ans-3")).not_to_contain_text("峡口镇")
    assert "37" in msg.inner_text() + newest.first.inner_text()
    shot(page, app, "03-follow-up")

    # 5. a comparison: the table and a chart of the same numbers in the same order
    _, msg = ask(page, "比较峡口镇和荆竹铺镇调处矛盾纠纷的数量", "荆竹铺镇")
    table = page.locator("#rq-table")
    expect(table).to_be_visible()
    expect(page.locator("#ans-4 .rq-src")).to_have_count(2)
    units = table.locator("tbody tr td:nth-child(1)").all_inner_texts()
    numbers = table.locator("tbody td.rq-num").all_inner_texts()
    quotes = table.locator("tbody tr td:nth-child(3)").all_inner_texts()
    assert units == ["峡口镇", "荆竹铺镇"], units
    bars = page.locator("#rq-plot .rq-bar-row")
    expect(bars).to_have_count(2)
    plotted = [(b.get_attribute("data-unit"), b.get_attribute("data-value")) for b in bars.all()]
    assert [u for u, _ in plotted] == units
    for (_, value), number, quote in zip(plotted, numbers, quotes, strict=True):
        assert number.startswith(value) and value in quote, (value, number, quote)
    for bar, number in zip(bars.all(), numbers, strict=True):
        expect(bar.locator(".rq-bar-value")).to_contain_text(number)
    box = page.locator("#rq-plot").bounding_box()
    for label in page.locator("#rq-plot .rq-bar-value").all():  # nothing clipped
        lb = label.bounding_box()
        assert lb and box and lb["x"] + lb["width"] <= box["x"] + box["width"] + 1
    table_box = table.bounding_box()
    assert table.evaluate("e => e.scrollWidth <= e.clientWidth + 1"), "table cut off"
    assert table_box and table_box["x"] + table_box["width"] <= 1400
    shot(page, app, "04-compare")

    # 6. export the conversation to Word and read it back
    page.locator("#rq-export-docx").click()
    link = page.locator("#rq-download a[download]").first
    expect(link).to_be_visible()
    expect(link).to_have_attribute("href", re.compile(r"\.docx$"))
    with page.expect_download() as info:
        link.click()
    target = app.tmp / "export.docx"
    info.value.save_as(target)
    doc = Document(str(target))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert any("雷磊" in c for c in cells), cells[:12]
    assert any("242" in c for c in cells), cells[:12]
    assert any(t.rows[0].cells[0].text == "编号" for t in doc.tables)
    shot(page, app, "05-export")

    # 7. Clear resets the chat, the follow-up memory, the sources, table, chart and export
    page.locator("#rq-clear").click()
    expect(page.locator(BOT)).to_have_count(0)
    expect(page.locator("#rq-sources .rq-src")).to_have_count(0)
    for gone in ("#rq-table", "#rq-plot", "#rq-download"):
        expect(page.locator(gone)).to_be_hidden()
    # a follow-up that only names a unit, with the memory gone, is asked back (nothing to follow)
    page.locator("#rq-input textarea").fill("那云乐镇呢？")
    page.locator("#rq-send").click()
    msg = page.locator(BOT).last
    expect(msg).to_contain_text("第一个问题", timeout=30_000)
    expect(msg).not_to_contain_text("理解为")
    expect(msg).not_to_contain_text("荆竹铺镇")
    expect(page.locator("#rq-input textarea")).to_have_value("那云乐镇呢？")  # kept to edit


def test_a_marker_in_an_older_answer_shows_that_answers_card(app: App, page: Page):
    ask(page, "哪些乡镇聘请了法律顾问", "已检索 5 份报告")
    ask(page, "峡口镇2023年调解了多少件矛盾纠纷？", "242")
    first = page.locator(BOT).nth(0)
    first.locator('a[href="#src-1-3"]').click()
    card = page.locator(".rq-src:target")
    expect(card).to_have_count(1)
    expect(card).to_be_in_viewport()
    assert card.get_attribute("id") == "src-1-3"
    quote = card.locator("mark").inner_text()
    assert quote and quote in first.inner_text(), quote
    assert quote not in page.locator(BOT).last.inner_text()

    # the report viewer: the whole report, scrolled to the quote, highlighted
    card.locator(".rq-open").click()
    hit = page.locator("#rq-viewer #rq-hit")
    expect(hit).to_have_text(quote)
    expect(hit).to_be_in_viewport()
    viewer = page.locator("#rq-viewer")
    head = card.locator(".rq-src-head b").inner_text().split("] ", 1)[1]
    expect(viewer.locator("h3")).to_contain_text("《")
    expect(viewer.locator(".rq-meta")).to_contain_text(head)
    assert viewer.locator(".rq-toc li").count() >= 3
    body = viewer.locator(".rq-viewer-body").inner_text()
    assert len(body) > 5 * len(quote) and body.index(quote) > 0
    shot(page, app, "08-viewer")
    page.locator("#rq-viewer-close").click()
    expect(page.locator("#rq-viewer-box")).to_be_hidden()


def test_dark_mode_keeps_highlighted_quotes_readable(app: App, browser: Browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    page = context.new_page()
    page.goto(app.url + "?__theme=dark", wait_until="domcontentloaded")
    expect(page.locator("#rq-input textarea")).to_be_visible()
    ask(page, "哪些乡镇聘请了法律顾问", "已检索 5 份报告")
    assert page.evaluate("document.body.classList.contains('dark')")
    for mark in page.locator("#rq-sources mark").all():
        fg, bg = mark.evaluate(
            "e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]"
        )
        assert contrast(fg, bg) >= 4.5, (fg, bg, contrast(fg, bg))
    for text in ("#rq-sources .rq-meta", "#rq-sources .rq-section", "#rq-sources .rq-context"):
        fg, bg = page.locator(text).first.evaluate(
            """e => {  // the text colour on the nearest painted background
                const fg = getComputedStyle(e).color;
                while (e && getComputedStyle(e).backgroundColor === 'rgba(0, 0, 0, 0)')
                    e = e.parentElement;
                return [fg, getComputedStyle(e || document.body).backgroundColor];
            }"""
        )
        assert contrast(fg, bg) >= 4.5, (text, fg, bg, contrast(fg, bg))
    shot(page, app, "09-dark")
    context.close()


def test_phone_shows_the_sources_within_one_screen_of_the_answer(app: App, browser: Browser):
    height = 844
    context = browser.new_context(
        viewport={"width": 390, "height": height}, locale="zh-CN", is_mobile=True
    )
    page = context.new_page()
    page.goto(app.url, wait_until="domcontentloaded")
    expect(page.locator("#rq-input textarea")).to_be_visible()
    _, msg = ask(page, "哪些乡镇聘请了法律顾问", "已检索 5 份报告")
    chat = page.locator("#rq-chat").bounding_box()
    answer = msg.bounding_box()
    first = page.locator("#rq-sources .rq-src").first.bounding_box()
    assert chat and answer and first
    answer_end = min(answer["y"] + answer["height"], chat["y"] + chat["height"])
    gap = first["y"] - answer_end
    print(f"[browser] phone: first source {gap:.0f} px below the answer")
    assert 0 < gap < height, gap
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    page.locator("#rq-sources .rq-src").first.scroll_into_view_if_needed()
    shot(page, app, "10-phone")

    # a comparison's table and chart fit the phone's width: nothing cut off, no sideways scroll
    ask(page, "比较峡口镇和荆竹铺镇调处矛盾纠纷的数量", "荆竹铺镇")
    for part in ("#rq-table", "#rq-plot", "#rq-chat table"):
        right, overflow = page.locator(part).first.evaluate(
            "e => [e.getBoundingClientRect().right, e.scrollWidth - e.clientWidth]"
        )
        assert right <= 390 and overflow <= 1, (part, right, overflow)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    context.close()


def test_an_example_question_answers_in_a_fresh_chat(app: App, page: Page):
    examples = page.locator("#rq-examples button")
    expect(examples.first).to_be_visible()
    texts = examples.all_inner_texts()
    assert len(texts) >= 3 and not any(t.startswith("那") for t in texts), texts
    examples.nth(1).click()
    wait_answer(page, 0, "")
    expect(page.locator(BOT).last).not_to_contain_text("⚠️")
    expect(page.locator("#rq-sources .rq-src").first).to_be_visible()


def test_a_saved_conversation_survives_a_reload(app: App, page: Page):
    ask(page, "哪些乡镇聘请了法律顾问", "已检索 5 份报告")
    ask(page, "峡口镇2023年调解了多少件矛盾纠纷？", "242")
    page.locator("#rq-history").get_by_text("历史对话").click()
    page.locator("#rq-past input").click()  # saved once the second answer is in
    expect(page.get_by_role("option", name=re.compile("（2 问）"))).to_have_count(1)
    assert page.evaluate("!!localStorage.getItem('reportqa-history')")
    page.reload(wait_until="domcontentloaded")
    expect(page.locator("#rq-input textarea")).to_be_visible()
    expect(page.locator(BOT)).to_have_count(0)
    page.locator("#rq-history").get_by_text("历史对话").click()
    page.locator("#rq-past input").click()
    page.get_by_role("option", name=re.compile("哪些乡镇聘请了法律顾问（2 问）")).click()
    page.locator("#rq-reopen").click()
    expect(page.locator(BOT)).to_have_count(2)
    expect(page.locator("#ans-2 .rq-src").first).to_contain_text("242")
    page.locator("#rq-export-json").click()
    link = page.locator("#rq-download a[download]").first
    with page.expect_download() as info:
        link.click()
    data = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert [t["question"] for t in data["turns"]] == [
        "哪些乡镇聘请了法律顾问",
        "峡口镇2023年调解了多少件矛盾纠纷？",
    ]


def test_hostile_report_text_stays_text(app: App, page: Page, tmp_path: Path):
    # 9. a report whose text carries markup is uploaded, asked about and shown inertly
    report = tmp_path / "恶意报告.txt"
    report.write_text(HOSTILE_REPORT, encoding="utf-8")
    upload(page, report)
    stray: list[str] = []  # an <img src=x> rendered as an element would fetch …/x
    page.on("request", lambda r: stray.append(r.url) if r.url.endswith("/x") else None)
    expect(page.locator("#rq-library")).to_contain_text("测试乡")
    page.get_by_role("tab", name="问答").click()

    _, msg = ask(page, "测试乡的法律顾问是谁？", "张三")
    sources = page.locator("#rq-sources")
    expect(sources.locator(".rq-src").first).to_contain_text("测试乡")
    expect(sources).to_contain_text("<script>window.__pwned=1</script>")
    expect(sources.locator("mark").first).to_contain_text('<img src=x onerror="window.__pwned=2">')
    expect(msg).to_contain_text("<script>")
    assert page.locator("#rq-chat script, #rq-sources script").count() == 0
    assert page.locator('#rq-chat img[src="x"], #rq-sources img[src="x"]').count() == 0
    _settle_requests(page, "answer")
    assert page.evaluate("window.__pwned") is None
    sources.locator(".rq-open").first.click()  # the whole report stays text as well
    expect(page.locator("#rq-viewer #rq-hit")).to_contain_text("<script>")
    assert page.locator("#rq-viewer script, #rq-viewer img").count() == 0
    _settle_requests(page, "viewer")
    assert page.evaluate("window.__pwned") is None
    shot(page, app, "06-hostile")
    assert not stray, f"report markup was rendered (even briefly) and fetched {stray}"


def _settle_requests(page: Page, tag: str) -> None:
    """A barrier instead of a timer: the page loads one more image and the test waits for
    that request's event and for the image's error, so every request the page made before
    (an injected ``<img src=x>``, even one shown only while streaming) has reached the
    listener, and its onerror handler has had its turn."""
    with page.expect_request(lambda r: r.url.endswith(f"/rq-barrier-{tag}")):
        page.evaluate(
            """tag => new Promise(done => {
                const img = new Image();
                img.onload = img.onerror = done;
                img.src = "rq-barrier-" + tag;
            })""",
            tag,
        )


def test_upload_adds_a_report_to_the_library(
    app: App, page: Page, browser: Browser, tmp_path: Path
):
    # 7. upload a new report through the 报告库 tab
    text = (CORPUS / "002_30bf7c57dd8ee9d1.txt").read_text(encoding="utf-8")
    report = tmp_path / "新报告.txt"
    report.write_text(text.replace("峡口镇", "测试镇").replace("南岸区", "测试区"), "utf-8")
    upload(page, report)
    library = page.locator("#rq-library")
    expect(library).to_contain_text("测试镇")
    expect(library).to_contain_text("测试区")
    expect(library).not_to_contain_text(".txt")  # reports are named, not file names
    expect(page.locator("#rq-status")).to_contain_text(re.compile(r"报告 [67] 份"))
    shot(page, app, "07-library")

    # a page opened afterwards sees the new report in status, library and scope choices
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    second = context.new_page()
    second.goto(app.url, wait_until="domcontentloaded")
    expect(second.locator("#rq-status")).to_contain_text(re.compile(r"报告 [67] 份"))
    second.locator("#rq-scope-towns input").click()
    expect(second.get_by_role("option", name="测试镇")).to_be_visible()
    second.keyboard.press("Escape")
    second.get_by_role("tab", name="报告库").click()
    expect(second.locator("#rq-library")).to_contain_text("测试镇")

    # the metadata editor starts from the report's current values
    second.locator("#rq-pick input").click()
    second.get_by_role("option", name=re.compile("测试区测试镇")).click()
    expect(second.locator("#rq-new-unit textarea")).to_have_value("测试镇")
    expect(second.locator("#rq-new-parent textarea")).to_have_value("测试区")
    expect(second.locator("#rq-new-year textarea")).to_have_value(re.compile(r"^\d{4}$"))

    # deleting it refreshes status, library and scope choices at once
    before = int(re.search(r"报告 (\d+) 份", second.locator("#rq-status").inner_text()).group(1))
    second.locator("#rq-delete").click()
    expect(second.locator("#rq-status")).to_contain_text(f"报告 {before - 1} 份")
    expect(second.locator("#rq-library")).not_to_contain_text("测试镇")
    second.get_by_role("tab", name="问答").click()
    second.locator("#rq-scope-towns input").click()
    expect(second.get_by_role("option", name="测试镇")).to_have_count(0)
    context.close()
