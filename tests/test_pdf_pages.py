"""PDF page furniture and layout breaks, on PDFs built here the way official reports are
typeset: a fixed 28-character measure, a running header, page numbers, a paragraph that
runs over a page turn and a heading that wraps."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from ingest.clean import clean_text
from ingest.loaders import load_text
from ingest.metadata import extract
from ingest.pdf_pages import join_pages
from tests.conftest import CORPUS

FONT = "STSong-Light"
MEASURE = 28
SEED = "002_30bf7c57dd8ee9d1.txt"


def _wrap(paragraphs: list[str], indent: str = "") -> list[str]:
    """Lines of a fixed measure; ``indent`` starts each paragraph (GB/T 9704: two characters)."""
    out = []
    for p in paragraphs:
        p = indent + p
        out += [p[i : i + MEASURE] for i in range(0, len(p), MEASURE)]
    return out


def _pdf(lines: list[str], per_page: int, header: str, footer: str) -> bytes:
    """``footer`` may hold {n} and {total}."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    for n, page in enumerate(pages, 1):
        pdf.setFont(FONT, 10)
        if header:
            pdf.drawString(72, 810, header)
        pdf.setFont(FONT, 12)
        for k, line in enumerate(page):
            pdf.drawString(72, 780 - 18 * k, line)
        pdf.setFont(FONT, 10)
        pdf.drawString(280, 40, footer.format(n=n, total=len(pages)))
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _seed_paragraphs() -> list[str]:
    return [ln for ln in (CORPUS / SEED).read_text(encoding="utf-8").split("\n") if ln.strip()]


@pytest.mark.parametrize(
    ("header", "footer"),
    [
        ("峡口镇2023年法治政府建设情况报告", "- {n} -"),
        ("重庆市南岸区峡口镇人民政府", "第 {n} 页 共 {total} 页"),
    ],
)
def test_seed_report_as_pdf_reads_like_the_text(tmp_path: Path, header: str, footer: str):
    paragraphs = _seed_paragraphs()
    path = tmp_path / "seed.pdf"
    title = ["\u3000" * 4 + p for p in paragraphs[:2]]  # centred title lines
    path.write_bytes(_pdf(title + _wrap(paragraphs[2:], "\u3000\u3000"), 33, header, footer))
    text = clean_text(load_text(path))
    assert header not in text.replace(paragraphs[0], "")  # no running header left
    assert not re.search(r"第 ?\d+ ?页|^- ?\d+ ?-$", text, re.M)
    # every paragraph is whole again: page turns and wrapped lines are joined
    assert text.split("\n") == [clean_text(p) for p in paragraphs]
    ex = extract(text, "seed.pdf")
    assert ex.title == "重庆市南岸区峡口镇人民政府 关于2023年法治政府建设情况的报告"
    assert (ex.unit, ex.parent, ex.year) == ("峡口镇", "南岸区", 2023)


def test_wrapped_heading_and_page_turn_are_joined():
    heading = "（一）加强党对法治政府建设的全面领导，健全依法决策机制的有关情况"
    body = "镇党委每季度专题研究法治政府建设工作，主要负责同志切实履行第一责任人职责，全年召开专题会议4次。"
    pages = [
        "白鹭镇法治政府建设报告\n"
        + "\n".join(_wrap(["前言部分写满一整行的文字内容，用来确定排版的行宽度。" * 3, heading])),
        "白鹭镇法治政府建设报告\n" + "\n".join(_wrap([body])) + "\n2",
    ]
    text = join_pages(pages)
    assert heading in text.split("\n")
    assert body in text.split("\n")
    assert "白鹭镇法治政府建设报告" not in text.split("\n")[1:]


def test_short_lines_and_sentence_ends_are_not_joined():
    lines = [
        "一、主要举措",
        "（一）健全制度",
        "全年审查合同16份，提出法律意见20条，行政诉讼案件败诉率为零。",
    ]
    lines += ["本镇聘请律师担任法律顾问，列席党政联席会议，参与重大决策合法性审查。"] * 3
    assert join_pages(["\n".join(lines)]).split("\n") == lines


def test_one_page_keeps_its_title_and_drops_its_page_number():
    page = "白鹭镇2023年法治政府建设工作报告\n2023年，白鹭镇依法行政，成效明显。\n- 1 -"
    assert (
        join_pages([page]) == "白鹭镇2023年法治政府建设工作报告\n2023年，白鹭镇依法行政，成效明显。"
    )
