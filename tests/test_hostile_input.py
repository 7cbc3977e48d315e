"""Inputs built to hurt: huge unpunctuated text, decompression bombs. Each must end in a
bounded time and memory with a per-file result, never a stuck ingest."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pypdf

from ingest.clean import clean_text
from ingest.limits import LoadLimits
from ingest.loaders import load_text
from reportqa.locking import index_lock
from reportqa.settings import REPO_ROOT
from tests.conftest import CORPUS

_LINE = "全镇持续深化基层依法治理工作机关干部带头学法用法并推进基层治理现代化建设"  # unterminated


def _cli(env: dict, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cli", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_broken_lines_join_and_titles_stay_apart():
    raw = (
        "某某镇人民政府关于二〇二五年度依法行政工作情况的报告\n"
        "一、主要做法\n"
        "全体镇机关干部参加了年度学法考试，参考率达到百分之百，合格率也保持在较高水\n"
        "平，\n"
        "领导干部带头讲法。\n"
        "二、存在问题\n"
    )
    assert clean_text(raw).split("\n") == [
        "某某镇人民政府关于二〇二五年度依法行政工作情况的报告",
        "一、主要做法",
        "全体镇机关干部参加了年度学法考试，参考率达到百分之百，合格率也保持在较高水平，"
        "领导干部带头讲法。",
        "二、存在问题",
    ]
    # a short unterminated line is a heading-like line, not a broken paragraph
    assert clean_text("工作总体情况\n全年办结案件十件。") == "工作总体情况\n全年办结案件十件。"


def test_a_10_mb_unpunctuated_report_ingests_in_bounded_time(tmp_path):
    """Every line is long (36 characters) and unterminated, so all of them join into one paragraph: joining
    used to re-read the whole paragraph per line (3.2 MB: 58 s, 10 MB: ~10 min). Linear,
    the whole CLI ingest of 10 MB takes ~12 s here; the bound is ten times that."""
    count = 10 * 1024 * 1024 // (3 * (len(_LINE) + 1))
    report = tmp_path / "长报告.txt"
    report.write_text("某某镇2025年法治政府建设情况报告\n" + "\n".join([_LINE] * count), "utf-8")
    env = {**os.environ, "REPORTQA_DATA_DIR": str(tmp_path / "data")}
    proc = _cli(env, "ingest", str(report), "--json", timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout)
    assert result["added"] == 1 and result["reports"][0]["chunks"] > 1000


def _docx_bomb(path: Path, unpacked_mb: int) -> None:
    """A real .docx whose document.xml is rewritten to ``unpacked_mb`` of paragraphs."""
    document = docx.Document()
    document.add_paragraph("某某镇法治政府建设情况报告")
    buf = io.BytesIO()
    document.save(buf)
    para = "<w:p><w:r><w:t>依法行政工作稳步推进</w:t></w:r></w:p>".encode()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info, src.read(info))
                continue
            head, tail = src.read(info).split(b"<w:body>")
            with dst.open("word/document.xml", "w", force_zip64=True) as out:
                out.write(head + b"<w:body>")
                block = para * 1000
                for _ in range(unpacked_mb * 1024 * 1024 // len(block)):
                    out.write(block)
                out.write(tail)


# A child's ru_maxrss includes what its parent held when it forked (Linux keeps the high-water
# mark across exec), so a test run that has grown to 1.5 GB would be charged to the ingest. A
# small launcher forks the ingest itself and reports the grandchild's own peak.
_LAUNCHER = """
import json, os, subprocess, sys
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
out = proc.stdout.read()
_pid, _status, usage = os.wait4(proc.pid, 0)
sys.stdout.write(json.dumps({"out": out.decode("utf-8"), "peak_kb": usage.ru_maxrss}))
"""


def _ingest_measured(env: dict, folder: Path) -> tuple[dict, int]:
    """CLI ingest of ``folder``: its JSON result and its own peak RSS in MB."""
    cmd = [sys.executable, "-m", "cli", "ingest", str(folder), "--json"]
    done = subprocess.run(
        [sys.executable, "-c", _LAUNCHER, *cmd],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        check=True,
    )
    report = json.loads(done.stdout)
    return json.loads(report["out"]), report["peak_kb"] // 1024


def test_a_docx_bomb_fails_alone_within_bounded_memory(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    _docx_bomb(folder / "炸弹.docx", 400)
    assert (folder / "炸弹.docx").stat().st_size < 3 * 1024 * 1024
    shutil.copy(CORPUS / "002_30bf7c57dd8ee9d1.txt", folder / "峡口.txt")
    env = {**os.environ, "REPORTQA_DATA_DIR": str(tmp_path / "data")}
    result, peak_mb = _ingest_measured(env, folder)
    assert result["added"] == 1
    [failed] = result["failed"]
    assert failed["source"].endswith("炸弹.docx") and "解压后过大" in failed["error"]
    assert peak_mb < 1000, peak_mb  # python-docx on the 400 MB part: ~2.5 GB
    with index_lock(tmp_path / "data", wait_seconds=0.1):  # the lock is free again
        pass


def test_an_ordinary_docx_is_within_the_limits(tmp_path):
    path = tmp_path / "正常.docx"
    _docx_bomb(path, 1)
    text = load_text(path, limits=LoadLimits.from_mb(20, 50, 2000, 20))
    assert text.count("依法行政工作稳步推进") > 10_000


def test_pdf_page_and_text_limits_are_settings(tmp_path):
    writer = pypdf.PdfWriter()
    for _ in range(30):
        writer.add_blank_page(595, 842)
    folder = tmp_path / "reports"
    folder.mkdir()
    with (folder / "页数多.pdf").open("wb") as fh:
        writer.write(fh)
    _docx_bomb(folder / "字数多.docx", 5)
    env = {
        **os.environ,
        "REPORTQA_DATA_DIR": str(tmp_path / "data"),
        "REPORTQA_MAX_PDF_PAGES": "20",
        "REPORTQA_MAX_TEXT_MB": "0.5",
    }
    proc = _cli(env, "ingest", str(folder))
    assert proc.returncode == 1
    assert "页数过多（30 页，上限 20 页）" in proc.stdout
    assert "字数多.docx: 提取出的文字过多" in proc.stdout
