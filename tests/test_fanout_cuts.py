"""Fan-out keeps each supporting sentence cut out as a chunk per index version
(``retrieval.judging.supporting_hits``) and the answer keeps each unit's label and verdict
(``answering.extractive._label``, ``reportqa.answer.verdicts``): none of them may outlive a
correction of the report's metadata, which changes no text and no index version."""

from __future__ import annotations

import shutil

from answering.collector import collector_paused
from library import build
from reportqa.settings import REPO_ROOT, Settings

QUESTION = "哪个乡镇提到了“枫桥经验”？"  # one seed report says it; the others are silent


def _supporting(retriever):
    return [e for e in retriever.fan_out(retriever.analyze(QUESTION)) if e.supported]


def test_a_cut_sentence_follows_a_metadata_correction(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(REPO_ROOT / "corpus", corpus)
    settings = Settings(data_dir=tmp_path / "data")
    app = build(settings)
    app.shelf.add([corpus])
    first = _supporting(app.retriever)
    assert first and all(h.chunk.info == e.info for e in first for h in e.hits)
    again = _supporting(app.retriever)
    assert [h.chunk for e in again for h in e.hits] == [h.chunk for e in first for h in e.hits]
    before = app.service.ask(QUESTION).to_json()

    source = first[0].info.source
    app.shelf.correct(source, "虚构镇", "", "2019")  # a made-up unit and year
    after = _supporting(app.retriever)
    hits = [h for e in after for h in e.hits if e.info.source == source]
    assert hits and all(h.chunk.info.township == "虚构镇" for h in hits)
    assert all(h.chunk.info.year == 2019 for h in hits)

    answer = app.service.ask(QUESTION).to_json()
    cited = [c for c in answer["citations"] if c["source"] == source]
    assert cited and all(c["township"] == "虚构镇" and c["year"] == 2019 for c in cited)
    assert "虚构镇" in answer["answer"] and "虚构镇" not in before["answer"]
    assert {"unit": "虚构镇", "verdict": "supported"} in answer["units"]

    other = build(settings).service  # another process gives the same answer
    with collector_paused():
        assert other.ask(QUESTION).to_json() == answer
