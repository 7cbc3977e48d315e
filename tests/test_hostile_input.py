"""Inputs built to hurt: huge unpunctuated text, decompression bombs. Each must end in a
bounded time and memory with a per-file result, never a stuck ingest."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from ingest.clean import clean_text
from reportqa.settings import REPO_ROOT

_LINE = "全镇持续深化基层依法治理工作机关干部带头学法用法并推进基层治理现代化建设"  # unterminated


def _cli(env: dict, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reportqa.cli", *args],
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
