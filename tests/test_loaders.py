"""Loader tests on real files built in ``tmp_path``: every encoding, Word and PDF layout we
promise to read, and every bad input we promise to refuse with an ``IngestError``."""

from __future__ import annotations

import codecs
import io
import os
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from ingest.loaders import SUPPORTED_SUFFIXES, iter_report_files, load_text
from reportqa.errors import IngestError

# From corpus/002: headings, digits, CJK punctuation, book-title marks, quotes.
REPORT = (
    "重庆市南岸区峡口镇人民政府\n"
    "关于2023年法治政府建设情况的报告\n"
    "\n"
    "2023年，峡口镇在区委、区政府的领导下，坚持以习近平新时代中国特色社会主义思想为指导，"
    "深入学习贯彻党的二十大精神和习近平法治思想，紧紧围绕“全面推进依法治镇，加快建设法治峡口”"
    "的主线，扎实推进全面建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、"
    "人民满意的法治政府。现将2023年度法治政府建设工作情况报告如下：\n"
    "一、2023年推进法治政府建设的主要举措和成效\n"
    "（一）健全决策机制，保障决策科学合法\n"
    "一是完善行政决策制度。修订《中共重庆市南岸区峡口镇委员会议事规则》"
    "《重庆市南岸区峡口镇党政联席会议事规则》，明确了议事原则、议事范围、会议主持、"
    "参会人员范围、议事程序、议事纪律等，进一步健全了镇党委集体领导制度和民主集中制，"
    "提高了行政决策水平。\n"
)
CJK_FONT = "STSong-Light"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------------------- plain text


@pytest.mark.parametrize(
    ("codec", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("gb18030", b""),
        ("gbk", b""),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16le-bom", "utf16be-bom", "utf16le-no-bom"],
)
def test_text_encodings_decode_exactly(tmp_path: Path, codec: str, bom: bytes) -> None:
    path = _write(tmp_path, "report.txt", bom + REPORT.encode(codec))
    assert load_text(path) == REPORT


def test_python_utf16_codec_with_native_bom(tmp_path: Path) -> None:
    path = _write(tmp_path, "report.md", REPORT.encode("utf-16"))
    assert load_text(path) == REPORT


def test_short_gbk_title(tmp_path: Path) -> None:
    text = "峡口镇2023年法治政府建设情况报告\n"
    assert load_text(_write(tmp_path, "short.txt", text.encode("gbk"))) == text


def test_newlines_are_normalised(tmp_path: Path) -> None:
    crlf = REPORT.replace("\n", "\r\n").encode("gb18030")
    assert load_text(_write(tmp_path, "crlf.txt", crlf)) == REPORT
    old_mac = REPORT.replace("\n", "\r").encode("utf-8")
    assert load_text(_write(tmp_path, "cr.txt", old_mac)) == REPORT


def test_uppercase_suffix_is_accepted(tmp_path: Path) -> None:
    assert load_text(_write(tmp_path, "REPORT.TXT", REPORT.encode("utf-8"))) == REPORT


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="文件为空 / file is empty"):
        load_text(_write(tmp_path, "empty.txt", b""))


@pytest.mark.parametrize(
    "data",
    [b" \n\t\r\n  ", "  \u3000\n\n".encode("utf-8")],
    ids=["ascii-space", "ideographic-space"],
)
def test_whitespace_only_file(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(IngestError, match="文件为空 / file is empty"):
        load_text(_write(tmp_path, "blank.md", data))


def _png_bytes() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + os.urandom(48) for _ in range(16)))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data.bin", os.urandom(2048))
    return buf.getvalue()


@pytest.mark.parametrize(
    "make",
    [
        lambda: os.urandom(4096),
        lambda: os.urandom(64),
        _png_bytes,
        _zip_bytes,
        lambda: b"\x00" * 1000,
        lambda: bytes(range(32)) * 40,
    ],
    ids=["random-4k", "random-64", "png", "zip", "nuls", "controls"],
)
def test_binary_named_txt_is_rejected(tmp_path: Path, make: Callable[[], bytes]) -> None:
    path = _write(tmp_path, "junk.txt", make())
    with pytest.raises(IngestError, match=r"不是文本文件|无法识别文件编码"):
        load_text(path)


