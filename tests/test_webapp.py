"""The web app's callbacks without a browser: ``webapp.handlers.Handlers`` over a real
AnswerService and Library on the seed corpus (read-only tests share ``seed_library``; tests
that upload or edit metadata build their own library on a copy of the corpus)."""

from __future__ import annotations

import csv
import json
import re
import shutil
import tempfile
from html import escape as html_escape
from itertools import pairwise
from pathlib import Path

import pandas as pd
import pytest
from docx import Document

from answering.service import AnswerService
from answering.types import Answer, Citation
from ingest.sidecar import SIDECAR, read_sidecar
from reportqa.errors import ReportQAError
from reportqa.library import Library
from reportqa.types import ReportInfo
from retrieval.search import HybridRetriever
from tests.conftest import CORPUS, SEEDS
from webapp import history
from webapp.compare import chart_html, label, table_html
from webapp.handlers import Handlers, safe_name
from webapp.render import chat_markdown, citation_card, sources_html
from webapp.viewer import WINDOW, viewer_html

ALL = [t for t, _, _ in SEEDS.values()]
WHICH = "哪些乡镇聘请了法律顾问"
FACT = "峡口镇2023年调解了多少件矛盾纠纷？"
COMPARE = "比较峡口镇和荆竹铺镇调处矛盾纠纷的数量"
FOLLOW = "那荆竹铺镇呢？"
XINJI = "000_a56d498a3fc7f791.txt"
HOSTILE = (
    "某县测试乡人民政府关于2023年法治政府建设情况的报告\n\n"
    "2023年，测试乡认真贯彻落实法治政府建设各项部署，现将有关情况报告如下。\n\n"
    "一、推进行政决策法治化\n"
    "测试乡聘请律师张三担任政府法律顾问<script>window.__pwned=1</script>，"
    '法律顾问全程参与重大行政决策合法性审查<img src=x onerror="window.__pwned=2">，'
    "全年审查合同12份。\n"
    "测试乡严格落实重大行政决策程序，坚持公众参与、专家论证、风险评估和集体讨论决定。\n\n"
    "二、加强普法宣传\n"
    "全年开展普法宣传活动8场，发放宣传资料2000余份，群众法治意识明显提高。\n"
)


@pytest.fixture(scope="module")
def handlers(seed_library) -> Handlers:
    return Handlers(AnswerService(seed_library, HybridRetriever(seed_library)))


@pytest.fixture
def fresh(settings, corpus_copy) -> Handlers:
    """Handlers over a library of its own (uploads and metadata edits change it)."""
    lib = Library(settings)
    lib.ingest([corpus_copy])
    return Handlers(AnswerService(lib, HybridRetriever(lib)))


def run(h: Handlers, message: str, chat=None, turns=None, towns=None, years=None):
    """Drive ``respond`` like Gradio does: snapshot each yielded update as it arrives."""
    frames = []
    for out in h.respond(message, chat or [], turns or [], towns, years):
        assert len(out) == 6  # chat, turns, sources, table, plot, textbox
        chat_now, turns_now, sources, table, plot, box = out
        frames.append(
            {
                "last": chat_now[-1]["content"],
                "chat": [dict(m) for m in chat_now],
                "turns": list(turns_now),
                "sources": sources,
                "table": table,
                "plot": plot,
                "box": box,
            }
        )
    return frames


def _result_rows(df: pd.DataFrame) -> dict[str, tuple[str, str]]:
    assert list(df.columns) == ["文件", "结果", "说明"]
    return {r["文件"]: (r["结果"], r["说明"]) for r in df.to_dict("records")}


# ---- chat ------------------------------------------------------------------------------


