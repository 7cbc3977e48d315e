"""perfi22: the chunk ids an ingest worker makes with the parse are the ids the ingest process
made itself (``Pending.chunks``) and the tokenising job made again (``finish``); ids made for
another version of the report are never taken (the process makes its own)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from ingest.limits import LoadLimits
from ingest.pending import ChunkIds, Pending
from ingest.versions import report_info
from ingest.workers import ParseSpec, finish, parse_file
from reportqa.text import Tokenizer
from reportqa.types import Chunk, Report
from stores.token_cache import TokenCache

ROOT = Path(__file__).resolve().parents[1]
# the seed reports and one set of real portal pages
FILES = (
    sorted((ROOT / "corpus").glob("*.txt"))
    + sorted((ROOT / "tests/data/blind3/web_real").glob("*.txt"))[:6]
)
SPEC = ParseSpec(LoadLimits(), 800, 80, ids=True)


def _pending(path: Path) -> tuple[Pending, Pending]:
    """The report as a worker read it, with its ids and without."""
    one = parse_file(path, None, SPEC)
    assert one.values is not None and one.ids is not None
    info = report_info(path, one.text, one.values, one.sources or {})
    report = Report(info.with_chunks(len(one.spans)), one.text)
    return (
        Pending(report, list(one.spans), "added", ids=one.ids),
        Pending(report, list(one.spans), "added"),
    )


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_ids_made_ahead_are_the_ids_made_here(path):
    ahead, here = _pending(path)
    assert ahead.ids is not None and len(ahead.ids.ids) == len(ahead.spans) > 0
    assert ahead.chunks() == here.chunks()  # ids, texts, spans, section paths
    info, text = here.report.info, here.report.text
    version = f"{info.report_id}-{info.content_hash}"
    assert [c.id for c in ahead.chunks()] == [
        Chunk.make_id(version, s, e, text[s:e]) for _, s, e in here.spans
    ]


def test_ids_of_another_version_are_not_taken():
    ahead, here = _pending(FILES[0])
    assert ahead.ids is not None
    stale = ChunkIds(ahead.ids.version + "0", tuple(f"x{i}" for i in range(len(ahead.spans))))
    other = replace(ahead, ids=stale)
    assert stale.of(here.report.info) is None
    assert other.chunks() == here.chunks()


def test_the_token_file_is_the_same_with_ids_made_ahead(tmp_path):
    ahead, _ = _pending(FILES[0])
    info, text = ahead.report.info, ahead.report.text
    assert ahead.ids is not None
    tok = Tokenizer()
    files = []
    for name, job in (
        ("own", (info.report_id, info.content_hash, text, ahead.spans)),
        ("ahead", (info.report_id, info.content_hash, text, ahead.spans, ahead.ids.of(info))),
    ):
        cache = TokenCache(tmp_path / name)
        _, _, held = finish(job, tok, (cache, None), hold=True)
        assert held is not None and held.ids == ahead.ids.ids
        files.append(next((tmp_path / name).glob("*.json")).read_bytes())
    assert files[0] == files[1]
    assert list(json.loads(files[0])) == list(ahead.ids.ids)
