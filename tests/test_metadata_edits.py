"""Metadata corrections through the app's callback: an impossible year is refused in
Chinese before anything is written; the sidecar is never left half written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ingest.sidecar import SIDECAR
from library import build
from reportqa.errors import ReportQAError
from tests.conftest import CORPUS
from webapp.handlers import Handlers

SOURCE = "004_43a8054b3d808e27.txt"


@pytest.fixture
def folder(tmp_path) -> Path:
    """The one report whose metadata is corrected (the sidecar goes beside it)."""
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(CORPUS / SOURCE, folder / SOURCE)
    return folder


@pytest.fixture
def handlers(settings, folder) -> Handlers:
    app = build(settings)
    app.shelf.add([folder])
    return Handlers(app)


@pytest.mark.parametrize("year", ["100000000000000000000", "1e20", "²⁰²³", "２０２３", "0023"])
def test_an_impossible_year_is_refused_before_the_sidecar_changes(handlers, folder, year):
    handlers.save_metadata(SOURCE, "", "旌德县", "2022")
    before = (folder / SIDECAR).read_bytes()
    with pytest.raises(ReportQAError, match="年份"):
        handlers.save_metadata(SOURCE, "", "宣城市旌德县", year)
    assert (folder / SIDECAR).read_bytes() == before
    info = next(i for i in handlers.shelf.reports() if i.source == SOURCE)
    assert (info.year, info.county) == (2022, "旌德县")


def test_a_plausible_year_is_saved(handlers, folder):
    handlers.save_metadata(SOURCE, "", "", " 2021 ")
    assert "2021" in (folder / SIDECAR).read_text("utf-8")
    assert next(i for i in handlers.shelf.reports() if i.source == SOURCE).year == 2021