def test_respond_streams_then_ends_with_markers_and_five_source_cards(handlers):
    chat_in: list[dict] = []
    turns_in: list[Answer] = []
    frames = run(handlers, WHICH, chat_in, turns_in)

    assert len(frames) >= 3, "a placeholder, streamed pieces, then the answer"
    assert frames[0]["last"] == "…"
    assert frames[0]["chat"][-2] == {"role": "user", "content": WHICH}
    streamed = [f["last"] for f in frames[1:-1]]
    assert streamed and all(b.startswith(a) for a, b in pairwise(streamed))
    assert all(f["sources"].count('class="rq-src"') == 0 for f in frames[:-1])

    final = frames[-1]
    text = final["last"]
    for n in range(1, 6):
        assert f"[[{n}]](#src-1-{n})" in text
    for town in ALL:
        assert town in text
    assert "已检索 5 份报告" in text
    assert "检索范围：全部报告（5 份）" in text
    assert final["box"] == ""  # the textbox is cleared
    assert len(final["turns"]) == 1 and final["turns"][0].kind == "which"

    html = final["sources"]
    assert html.count('class="rq-src"') == 5
    assert html.count("<mark>") == 5
    for n in range(1, 6):
        assert f'id="src-1-{n}"' in html
    assert re.search(r'id="src-1-\d+".*?辛集乡.*?<mark>[^<]*雷磊', html, re.S)
    # the caller's lists are not mutated (Gradio state stays per user)
    assert chat_in == [] and turns_in == []


@pytest.mark.parametrize("question", ["", "   ", "？？！", "峡" * 600])
def test_bad_question_is_a_warning_message_not_an_exception(handlers, question):
    frames = run(handlers, question)
    final = frames[-1]
    assert final["last"].startswith("⚠️ ")
    assert final["turns"] == []
    assert final["box"] == question  # the question is given back for editing
    assert 'class="rq-src"' not in final["sources"]


def test_unknown_township_is_a_warning_and_earlier_turns_survive(handlers):
    first = run(handlers, FACT)[-1]
    frames = run(handlers, "那北京镇呢？", first["chat"], first["turns"])
    assert frames[-1]["last"].startswith("⚠️ ")
    assert "北京镇" in frames[-1]["last"]
    assert len(frames[-1]["turns"]) == 1
    assert len(frames[-1]["chat"]) == 4


def test_two_users_follow_ups_do_not_mix(handlers):
    a1 = run(handlers, FACT)[-1]
    b1 = run(handlers, "云乐镇聘请了几名法律顾问？")[-1]
    a_chat, a_turns = list(a1["chat"]), list(a1["turns"])
    b_chat, b_turns = list(b1["chat"]), list(b1["turns"])

    b2 = run(handlers, FOLLOW, b_chat, b_turns)[-1]
    a2 = run(handlers, FOLLOW, a_chat, a_turns)[-1]

    ra = a2["turns"][-1].resolved_question
    rb = b2["turns"][-1].resolved_question
    assert "荆竹铺镇" in ra and "矛盾纠纷" in ra and "法律顾问" not in ra
    assert "荆竹铺镇" in rb and "法律顾问" in rb and "矛盾纠纷" not in rb
    assert "理解为" in a2["last"] and "37" in a2["sources"]
    assert "理解为" in b2["last"]
    # each user's state holds only their own turns; the inputs were not touched
    assert [t.question for t in a2["turns"]] == [FACT, FOLLOW]
    assert [t.question for t in b2["turns"]] == ["云乐镇聘请了几名法律顾问？", FOLLOW]
    assert len(a_turns) == 1 and len(b_turns) == 1 and len(a_chat) == 2


def test_scope_dropdowns_restrict_the_answer(handlers):
    final = run(handlers, WHICH, towns=["峡口镇", "云乐镇"], years=["2023"])[-1]
    cited = {c.township for c in final["turns"][-1].citations}
    assert cited == {"峡口镇", "云乐镇"}
    assert handlers.scope(None, ["2023", "x"]).years == (2023,)


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


