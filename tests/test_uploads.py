"""Uploads through the app's callback: no report silently replaces another, and nothing
that failed stays behind in the uploads folder."""

from __future__ import annotations

import pandas as pd
import pytest

from ingest.uploads import store_upload
from library import build
from webapp.handlers import Handlers

_REPORT = (
    "{town}2025年法治政府建设情况报告\n"
    "一、主要做法\n"
    "{town}全年开展法治宣传活动{n}场，聘请律师担任法律顾问，审查合同{n}份。\n"
)


@pytest.fixture
def handlers(settings) -> Handlers:
    app = build(settings)
    return Handlers(app)


def _rows(df: pd.DataFrame) -> list[tuple[str, str]]:
    return [(r["文件"], r["结果"]) for r in df.to_dict("records")]


def test_same_name_from_two_folders_keeps_both_reports(handlers, tmp_path):
    for folder, town, n in (("甲", "东坡镇", 12), ("乙", "西岭乡", 7)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "报告.txt").write_text(_REPORT.format(town=town, n=n), "utf-8")
    first = _rows(handlers.upload([str(tmp_path / "甲" / "报告.txt")]))
    second = _rows(handlers.upload([str(tmp_path / "乙" / "报告.txt")]))
    assert first == [("报告.txt", "新增")]
    assert second == [("报告 (2).txt", "新增")]
    towns = {i.township for i in handlers.shelf.reports()}
    assert {"东坡镇", "西岭乡"} <= towns
    # the same file again is recognised, not stored a third time
    assert _rows(handlers.upload([str(tmp_path / "乙" / "报告.txt")])) == [("报告 (2).txt", "未变")]
    assert len(handlers.shelf.reports()) == 2


def test_names_that_sanitise_alike_keep_both(handlers, tmp_path):
    a, b = tmp_path / "年报#1.txt", tmp_path / "年报&1.txt"
    a.write_text(_REPORT.format(town="南湖镇", n=3), "utf-8")
    b.write_text(_REPORT.format(town="北山乡", n=4), "utf-8")
    rows = _rows(handlers.upload([str(a), str(b)]))
    assert rows == [("年报_1.txt", "新增"), ("年报_1 (2).txt", "新增")]
    assert {"南湖镇", "北山乡"} <= {i.township for i in handlers.shelf.reports()}


def test_failed_uploads_do_not_stay_in_the_uploads_folder(handlers, tmp_path):
    bad, good = tmp_path / "空白.txt", tmp_path / "正常.txt"
    bad.write_text("  \n\n", "utf-8")
    good.write_text(_REPORT.format(town="东坡镇", n=5), "utf-8")
    rows = dict(_rows(handlers.upload([str(bad), str(good)])))
    assert rows == {"空白.txt": "失败", "正常.txt": "新增"}
    assert sorted(p.name for p in handlers.settings.uploads_dir.iterdir()) == ["正常.txt"]


def test_store_upload_numbers_only_different_content(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("一", "utf-8")
    dest = tmp_path / "uploads"
    assert store_upload(src, dest).name == "a.txt"
    assert store_upload(src, dest).name == "a.txt"
    src.write_text("二", "utf-8")
    assert store_upload(src, dest).name == "a (2).txt"
    src.write_text("三", "utf-8")
    assert store_upload(src, dest).name == "a (3).txt"
    assert sorted(p.read_text("utf-8") for p in dest.iterdir()) == ["一", "三", "二"]
