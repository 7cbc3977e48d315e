"""Round coord32: 「这份报告是报给谁的」 over a report with no 主送 line says so, from the document,
instead of searching the text for 「报给谁的」 and answering 「没有找到…的内容」 as if the report were
silent on a topic. Two paraphrases over reports without one (``probe_reports_coord32``) and a
must-not over one that has it (``probe_reports_cmp24``: its 主送 line is quoted, not denied)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import main

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("question", ["东坝街道的报告是报给谁的", "小营街道这份报告报送给谁？"])
def test_no_addressee_is_said(question, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "d"))
    assert main(["ingest", str(DATA / "probe_reports_coord32")]) == 0
    capsys.readouterr()
    assert main(["ask", question]) == 0
    out = capsys.readouterr().out
    assert "开头没有写明报送机关" in out and "没有找到" not in out


def test_an_addressee_is_quoted(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "d"))
    assert main(["ingest", str(DATA / "probe_reports_cmp24" / "r1.txt")]) == 0
    capsys.readouterr()
    assert main(["ask", "松石镇的报告是报给谁的"]) == 0
    out = capsys.readouterr().out
    assert "报送给：「青川县人民政府：」" in out and "没有写明" not in out  # must-not: quoted
