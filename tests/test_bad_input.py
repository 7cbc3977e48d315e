"""Every bad input gets a clear message and loses nothing else (one table, one batch)."""

from __future__ import annotations

import io
import json

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from cli.main import main
from tests.conftest import CORPUS

XIAKOU = (CORPUS / "002_30bf7c57dd8ee9d1.txt").read_text(encoding="utf-8")
ZUOLAN = (CORPUS / "003_fb4fb1fb4ee4856e.txt").read_text(encoding="utf-8")


def _renamed(text: str, town: str) -> str:
    return text.replace("峡口镇", town).replace("峡口", town[:-1])


def _docx_bytes() -> bytes:
    d = docx.Document()
    for line in _renamed(XIAKOU, "青山镇").splitlines():
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pdf_bytes(with_text: bool) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    if with_text:
        c.drawString(72, 800, "Report text layer")
    else:  # a "scan": only a drawn rectangle, no text layer
        c.rect(50, 50, 400, 600, fill=1)
    c.showPage()
    c.save()
    return buf.getvalue()


# (file name, bytes, expected status, fragment of the message or of the township)
CASES = [
    ("empty.txt", b"", "failed", "空"),
    ("binary.txt", bytes(range(256)) * 64, "failed", "binary"),
    ("gbk.txt", _renamed(XIAKOU, "石门镇").encode("gbk"), "added", "石门镇"),
    ("gb18030.txt", _renamed(XIAKOU, "白沙镇").encode("gb18030"), "added", "白沙镇"),
    ("utf16bom.txt", _renamed(XIAKOU, "龙泉镇").encode("utf-16"), "added", "龙泉镇"),
    ("utf16nobom.txt", _renamed(XIAKOU, "金桥镇").encode("utf-16-le"), "added", "金桥镇"),
    ("huge.txt", ("测试" * 60 + "。\n").encode("utf-8") * 90_000, "failed", "MB"),
    ("truncated.docx", _docx_bytes()[:3000], "failed", "docx"),
    ("good.docx", _docx_bytes(), "added", "青山镇"),
    ("truncated.pdf", _pdf_bytes(True)[:400], "failed", "PDF"),
    ("scan.pdf", _pdf_bytes(False), "failed", "OCR"),
    ("报告 (最终版)#1 & 副本.txt", ZUOLAN.encode("utf-8"), "added", "左岚乡"),
    ("重复-左岚乡.txt", ZUOLAN.encode("utf-8"), "duplicate", "报告 (最终版)#1 & 副本.txt"),
]


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad") / "reports"
    folder.mkdir()
    for name, data, _, _ in CASES:
        (folder / name).write_bytes(data)
    return folder


@pytest.fixture(scope="module")
def outcome(batch, tmp_path_factory):
    data = tmp_path_factory.mktemp("bad-data")
    mp = pytest.MonkeyPatch()
    mp.setenv("REPORTQA_DATA_DIR", str(data))
    import contextlib

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["ingest", str(batch), "--json"])
    mp.undo()
    return code, json.loads(out.getvalue()), data


@pytest.mark.parametrize(("name", "status", "fragment"), [(c[0], c[2], c[3]) for c in CASES])
def test_each_bad_input_has_a_clear_outcome(outcome, name, status, fragment):
    code, result, _ = outcome
    assert code == 0  # the batch as a whole went through
    [row] = [s for s in result["files"] if s["source"] == name]
    assert row["status"] == status, row
    if status == "failed":
        [failed] = [f for f in result["failed"] if f["source"].endswith(name)]
        assert fragment.lower() in failed["error"].lower(), failed
    elif status == "duplicate":
        assert row["duplicate_of"] == fragment
    else:
        [report] = [r for r in result["reports"] if r["source"] == name]
        assert report["township"] == fragment and report["chunks"] > 0


def test_same_name_with_new_content_replaces(outcome, batch, monkeypatch, capsys):
    _, _, data = outcome
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(data))
    (batch / "gbk.txt").write_bytes(
        _renamed(XIAKOU, "石门镇").replace("242件", "243件").encode("gbk")
    )
    capsys.readouterr()
    assert main(["ingest", str(batch / "gbk.txt"), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["updated"] == 1
    assert main(["ask", "石门镇2023年受理了多少件矛盾纠纷？", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert "243" in answer["answer"] and "242件" not in answer["answer"]


def test_unknown_township_and_bad_questions_via_cli(outcome, monkeypatch, capsys):
    _, _, data = outcome
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(data))
    for question, fragment in [
        ("", "问题为空"),
        ("。。。？", "标点"),
        ("问" * 5000, "过长"),
        ("大河镇聘请了法律顾问吗？", "大河镇"),
    ]:
        capsys.readouterr()
        assert main(["ask", question]) == 2
        assert fragment in capsys.readouterr().err