def test_the_scope_line_says_when_the_question_overrides_the_pickers(handlers):
    picked = run(handlers, "辛集乡聘请了法律顾问吗？", towns=["峡口镇"], years=["2023"])[-1]
    assert "检索范围：单位 辛集乡" in picked["last"]
    assert "问题中点名的单位代替了「限定乡镇」的选择" in picked["last"]
    kept = run(handlers, WHICH, towns=["峡口镇", "云乐镇"])[-1]
    assert "检索范围：单位 峡口镇、云乐镇（2 份）" in kept["last"]
    assert "代替" not in kept["last"]
    same = run(handlers, "比较云乐镇和峡口镇的普法宣传", towns=["峡口镇", "云乐镇"])[-1]
    assert "检索范围：单位 云乐镇、峡口镇（2 份）" in same["last"] and "代替" not in same["last"]
    # a picked year the named unit has no report for: the message says which and why
    year = run(handlers, "峡口镇聘请了法律顾问吗？", years=["2024"])[-1]["last"]
    assert year == "⚠️ 库中没有峡口镇 2024 年的报告（年份来自「限定年份」）。峡口镇现有年份：2023"


def test_examples_are_questions_that_stand_on_their_own(handlers):
    examples = handlers.examples()
    assert len(examples) >= 3
    names = {i.township for i in handlers.lib.reports()}
    for question in examples:
        final = run(handlers, question)[-1]  # a fresh chat: no earlier turns
        assert not final["last"].startswith("⚠️"), (question, final["last"])
        answer = final["turns"][-1]
        assert answer.resolved_question == question and answer.citations
        assert "理解为" not in final["last"]
    named = [q for q in examples if any(n in q for n in names)]
    assert named, "at least one example names a unit this library holds"


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


def test_library_names_reports_by_title_unit_and_year(handlers):
    table = handlers.library_table()
    assert "文件" not in table.columns
    assert not any(re.search(r"[0-9a-f]{16}", str(v)) for v in table.to_numpy().ravel())
    labels = dict((v, k) for k, v in handlers.report_choices())
    assert re.fullmatch(r"鲁山县辛集乡 \d{4}年 《.+》", labels[XINJI])
    year = labels[XINJI].split()[1][:4]
    assert handlers.current_metadata(XINJI) == ("辛集乡", "鲁山县", year, ())
    assert handlers.current_metadata("nope.txt") == ("", "", "", ())


def test_editor_marks_fields_extraction_could_not_fill(fresh, corpus_copy):
    blank = corpus_copy / "无名报告.txt"
    blank.write_text(
        "关于法治政府建设工作情况的报告\n\n一、主要做法\n依法行政，规范执法。\n", "utf-8"
    )
    fresh.lib.ingest([blank])
    *_, unsure = fresh.current_metadata("无名报告.txt")
    assert "year" in unsure


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


def _compare(*rows: tuple[str, str, float | None]) -> Answer:
    table = tuple(
        {"township": t, "quote": q, "n": i + 1, "number": v, "year": 2023}
        for i, (t, q, v) in enumerate(rows)
    )
    return Answer("比较", "比较", "compare", "extractive", "答", table=table)


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
    row = {"township": "甲镇", "quote": quote, "n": 1, "number": number, "year": 2023}
    assert label(row) == written


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


def test_answer_api_returns_the_json_contract(handlers, seed_library):
    out = handlers.answer_api(FACT)
    assert set(out) >= {
        "question",
        "resolved_question",
        "kind",
        "mode",
        "answer",
        "townships",
        "not_mentioned",
        "citations",
        "table",
        "notice",
        "searched",
    }
    assert out["question"] == FACT and out["mode"] == "extractive" and out["kind"] == "fact"
    assert out["citations"] and "242" in out["citations"][0]["quote"]
    for c in out["citations"]:
        assert seed_library.report_text(c["report_id"])[c["start"] : c["end"]] == c["quote"]
        assert f"[{c['n']}]" in out["answer"]
    json.dumps(out, ensure_ascii=False)  # plain JSON, nothing Gradio cannot send

    follow = handlers.answer_api(FOLLOW, [{"q": FACT}])
    assert "荆竹铺镇" in follow["resolved_question"]
    assert {c["township"] for c in follow["citations"]} == {"荆竹铺镇"}
    assert handlers.answer_api("") == {"error": "问题为空，请输入问题 / the question is empty"}


