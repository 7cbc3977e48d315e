"""The web app's chat callbacks without a browser: ``webapp.handlers.Handlers`` over a real
AnswerService on the seed corpus — streaming, follow-ups, scope, examples, API, export."""

from __future__ import annotations

import csv
import json
import re
import tempfile
from pathlib import Path

import pytest
from docx import Document

from answering.types import Answer
from library import build, scope_of
from reportqa.errors import ReportQAError
from tests import webapp_support
from tests.webapp_support import (
    ALL,
    COMPARE,
    FACT,
    FOLLOW,
    HOSTILE,
    WHICH,
    _result_rows,
    run,
)
from webapp.handlers import Handlers

# ---- chat ------------------------------------------------------------------------------


# the shared fixtures, bound here so pytest finds them
handlers = webapp_support.handlers
fresh = webapp_support.fresh


def test_respond_shows_an_offline_answer_whole_with_markers_and_five_cards(handlers):
    chat_in: list[dict] = []
    turns_in: list[Answer] = []
    frames = run(handlers, WHICH, chat_in, turns_in)

    # an offline answer has no stream to show: a placeholder, then the answer whole
    assert len(frames) == 2, "a placeholder, then the answer"
    assert frames[0]["last"] == "…"
    assert frames[0]["chat"][-2] == {"role": "user", "content": WHICH}
    assert frames[0]["sources"].count('class="rq-src"') == 0

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
    assert scope_of(None, ["2023", "x"]).years == (2023,)


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
    names = {i.township for i in handlers.shelf.reports()}
    for question in examples:
        final = run(handlers, question)[-1]  # a fresh chat: no earlier turns
        assert not final["last"].startswith("⚠️"), (question, final["last"])
        answer = final["turns"][-1]
        assert answer.resolved_question == question and answer.citations
        assert "理解为" not in final["last"]
    named = [q for q in examples if any(n in q for n in names)]
    assert named, "at least one example names a unit this library holds"


DISTRICT = """{unit}人民政府关于2023年法治政府建设情况的报告

2023年，{unit}深入推进法治政府建设，现将有关情况报告如下。

一、化解矛盾纠纷
{unit}健全人民调解组织，全年调解各类矛盾纠纷{n}件，调解成功率达98%。

二、普法宣传
全区开展普法宣传活动{m}场，发放资料3000余份。
"""


def test_examples_follow_the_library_not_a_fixed_list(settings, tmp_path):
    """Made-up district reports: no 「乡镇」 in the examples, units from this library."""
    folder = tmp_path / "districts"
    folder.mkdir()
    for name, unit, n, m in (("a", "某市甲山区", 120, 15), ("b", "某市乙水区", 86, 9)):
        (folder / f"{name}.txt").write_text(DISTRICT.format(unit=unit, n=n, m=m), "utf-8")
    with (folder / "a.txt").open("a", encoding="utf-8") as fh:
        fh.write("\n三、依法决策\n区政府聘请律师担任政府法律顾问，参与重大行政决策审查。\n")
    app = build(settings)
    lib = app.catalog
    app.shelf.add([folder])
    h = Handlers(app)
    units = [i.township for i in lib.reports()]
    examples = h.examples()
    assert examples[0] == "哪些单位聘请了法律顾问", (units, examples)  # district reports
    assert any(units[0] in q and "调解" in q for q in examples), examples
    assert not any("乡镇" in q or "调解员队伍" in q for q in examples)  # nothing to quote
    for question in examples:
        final = run(h, question)[-1]
        assert not final["last"].startswith("⚠️") and final["turns"][-1].citations, question
    assert h.examples() == examples  # cached until the library changes
    app.shelf.remove(lib.reports()[0].source)
    assert all(units[0] not in q for q in h.examples())


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


def test_the_web_api_and_the_cli_validate_a_history_the_same_way(handlers, tmp_path, capsys):
    """One validator for a conversation's earlier turns: a malformed history is a clear
    Chinese error in both, never a silently empty turn or a traceback."""
    from cli.main import main

    bad = [{"question": FACT}, {"townships": ["峡口镇"]}]  # the second turn has no question
    api = handlers.answer_api(FOLLOW, bad)
    path = tmp_path / "history.json"
    path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    code = main(["ask", FOLLOW, "--history", str(path)])
    assert code == 2 and api["error"] in capsys.readouterr().err
    assert "q" in api["error"] and "question" in api["error"]
    assert "列表" in handlers.answer_api(FOLLOW, {"q": FACT})["error"]  # not a list


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