# ---------------------------------------------------------------------------- generic refusals


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="文件不存在 / file not found"):
        load_text(tmp_path / "nope.txt")


def test_folder_is_not_a_file(tmp_path: Path) -> None:
    (tmp_path / "dir.txt").mkdir()
    with pytest.raises(IngestError, match="不是文件"):
        load_text(tmp_path / "dir.txt")


@pytest.mark.parametrize("name", ["report.doc", "report.xlsx", "README"])
def test_unsupported_suffix_names_supported_ones(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path, name, REPORT.encode("utf-8"))
    with pytest.raises(IngestError, match="不支持的文件类型") as info:
        load_text(path)
    for suffix in SUPPORTED_SUFFIXES:
        assert suffix in str(info.value)


def test_oversize_file_reports_size_and_limit(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", REPORT.encode("utf-8"))
    size = path.stat().st_size
    with pytest.raises(IngestError, match="文件过大") as info:
        load_text(path, max_bytes=100)
    assert str(size) in str(info.value)
    assert "100" in str(info.value)
    assert load_text(path, max_bytes=size) == REPORT


# ---------------------------------------------------------------------------- .docx


def _docx_bytes() -> bytes:
    document = docx.Document()
    document.add_heading("峡口镇2023年法治政府建设情况报告", level=1)
    document.add_paragraph("一、主要举措和成效")
    document.add_paragraph("全年共办理行政复议案件3件。")
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "指标"
    table.cell(0, 1).text = "数值"
    table.cell(2, 0).text = "普法活动"
    table.cell(2, 1).text = "25场"
    document.add_paragraph("二、存在的问题")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_and_tables_in_body_order(tmp_path: Path) -> None:
    text = load_text(_write(tmp_path, "report.docx", _docx_bytes()))
    assert text.split("\n") == [
        "峡口镇2023年法治政府建设情况报告",
        "一、主要举措和成效",
        "全年共办理行政复议案件3件。",
        "指标 | 数值",  # the empty middle row is skipped
        "普法活动 | 25场",
        "二、存在的问题",
    ]


def test_docx_merged_cells_are_not_repeated(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 2))
    merged.text = "2023年法治建设统计"
    for col, value in enumerate(["案件", "3", "件"]):
        table.cell(1, col).text = value
    path = tmp_path / "merged.docx"
    document.save(str(path))
    assert load_text(path) == "2023年法治建设统计\n案件 | 3 | 件"


