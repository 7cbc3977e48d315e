"""Fan-out keeps the verdict on a report with no candidate sentence per report and index
version (``HybridRetriever._silent``): it must never outlive a change to the report's
metadata, and must be the same verdict a fresh process reaches."""

from __future__ import annotations

import shutil

from library import build
from reportqa.settings import REPO_ROOT, Settings

QUESTION = "哪个乡镇提到了“枫桥经验”？"  # one seed report says it; the others are silent


def _silent(retriever):
    return {
        e.info.source: e
        for e in retriever.fan_out(retriever.analyze(QUESTION))
        if not e.supported and not e.hits
    }


def test_a_silent_verdict_follows_a_metadata_correction(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO_ROOT / "corpus", corpus)
    settings = Settings(data_dir=tmp_path / "data")
    app = build(settings)
    app.shelf.add([corpus])
    first = _silent(app.retriever)
    assert first and all(e.reason == "未提及" and e.score == 0.0 for e in first.values())
    source = sorted(first)[0]
    assert _silent(app.retriever)[source] == first[source]  # asked again: the same verdict

    app.shelf.correct(source, "虚构镇", "", "2019")  # a made-up unit and year
    after = _silent(app.retriever)[source]
    assert (after.info.township, after.info.year) == ("虚构镇", 2019)
    assert after.reason == "未提及" and after.info == app.catalog.infos[after.info.report_id]

    other = build(settings).retriever  # another process reaches the same verdicts
    assert _silent(other) == _silent(app.retriever)
