"""Exports keep every quote verbatim and traceable, in each format users open them with."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from functools import cache

import pytest
from docx import Document

from answering.types import Answer, Citation
from cli.main import main
from export.writers import export_answers, to_csv, to_docx, to_json, to_markdown
from reportqa.answer import (
    Bullets,
    CompareRow,
    CompareTable,
    Completeness,
    Kind,
    Paragraph,
    Prose,
    Text,
    verdicts,
)
from reportqa.errors import ReportQAError
from reportqa.settings import REPO_ROOT

CORPUS = REPO_ROOT / "corpus"
XIAKOU = "002_30bf7c57dd8ee9d1.txt"
JINGZHUPU = "001_c3b9c402b1e66bfa.txt"
REPORTS = {
    XIAKOU: ("峡口镇", "南岸区", "重庆市南岸区峡口镇人民政府关于2023年法治政府建设情况的报告"),
    JINGZHUPU: ("荆竹铺镇", "武冈市", "2023 年荆竹铺镇法治政府建设 年度报告"),
}


@cache
def report_text(source: str) -> str:
    return (CORPUS / source).read_text(encoding="utf-8")


def cite(n: int, source: str, quote: str, section: str) -> Citation:
    """A citation whose span is located in the real report text (and checked to be verbatim)."""
    text = report_text(source)
    start = text.find(quote)
    assert start >= 0, f"quote not in {source}: {quote}"
    end = start + len(quote)
    assert text[start:end] == quote
    township, county, title = REPORTS[source]
    return Citation(
        n=n,
        report_id=source.split("_")[1].removesuffix(".txt"),
        source=source,
        title=title,
        township=township,
        county=county,
        year=2023,
        section=section,
        quote=quote,
        start=start,
        end=end,
    )


def which_answer() -> Answer:
    c1 = cite(
        1,
        XIAKOU,
        "选聘法律顾问为辖区民众提供法律服务",
        "（四）加强纠纷化解，维护社会和谐稳定",
    )
    c2 = cite(2, JINGZHUPU, "同时镇政府聘请专门公职法律顾问1名。", "（四）健全依法决策机制方面")
    label = (Text("峡口镇", strong=True), Text("（南岸区，2023年）"))
    label2 = (Text("荆竹铺镇", strong=True), Text("（武冈市，2023年）"))
    return Answer(
        question="哪些乡镇聘请了法律顾问？",
        resolved_question="哪些乡镇聘请了法律顾问？",
        kind=Kind.WHICH,
        mode="extractive",
        body=(
            Paragraph((Text("共 2 个单位的报告提到「法律顾问」："),)),
            Bullets(
                (
                    (*label, Text(f"：「{c1.quote}」", (1,))),
                    (*label2, Text(f"：「{c2.quote}」", (2,))),
                )
            ),
        ),
        units=verdicts(("峡口镇", "荆竹铺镇"), ("辛集乡",)),
        completeness=Completeness(5, ("辛集乡",)),
        citations=(c1, c2),
        searched=5,
    )


def compare_answer() -> Answer:
    c1 = cite(
        1,
        XIAKOU,
        "2023年排查受理薪资纠纷、安置房纠纷、征地拆迁纠纷、工程爆破纠纷等矛盾纠纷242件",
        "（四）加强纠纷化解，维护社会和谐稳定",
    )
    c2 = cite(2, JINGZHUPU, "2023 年全镇共调处各类矛盾纠纷 37 起", "（九）依法化解矛盾纠纷方面")
    table = CompareTable(
        (
            CompareRow("峡口镇", c1.quote, None, c1, 2023),
            CompareRow("荆竹铺镇", c2.quote, 37.0, c2, 2023, "", "起"),
            CompareRow("辛集乡", "未提及", None, None, 2023),
        )
    )
    return Answer(
        question="峡口镇、荆竹铺镇和辛集乡调处矛盾纠纷的情况比较",
        resolved_question="峡口镇、荆竹铺镇和辛集乡调处矛盾纠纷的情况比较",
        kind=Kind.COMPARE,
        mode="extractive",
        body=(Paragraph((Text("按报告原文比较「矛盾纠纷」："),)), table),
        units=verdicts(("峡口镇", "荆竹铺镇"), ("辛集乡",)),
        completeness=Completeness(3, ("辛集乡",)),
        compare=table,
        citations=(c1, c2),
        searched=3,
    )


def fact_answer() -> Answer:
    c1 = cite(
        1,
        XIAKOU,
        "2023年共计作出行政处罚处理决定54次",
        "（三）强化制约监督，促进权力规范运行",
    )
    return Answer(
        question="那它作出了多少次行政处罚？",
        resolved_question="峡口镇2023年作出了多少次行政处罚？",
        kind=Kind.FACT,
        mode="llm",
        body=(Prose((Text(f"据《{c1.title}》（{c1.section}）：「{c1.quote}」", (1,)),)),),
        units=verdicts(("峡口镇",)),
        citations=(c1,),
        notices=("已移除无效引用 [3]",),
        searched=1,
    )


def conversation() -> list[Answer]:
    return [which_answer(), compare_answer(), fact_answer()]


def all_citations(answers):
    return [c for a in answers for c in a.citations]


# --- Markdown -----------------------------------------------------------------------------


def test_markdown_has_questions_quotes_markers_and_sources():
    answers = conversation()
    md = to_markdown(answers)
    assert md.startswith("# 问答记录")
    for a in answers:
        assert a.question in md
        for c in a.citations:
            assert c.quote in md
            assert f"[{c.n}]" in md
            assert f"（文件 {c.source}，字符 {c.start}–{c.end}）" in md
    # the follow-up shows how it was understood, and the notice is kept
    assert "峡口镇2023年作出了多少次行政处罚？" in md
    assert "已移除无效引用 [3]" in md
    assert md.count("**来源**") == 3
    line = (
        "[2] 荆竹铺镇（武冈市，2023年）《2023 年荆竹铺镇法治政府建设 年度报告》 "
        "（四）健全依法决策机制方面：「同时镇政府聘请专门公职法律顾问1名。」"
    )
    assert line in md


# --- JSON ---------------------------------------------------------------------------------


def test_json_round_trips_with_verbatim_spans():
    answers = conversation()
    data = json.loads(to_json(answers))
    assert data == {"turns": [a.to_json() for a in answers]}
    assert "峡口镇" in to_json(answers)  # not \u-escaped
    for turn in data["turns"]:
        for c in turn["citations"]:
            assert report_text(c["source"])[c["start"] : c["end"]] == c["quote"]


# --- CSV ----------------------------------------------------------------------------------


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def test_csv_one_row_per_table_row(tmp_path):
    answers = conversation()
    rows = read_csv(export_answers(answers, tmp_path / "cmp.csv"))
    assert rows[0] == [
        "轮次",
        "单位",
        "报告原文",
        "引用编号",
        "数值",
        "报告",
        "章节",
        "文件",
        "报告未用的说法",
    ]
    body = rows[1:]
    assert len(body) == len(answers[1].table) == 3
    assert all(r[0] == "2" for r in body)  # the compare answer is the second turn
    by_unit = {r[1]: r for r in body}
    c1, c2 = answers[1].citations
    assert by_unit["峡口镇"][2:] == [c1.quote, "1", "", c1.title, c1.section, c1.source, ""]
    assert by_unit["荆竹铺镇"][2:] == [c2.quote, "2", "37", c2.title, c2.section, c2.source, ""]
    missing = by_unit["辛集乡"]
    assert missing[2] == "未提及"
    assert missing[3] == ""
    assert missing[5:] == ["", "", "", ""]


def test_csv_neutralises_formulas():
    base = compare_answer()
    c1, c2 = base.citations
    table = CompareTable(
        (
            CompareRow("峡口镇", '=HYPERLINK("http://x","y")', None, c1),
            CompareRow("@荆竹铺镇", "+1", None, c2),
        )
    )
    evil = replace(base, mode="llm", body=base.body[:1], compare=table)
    rows = list(csv.reader(io.StringIO(to_csv([evil]))))[1:]
    assert rows[0][2] == '\'=HYPERLINK("http://x","y")'
    assert rows[1][1] == "'@荆竹铺镇"
    assert rows[1][2] == "'+1"
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_csv_needs_a_comparison(tmp_path):
    with pytest.raises(ReportQAError, match="比较"):
        export_answers([which_answer(), fact_answer()], tmp_path / "x.csv")
    with pytest.raises(ReportQAError):
        to_csv([fact_answer()])
    assert not (tmp_path / "x.csv").exists()


# --- Word ---------------------------------------------------------------------------------


def test_docx_sources_markers_and_tables(tmp_path):
    answers = conversation()
    path = to_docx(answers, tmp_path / "chat.docx")
    doc = Document(str(path))

    headings = [p.text for p in doc.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings[0] == "问答记录"
    assert any(answers[0].question in h for h in headings)

    # the answer's [n] markers are superscript runs
    marker_runs = [r for p in doc.paragraphs for r in p.runs if r.text == "[1]"]
    assert marker_runs
    assert all(r.font.superscript for r in marker_runs)
    bullets = [p for p in doc.paragraphs if p.style.name == "List Bullet"]
    assert len(bullets) == 2
    assert any(r.bold and r.text == "峡口镇" for r in bullets[0].runs)
    assert "**" not in "\n".join(p.text for p in doc.paragraphs)

    # notice in italics
    notice = [p for p in doc.paragraphs if p.text == answers[2].notice]
    assert notice
    assert all(r.italic for r in notice[0].runs)

    source_tables = [t for t in doc.tables if t.rows[0].cells[0].text == "编号"]
    assert len(source_tables) == 3
    for answer, table in zip(answers, source_tables, strict=True):
        assert [c.text for c in table.rows[0].cells] == ["编号", "单位", "报告标题", "章节", "引文"]
        assert len(table.rows) == 1 + len(answer.citations)
        for row, c in zip(table.rows[1:], answer.citations, strict=True):
            cells = [cell.text for cell in row.cells]
            assert cells[0] == f"[{c.n}]"
            assert cells[1] == f"{c.township}（{c.county}，{c.year}年）"
            assert c.title in cells[2]
            assert cells[3] == c.section
            assert cells[4] == c.quote

    # the compare answer's Markdown table became a Word table, separator row dropped
    md_tables = [t for t in doc.tables if t.rows[0].cells[0].text == "单位"]
    assert len(md_tables) == 1
    grid = [[cell.text for cell in row.cells] for row in md_tables[0].rows]
    c1, c2 = answers[1].citations
    assert grid == [
        ["单位", "报告原文", "出处"],
        ["峡口镇", c1.quote, "[1]"],
        ["荆竹铺镇", c2.quote, "[2]"],
        ["辛集乡", "未提及", "—"],
    ]
    cell_marker = md_tables[0].cell(1, 2).paragraphs[0].runs[0]
    assert cell_marker.text == "[1]"
    assert cell_marker.font.superscript


def test_docx_uses_an_east_asian_font(tmp_path):
    from docx.oxml.ns import qn

    doc = Document(str(to_docx([fact_answer()], tmp_path / "a.docx")))
    fonts = doc.styles["Normal"].element.rPr.rFonts
    assert fonts.get(qn("w:eastAsia")) == "SimSun"


# --- dispatch -----------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".md", ".json", ".docx", ".csv", ".MD"])
def test_export_dispatches_on_suffix_and_creates_dirs(tmp_path, suffix):
    answers = conversation()
    target = tmp_path / "deep" / "er" / f"chat{suffix}"
    out = export_answers(answers, target)
    assert out == target
    assert target.is_file()
    raw = target.read_bytes()
    kind = suffix.lower()
    if kind == ".md":
        assert raw.decode("utf-8") == to_markdown(answers)
    elif kind == ".json":
        assert json.loads(raw)["turns"][0]["question"] == answers[0].question
    elif kind == ".docx":
        assert raw.startswith(b"PK")
        assert len(Document(str(target)).tables) == 4
    else:
        assert raw.decode("utf-8-sig") == to_csv(answers)
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temp file left


@pytest.mark.parametrize("name", ["chat.pdf", "chat", "chat.txt"])
def test_export_rejects_unknown_suffix(tmp_path, name):
    with pytest.raises(ReportQAError) as info:
        export_answers(conversation(), tmp_path / "out" / name)
    message = str(info.value)
    assert "不支持" in message
    for suffix in (".md", ".docx", ".json", ".csv"):
        assert suffix in message
    assert not (tmp_path / "out").exists()


def test_export_rejects_empty_conversation(tmp_path):
    with pytest.raises(ReportQAError):
        export_answers([], tmp_path / "a.md")


def test_markdown_export_of_hostile_report_text_is_inert(tmp_path):
    """A report's own text reaches the .md file: it must not become live HTML or links."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "hostile.txt").write_text(
        "测试乡2025年法治政府建设情况报告\n一、主要做法\n"
        "测试乡聘请律师担任法律顾问<script>alert(1)</script>，"
        "详见[说明](javascript:alert(2))及<img src=x onerror=alert(3)>，"
        "全年审查合同18份![图](data:text/html,x)。\n",
        encoding="utf-8",
    )
    out = tmp_path / "answer.md"
    for args in (["ingest", str(folder)], ["ask", "测试乡聘请法律顾问了吗", "--export", str(out)]):
        assert main(args) == 0
    md = out.read_text(encoding="utf-8")
    assert "聘请律师担任法律顾问" in md and "18份" in md
    assert "&lt;script&gt;" in md
    for live in ("<script", "<img", "javascript:", "](data:", "!["):
        assert live not in md.lower(), live