def test_truncated_docx(tmp_path: Path) -> None:
    data = _docx_bytes()
    path = _write(tmp_path, "cut.docx", data[: len(data) // 2])
    with pytest.raises(IngestError, match=r"无法读取 docx / cannot read \.docx"):
        load_text(path)


@pytest.mark.parametrize(
    "data",
    [REPORT.encode("utf-8"), _zip_bytes(), b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)],
    ids=["plain-text", "other-zip", "legacy-doc"],
)
def test_not_really_docx(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(IngestError, match=r"docx"):
        load_text(_write(tmp_path, "fake.docx", data))


def test_docx_without_text_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    with pytest.raises(IngestError, match="文件为空"):
        load_text(path)


# ---------------------------------------------------------------------------- .pdf

CN_LINES = [
    "重庆市南岸区峡口镇人民政府关于2023年法治政府建设情况的报告",
    "一、2023年推进法治政府建设的主要举措和成效",
    "（一）健全决策机制，保障决策科学合法",
]
EN_LINE = "Annual report on law-based government 2023, page two."


def _pdf_bytes(pages: list[list[str]], font: str = CJK_FONT, **kwargs: object) -> bytes:
    pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, **kwargs)  # type: ignore[arg-type]
    for lines in pages:
        for n, line in enumerate(lines):
            pdf.setFont(font if any(ord(c) > 127 for c in line) else "Helvetica", 12)
            pdf.drawString(72, 780 - 20 * n, line)
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def test_pdf_text_layer_is_extracted(tmp_path: Path) -> None:
    path = _write(tmp_path, "report.pdf", _pdf_bytes([CN_LINES, [EN_LINE]]))
    text = load_text(path)
    for line in [*CN_LINES, EN_LINE]:
        assert line in text
    assert text.index(CN_LINES[-1]) < text.index(EN_LINE)


def test_ascii_only_pdf(tmp_path: Path) -> None:
    path = _write(tmp_path, "en.pdf", _pdf_bytes([[EN_LINE, "Second line of text."]]))
    assert load_text(path).split("\n")[:2] == [EN_LINE, "Second line of text."]


@pytest.mark.parametrize("fraction", [0.3, 0.5, 0.9])
def test_truncated_pdf(tmp_path: Path, fraction: float) -> None:
    data = _pdf_bytes([CN_LINES] * 5)
    path = _write(tmp_path, "cut.pdf", data[: int(len(data) * fraction)])
    with pytest.raises(IngestError, match="无法读取 PDF"):
        load_text(path)


def test_not_a_pdf(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="PDF"):
        load_text(_write(tmp_path, "fake.pdf", REPORT.encode("utf-8")))


def test_blank_pdf_pages_suggest_ocr(tmp_path: Path) -> None:
    path = _write(tmp_path, "blank.pdf", _pdf_bytes([[], [], []]))
    with pytest.raises(IngestError, match=r"扫描件.*请先 OCR"):
        load_text(path)


def test_image_only_pdf_suggests_ocr(tmp_path: Path) -> None:
    scan = Image.frombytes("L", (300, 400), os.urandom(300 * 400))
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    for _ in range(2):
        pdf.drawImage(ImageReader(scan), 50, 200, width=300, height=400)
        pdf.setFont("Helvetica", 9)
        pdf.drawString(280, 30, "- 1 -")  # a page number is not a text layer
        pdf.showPage()
    pdf.save()
    path = _write(tmp_path, "scan.pdf", buf.getvalue())
    with pytest.raises(IngestError, match=r"扫描件.*请先 OCR"):
        load_text(path)


def test_encrypted_pdf(tmp_path: Path) -> None:
    locked = StandardEncryption("secret", ownerPassword="owner", strength=40)
    path = _write(tmp_path, "locked.pdf", _pdf_bytes([CN_LINES], encrypt=locked))
    with pytest.raises(IngestError, match="加密"):
        load_text(path)


def test_owner_password_only_pdf_is_read(tmp_path: Path) -> None:
    restricted = StandardEncryption("", ownerPassword="owner", canCopy=0, strength=40)
    path = _write(tmp_path, "restricted.pdf", _pdf_bytes([CN_LINES], encrypt=restricted))
    assert CN_LINES[0] in load_text(path)


# ---------------------------------------------------------------------------- iter_report_files


def test_iter_report_files_walks_sorted_and_skips_noise(tmp_path: Path) -> None:
    root = tmp_path / "reports"
    files = [
        "b.txt",
        "a.PDF",
        "metadata.csv",
        ".hidden.txt",
        "~$lock.docx",
        "notes.xlsx",
        "county/z.md",
        "county/town/c.DOCX",
        ".git/x.txt",
        "county/.cache/y.txt",
    ]
    for rel in files:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(b"x")
    stray = _write(tmp_path, "odd.xlsx", b"x")

    found = list(iter_report_files([root, stray, root / "b.txt"]))

    assert found == [
        root / "a.PDF",
        root / "b.txt",
        root / "county/town/c.DOCX",
        root / "county/z.md",
        stray,  # an explicit file is yielded whatever its suffix, for load_text to refuse
    ]
    with pytest.raises(IngestError, match="不支持的文件类型"):
        load_text(stray)