def test_streamed_pieces_are_escaped_like_the_final_message(fresh, tmp_path):
    report = tmp_path / "恶意报告.txt"
    report.write_text(HOSTILE, encoding="utf-8")
    assert _result_rows(fresh.upload([str(report)]))["恶意报告.txt"][0] == "新增"
    frames = run(fresh, "测试乡的法律顾问是谁？")
    assert "&lt;script&gt;" in frames[-1]["last"] and "<script" not in frames[-1]["last"]
    leaked = [f["last"] for f in frames if "<script" in f["last"] or "<img" in f["last"]]
    assert not leaked, leaked[-1]


# ---- export ----------------------------------------------------------------------------


@pytest.fixture
def export_tmp(tmp_path, monkeypatch) -> Path:
    """Exports go to ``tempfile.mkdtemp()``: point it at this test's tmp dir."""
    root = tmp_path / "exports"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


def test_export_writes_docx_md_json_and_csv_only_after_a_compare(handlers, export_tmp):
    turns = run(handlers, WHICH)[-1]["turns"]
    turns = run(handlers, FACT, turns=turns)[-1]["turns"]

    docx_path = Path(handlers.export(turns, "docx"))
    assert docx_path.suffix == ".docx" and docx_path.is_relative_to(export_tmp)
    doc = Document(str(docx_path))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert any("雷磊" in c for c in cells) and any("242" in c for c in cells)
    assert any(t.rows[0].cells[0].text == "编号" for t in doc.tables)

    md = Path(handlers.export(turns, "md")).read_text(encoding="utf-8")
    assert WHICH in md and FACT in md and "雷磊" in md

    data = json.loads(Path(handlers.export(turns, "json", last_only=True)).read_text("utf-8"))
    assert [t["question"] for t in data["turns"]] == [FACT]

    with pytest.raises(ReportQAError, match="CSV"):
        handlers.export(turns, "csv")
    turns = run(handlers, COMPARE, turns=turns)[-1]["turns"]
    raw = Path(handlers.export(turns, "csv")).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(raw.splitlines()))
    assert rows[0][:3] == ["轮次", "单位", "报告原文"]
    assert {r[1] for r in rows[1:]} == {"峡口镇", "荆竹铺镇"}

    with pytest.raises(ReportQAError):
        handlers.export([], "docx")


# ---- library: upload, metadata ---------------------------------------------------------


def test_safe_name_cannot_escape_the_uploads_folder():
    assert safe_name("../../evil.txt") == "evil.txt"
    assert safe_name("..\\..\\evil.txt") == "evil.txt"
    assert safe_name("/etc/passwd") == "passwd"
    assert safe_name("..") == "upload"
    assert safe_name("报告 <b>（2023）.txt") == "报告_b_（2023）.txt"
    assert len(safe_name("长" * 300 + ".txt")) <= 120


