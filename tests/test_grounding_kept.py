"""``Grounding._anywhere`` (does any report spell a string) is kept per index version: an
ingest or a removal changes the answer at once (``retrieval.grounding``)."""

from __future__ import annotations

import shutil
from pathlib import Path

from library.compose import build
from reportqa.settings import Settings

DATA = Path(__file__).parent / "data" / "probe_reports_perfq24"


def test_kept_spelling_test_follows_ingest_and_removal(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    shutil.copy(DATA / "r2.txt", first / "r2.txt")  # 石门乡: lectures, no legal adviser
    shutil.copy(DATA / "r1.txt", second / "r1.txt")  # 枫林镇: 常年法律顾问
    app = build(Settings(data_dir=tmp_path / "d"))
    app.shelf.add([first])
    grounding = app.retriever.grounding
    app.catalog.refresh()
    assert grounding._anywhere(("法律知识讲座",))
    assert not grounding._anywhere(("常年法律顾问",))
    app.shelf.add([second])
    app.catalog.refresh()
    assert grounding._anywhere(("常年法律顾问",))  # the new report, not the kept "no"
    app.shelf.remove(app.shelf.find("r1.txt").source)
    app.catalog.refresh()
    assert not grounding._anywhere(("常年法律顾问",))
    assert grounding._anywhere(("法律知识讲座",))
