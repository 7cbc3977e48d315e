"""Review of round perf45 (``stores.store_seen``): the record that lets a reader skip opening
Chroma must only ever vouch for a local copy that is what the store held in the recorded
state. A write killed after its records and before its version bump changes what the store
holds but not its version; a process that then re-reads the store at that same version (an
ingest in it that added nothing) must not record the new state beside the old copy.

Over three invented reports (``tests/data/probe_reports_perf35``) and a fourth written by a
writer process killed before its version bump; what fresh reading processes then serve.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from library import build
from reportqa.answer_json import answer_json
from reportqa.settings import Settings
from stores.snapshot import ChunkSnapshot
from tests.probe_kit import in_fresh_process, run_fresh
from tests.test_probes_perf45 import DATA, NEW, _supported

# the writer: an ordinary ingest whose process dies where the version bump would be
_KILLED = """
import os, sys
from pathlib import Path
from library import build
from reportqa.settings import Settings
from stores.snapshot import ChunkSnapshot
from stores.chroma import ChromaStore
ChromaStore._bump = lambda self: os._exit(3)
build(Settings(data_dir=Path(sys.argv[1]), llm_base_url="")).shelf.add([Path(sys.argv[2])])
"""

_LISTS = """
import json, sys
from pathlib import Path
from library import build
from reportqa.settings import Settings
from stores.snapshot import ChunkSnapshot
app = build(Settings(data_dir=Path(sys.argv[1]), llm_base_url=""))
print(json.dumps({"listed": sorted(i.source for i in app.catalog.reports())}))
"""


def _listed(data_dir: Path) -> list[str]:
    """The reports a fresh reading process serves."""
    return in_fresh_process(_LISTS, str(data_dir))["listed"]


def _shelved(tmp_path: Path) -> tuple[Path, Path, Settings]:
    """The probe reports shelved in a fresh library, and a folder holding one more report
    that a later write adds: (reports folder, the other folder, the library's settings)."""
    folder, other = tmp_path / "reports", tmp_path / "other"
    shutil.copytree(DATA, folder)
    other.mkdir()
    (other / "r4.txt").write_text(NEW, encoding="utf-8")
    settings = Settings(data_dir=tmp_path / "data", llm_base_url="")
    build(settings).shelf.add([folder])
    return folder, other, settings


def test_a_no_op_ingest_after_a_killed_write_does_not_vouch_for_the_old_copy(tmp_path):
    folder, other, settings = _shelved(tmp_path)
    app = build(settings)  # a long-running process (the web app) serving the local copy
    assert _supported(answer_json(app.service.ask("哪些乡镇聘请了法律顾问？", []))) == {"白沙镇"}

    done = run_fresh(_KILLED, str(settings.data_dir), str(other))
    assert done.returncode == 3, done.stderr[-2000:]  # records written, version not bumped

    app.shelf.add([folder])  # nothing new: the store is re-read at the same version
    fresh = _listed(settings.data_dir)  # a fresh reader lists what the store holds
    assert fresh == ["r1.txt", "r2.txt", "r3.txt", "r4.txt"]
    assert _listed(settings.data_dir) == fresh  # and so does the one after it


def test_a_late_copy_of_the_same_version_is_not_vouched_for(tmp_path):
    """The record and the local copy are two files, written by whichever process read the
    store last; the version pairs them, but a write killed before its bump changes what
    the store holds at the same version. A reader that read before such a write and saves
    its copy after one that read after it (a slow first read of a large library) must not
    be served under the other's record."""
    _, other, settings = _shelved(tmp_path)
    copy = ChunkSnapshot(settings.index_dir / "chunks.pkl")
    slow = copy.load()  # what the slow reader read, before the write below

    done = run_fresh(_KILLED, str(settings.data_dir), str(other))
    assert done.returncode == 3, done.stderr[-2000:]  # records written, version not bumped
    listed = ["r1.txt", "r2.txt", "r3.txt", "r4.txt"]
    assert _listed(settings.data_dir) == listed  # a reader after it: copy and record saved
    copy.save(slow)  # the slow reader's copy lands last
    assert _listed(settings.data_dir) == listed