def test_upload_reports_statuses_and_copies_safely(fresh, tmp_path):
    inbox = tmp_path / "inbox"
    (inbox / "a" / "b").mkdir(parents=True)
    evil = inbox / "evil.txt"
    evil.write_text(HOSTILE, encoding="utf-8")
    traversal = f"{inbox}/a/b/../../evil.txt"  # a path whose name part climbs up
    backslashed = inbox / "..\\..\\evil2.txt"  # a real Linux file name with backslashes
    backslashed.write_text(HOSTILE.replace("测试乡", "样例乡"), encoding="utf-8")
    twin = inbox / "copy_of_xinji.txt"
    shutil.copyfile(CORPUS / XINJI, twin)
    exe = inbox / "tool.exe"
    exe.write_bytes(b"MZ")
    empty = inbox / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")

    with pytest.raises(ReportQAError):
        fresh.upload([])

    seen = []
    df = fresh.upload(
        [traversal, str(backslashed), str(twin), str(exe), str(empty)],
        progress=lambda frac, desc="": seen.append((frac, desc)),
    )
    rows = _result_rows(df)
    assert rows["evil.txt"][0] == "新增"
    assert rows["evil2.txt"][0] == "新增"
    assert rows["copy_of_xinji.txt"] == ("重复", f"与 {XINJI} 相同")
    assert rows["tool.exe"] == ("失败", "不支持的文件类型")
    assert rows["empty.txt"][0] == "失败"
    assert seen, "progress is reported to Gradio"

    uploads = fresh.settings.uploads_dir
    assert (uploads / "evil.txt").read_text(encoding="utf-8") == HOSTILE
    assert (uploads / "evil2.txt").exists()
    assert not (uploads / "tool.exe").exists()
    # nothing was written outside the uploads folder
    assert not (fresh.settings.data_dir / "evil.txt").exists()
    assert not (uploads.parent.parent / "evil.txt").exists()
    assert {p.name for p in uploads.iterdir()} <= {
        "evil.txt",
        "evil2.txt",
        "copy_of_xinji.txt",
        "empty.txt",
    }

    towns, _ = fresh.choices()
    assert {"测试乡", "样例乡"} <= set(towns)
    assert fresh.status().startswith("报告 7 份")
    assert "测试乡" in set(fresh.library_table()["单位"])

    again = _result_rows(fresh.upload([str(evil)]))
    assert again["evil.txt"][0] == "未变"


def test_delete_removes_a_report_and_only_an_uploaded_file(fresh, corpus_copy, tmp_path):
    report = tmp_path / "删除我.txt"
    report.write_text(HOSTILE, encoding="utf-8")
    fresh.upload([str(report)])
    uploaded = fresh.settings.uploads_dir / "删除我.txt"
    assert uploaded.exists() and "测试乡" in fresh.choices()[0]
    assert fresh.delete_report("删除我.txt").startswith("已删除《")
    assert not uploaded.exists() and "测试乡" not in fresh.choices()[0]
    assert fresh.status().startswith("报告 5 份")

    msg = fresh.delete_report(XINJI)  # a report from the user's own folder
    assert "原文件仍在" in msg and (corpus_copy / XINJI).exists()
    assert "辛集乡" not in fresh.choices()[0]
    with pytest.raises(ReportQAError, match="选择"):
        fresh.delete_report(None)


def test_save_metadata_updates_the_library_and_writes_the_sidecar(fresh, corpus_copy):
    msg = fresh.save_metadata(XINJI, " 新集乡 ", "", "2022")
    assert "新集乡" in msg
    info = next(i for i in fresh.lib.reports() if i.source == XINJI)
    assert (info.township, info.county, info.year) == ("新集乡", "鲁山县", 2022)
    assert read_sidecar(corpus_copy)[XINJI] == {"township": "新集乡", "year": "2022"}
    assert (corpus_copy / SIDECAR).exists()
    assert "新集乡" in fresh.choices()[0] and "2022" in fresh.choices()[1]

    # the correction survives a re-ingest
    fresh.lib.ingest([corpus_copy])
    info = next(i for i in fresh.lib.reports() if i.source == XINJI)
    assert info.township == "新集乡"

    with pytest.raises(ReportQAError, match="年份"):
        fresh.save_metadata(XINJI, "", "", "二〇二三")
    with pytest.raises(ReportQAError, match="没有文件"):
        fresh.save_metadata("nope.txt", "某乡", "", "")


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

    answer = Answer(
        question="测试乡的法律顾问是谁？",
        resolved_question="测试乡的法律顾问是谁？",
        kind="fact",
        mode="extractive",
        answer=f"「{quote}」[1] [看](javascript:alert(1)) ![x](http://example.invalid/x.png)",
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
