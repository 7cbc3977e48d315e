"""``stores.store_seen``: the embedded store's SQLite file vouches that nothing was written
only in rollback-journal mode, with no journal beside it, and its state changes with every
committed write (the file change counter), whoever makes it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

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
    seen.save("v1", "src", seen.look())
    assert seen.version("src") == "v1"
    assert seen.version("another embedder") == ""
    _write(db)
    assert seen.version("src") == ""
    seen.save("v2", "src", None)  # a state that could not vouch removes the record
    assert not seen.path.exists()
