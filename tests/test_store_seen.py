"""``stores.store_seen``: the embedded store's SQLite file vouches that nothing was written
only in rollback-journal mode, with no journal beside it, and its state changes with every
committed write (the file change counter), whoever makes it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reportqa.ports import Held
from reportqa.types import ReportInfo
from stores.store_seen import StoreSeen, sqlite_state


def _db(path: Path, mode: str = "delete") -> Path:
    with sqlite3.connect(path) as con:
        con.execute(f"pragma journal_mode={mode}")
        con.execute("create table t (k text)")
    return path


def _write(path: Path) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute("insert into t values ('x')")
    con.close()


def test_every_committed_write_changes_the_state(tmp_path):
    db = _db(tmp_path / "chroma.sqlite3")
    before = sqlite_state(db)
    assert before is not None
    con = sqlite3.connect(db)
    con.execute("select count(*) from t").fetchall()  # a read changes nothing
    con.close()
    assert sqlite_state(db) == before
    _write(db)
    assert sqlite_state(db) not in (None, before)
    assert sqlite_state(db)[4] == before[4] + 1  # the header's change counter


def test_no_state_to_vouch_for(tmp_path):
    assert sqlite_state(tmp_path / "missing.sqlite3") is None
    wal = _db(tmp_path / "wal.sqlite3", "wal")  # WAL mode does not count its writes
    assert sqlite_state(wal) is None
    db = _db(tmp_path / "chroma.sqlite3")
    Path(f"{db}-journal").write_bytes(b"")  # a write in progress or interrupted
    assert sqlite_state(db) is None
    (tmp_path / "other.sqlite3").write_bytes(b"not a database" * 10)
    assert sqlite_state(tmp_path / "other.sqlite3") is None


def test_the_recorded_version_only_while_nothing_was_written(tmp_path):
    db = _db(tmp_path / "chroma.sqlite3")
    seen = StoreSeen(tmp_path / "store_seen.json", db)
    assert seen.version("src") == ""  # no record
    copy = Held("v1", [_info("a", "h1")], source="src")
    seen.save(copy, seen.look())
    assert seen.version("src") == "v1"
    assert seen.version("another embedder") == ""
    assert seen.holds(copy)
    # another copy of the same version (a write killed before its version bump between
    # two readers' reads, the other's copy saved last) is not the one vouched for
    assert not seen.holds(Held("v1", [_info("a", "h1"), _info("b", "h2")], source="src"))
    assert not seen.holds(Held("v1", [_info("a", "h9")], source="src"))
    _write(db)
    assert seen.version("src") == ""
    seen.save(Held("v2", [], source="src"), None)  # a state that cannot vouch: no record
    assert not seen.path.exists()
    seen.path.write_text('{"version": "v1", "source": "src", "state": []}')  # perf45's
    assert seen.version("src") == "" and not seen.holds(copy)


def _info(report_id: str, content_hash: str) -> ReportInfo:
    return ReportInfo(report_id, f"{report_id}.txt", "", "", "", "乡镇", 2024, content_hash)
