"""One answer, every output: chat HTML, Markdown, Word, JSON and CSV are renderers of the
same Answer blocks, so each comparison cell must show the same value with the same citation
in each of them (and none of them may get it by reading another's text back)."""

from __future__ import annotations

import csv
import html
import io
import json

import pytest
from docx import Document

from export.writers import export_answers
from reportqa import answer as qa
from reportqa.answer import Answer, CompareRow, Kind
from webapp.compare import chart_html, table_html
from webapp.render import chat_markdown, sources_html


@pytest.fixture(scope="module")
def service(seed_app):
    return seed_app.service


@pytest.fixture(scope="module")
def real(service) -> Answer:
    """A real comparison over the seed reports:峡口镇 writes 242件, 荆竹铺镇 37起."""
    answer = service.ask("比较峡口镇和荆竹铺镇调处矛盾纠纷的数量")
    assert answer.kind == Kind.COMPARE and len(answer.table) == 2
    assert all(r.citation is not None and r.number is not None for r in answer.table)
    return answer


def tricky() -> Answer:
    """A cell holding every character a format could trip on: a column bar, markup, a line
    break, and a formula start in a unit's name."""
    value = "调解<b>纠纷</b> 12|3件\n另有5起"
    c = qa.Citation(1, "r1", "甲.txt", "甲镇报告", "甲镇", "乙县", 2024, "一、", value, 10, 30)
    rows = (
        CompareRow("甲镇", value, 12.0, c, 2024, "", "件"),
        CompareRow("=乙乡", "未提及", None, None, 2024),
    )
    table = qa.CompareTable(rows)
    return Answer(
        question="比较甲镇和乙乡调解纠纷的数量",
        kind=Kind.COMPARE,
        mode="extractive",
        body=(qa.Paragraph((qa.Text("按报告原文比较「调解纠纷」："),)), table),
        citations=(c,),
        units=qa.verdicts(("甲镇",), ("=乙乡",)),
        completeness=qa.Completeness(2, ("=乙乡",)),
        compare=table,
        resolved_question="比较甲镇和乙乡调解纠纷的数量",
        searched=2,
    )


def test_a_real_comparison_shows_each_cell_with_its_citation_in_every_format(
    real, service, tmp_path
):
    _check_every_format(
        real, tmp_path, {c.report_id: service.lib.report_text(c.report_id) for c in real.citations}
    )
    # the chart is drawn from each row's number, in the table's order
    chart = chart_html(real)
    for row in real.table:
        assert f'data-unit="{row.unit}" data-value="{qa.fmt_number(row.number)}"' in chart
        assert f"{row.label} [{row.citation.n}]" in chart
    labels = {r.unit: r.label for r in real.table}
    assert labels == {"峡口镇": "242件", "荆竹铺镇": "37起"}


def test_a_cell_with_a_bar_markup_and_a_line_break_survives_every_format(tmp_path):
    answer = tricky()
    _check_every_format(answer, tmp_path, {"r1": "前文" * 5 + answer.table[0].value + "后文"})
    md = (tmp_path / "a.md").read_text(encoding="utf-8")
    row = next(line for line in md.splitlines() if line.startswith("| 甲镇 |"))
    assert row.count("|") == 4  # the bar in the value did not open a column
    assert "<b>" not in md and "&lt;b&gt;" in row
    assert "另有5起 | [1] |" in row  # the line break did not end the row
    chat = chat_markdown(answer)
    assert "<b>" not in chat and "| 甲镇 | 调解&lt;b&gt;纠纷&lt;/b&gt; 12｜3件 另有5起 |" in chat
    csv_rows = _csv(tmp_path, answer)
    assert csv_rows[2][1] == "'=乙乡"  # a spreadsheet does not run it


def _check_every_format(answer: Answer, tmp_path, texts: dict[str, str]) -> None:
    rows = answer.table
    cited = [r for r in rows if r.citation]
    assert cited

    # chat: the table panel, the message and the source cards
    panel = table_html(answer)
    message = chat_markdown(answer, k=1)
    cards = sources_html([answer], texts)
    for row in rows:
        cell = f"<td>{html.escape(row.value)}</td>"
        mark = f"[{row.citation.n}]" if row.citation else "—"
        assert f"<td>{html.escape(row.unit)}</td>" in panel
        assert cell + f"<td>{mark}</td>" in panel
        line = next(x for x in message.splitlines() if x.startswith(f"| {row.unit} |"))
        link = f"[[{row.citation.n}]](#src-1-{row.citation.n})" if row.citation else "—"
        assert line.endswith(f"| {link} |")
    for row in cited:
        assert f'id="src-1-{row.citation.n}"' in cards
        assert (
            f"<mark>{html.escape(texts[row.citation.report_id][row.citation.start : row.citation.end])}</mark>"
            in cards
        )

    # Markdown file
    md = export_answers([answer], tmp_path / "a.md").read_text(encoding="utf-8")
    for row in rows:
        line = next(x for x in md.splitlines() if x.startswith(f"| {html.escape(row.unit)} |"))
        assert line.endswith(f" | [{row.citation.n}] |" if row.citation else " | — |")
        first = html.escape(row.value.split("\n")[0].split("|")[0])
        assert first in line
    for row in cited:
        c = row.citation
        assert f"- [{c.n}] " in md and f"（文件 {c.source}，字符 {c.start}–{c.end}）" in md

    # Word, read back
    doc = Document(str(export_answers([answer], tmp_path / "a.docx")))
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "单位")
    grid = [[c.text for c in r.cells] for r in table.rows[1:]]
    assert grid == [[r.unit, r.value, f"[{r.citation.n}]" if r.citation else "—"] for r in rows]
    for i, row in enumerate(rows, 1):
        if row.citation:
            assert table.cell(i, 2).paragraphs[0].runs[0].font.superscript
    sources = next(t for t in doc.tables if t.rows[0].cells[0].text == "编号")
    quotes = {r.cells[0].text: r.cells[4].text for r in sources.rows[1:]}
    for row in cited:
        assert quotes[f"[{row.citation.n}]"] == row.citation.quote

    # JSON
    data = json.loads(export_answers([answer], tmp_path / "a.json").read_text(encoding="utf-8"))
    turn = data["turns"][0]
    by_n = {c["n"]: c for c in turn["citations"]}
    assert [(r["township"], r["quote"], r["n"], r["number"]) for r in turn["table"]] == [
        (r.unit, r.value, r.n, r.number) for r in rows
    ]
    for r in turn["table"]:
        if r["n"]:
            assert by_n[r["n"]]["report_id"]
    assert {"type": "compare_table"} in turn["blocks"]
    assert Answer.from_json(turn) == answer  # the saved history rebuilds the same answer

    # CSV
    body = _csv(tmp_path, answer)[1:]
    for row, got in zip(rows, body, strict=True):
        c = row.citation
        assert got[2:] == [
            row.value,
            str(c.n) if c else "",
            (f"{row.number:g}" if row.number is not None else ""),
            c.title if c else "",
            c.section if c else "",
            c.source if c else "",
            "、".join(answer.unsaid),
        ]


def _csv(tmp_path, answer: Answer) -> list[list[str]]:
    raw = export_answers([answer], tmp_path / "a.csv").read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(raw)))
