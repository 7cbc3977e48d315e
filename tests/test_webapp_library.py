"""The library tab's callbacks: readable names, the metadata editor, upload, delete (each
test that changes the library builds its own on a copy of the corpus)."""

from __future__ import annotations

import re
import shutil

import pytest

from ingest.sidecar import SIDECAR, read_sidecar
from ingest.uploads import safe_name
from reportqa.errors import ReportQAError
from tests import webapp_support
from tests.conftest import CORPUS
from tests.webapp_support import (
    HOSTILE,
    XINJI,
    _result_rows,
)

# the shared fixtures, bound here so pytest finds them
handlers = webapp_support.handlers
fresh = webapp_support.fresh


# ---- library: names, editor, upload, delete, metadata ----------------------------------


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
    fresh.shelf.add([blank])
    *_, unsure = fresh.current_metadata("无名报告.txt")
    assert "year" in unsure


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
    info = next(i for i in fresh.shelf.reports() if i.source == XINJI)
    assert (info.township, info.county, info.year) == ("新集乡", "鲁山县", 2022)
    assert read_sidecar(corpus_copy)[XINJI] == {"township": "新集乡", "year": "2022"}
    assert (corpus_copy / SIDECAR).exists()
    assert "新集乡" in fresh.choices()[0] and "2022" in fresh.choices()[1]

    # the correction survives a re-ingest
    fresh.shelf.add([corpus_copy])
    info = next(i for i in fresh.shelf.reports() if i.source == XINJI)
    assert info.township == "新集乡"

    with pytest.raises(ReportQAError, match="年份"):
        fresh.save_metadata(XINJI, "", "", "二〇二三")
    with pytest.raises(ReportQAError, match="没有文件"):
        fresh.save_metadata("nope.txt", "某乡", "", "")
