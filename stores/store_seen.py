"""Knowing, without opening Chroma, that the embedded store is as a process last checked it.

Importing and opening the Chroma client is ~1 s CPU; a lexical answer from the local copy
(``snapshot``) needs nothing from Chroma but its version token, and the token lives in
Chroma. The embedded store keeps all it holds — records, the token, the log its vector
segments are built from — in one SQLite database (``chroma.sqlite3``), in rollback-journal
mode. SQLite's file format says the database header's *file change counter* (4 bytes,
big-endian, at offset 24) is incremented by every transaction that modifies the file in
that mode (in WAL mode it is not: such a database is not trusted here). So a write by any
process, of any reportqa version or of Chroma itself, changes the counter, and an
unchanged counter, file identity, size and modification time mean nothing was written.

``Catalog.refresh`` records, after it has read the token and made the local copy exactly
what the store held, the file's state as it was *before* the token was read (``look``,
taken once the client was open: opening the client writes once itself). A later process
that finds the same state holds the store's version without asking Chroma. Any doubt — no
record, another file, a journal beside it (a write in progress or interrupted), a header
that is not SQLite's rollback format, a Chroma server — is a miss: the store is opened and
asked, as before. A miss costs the opening; it is never a different answer.

The record and the local copy are two files, each written by whichever process read the
store last, and a write killed before its version bump changes what the store holds
without changing the version: so the record also names the copy it vouches for (a digest
of its records' ids, content hashes and chunk counts), and a copy another process saved
since, of the same version, is not served under it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from reportqa.ports import Held

log = logging.getLogger(__name__)

_MAGIC = b"SQLite format 3\x00"
_SIDE_FILES = ("-journal", "-wal")  # a write in progress, interrupted, or WAL mode


def sqlite_state(db: Path) -> tuple[int, ...] | None:
    """Device, inode, size, modification time and change counter of a rollback-mode SQLite
    file with no journal beside it; None when any of that is not so."""
    if any(os.path.exists(f"{db}{side}") for side in _SIDE_FILES):
        return None
    try:
        with db.open("rb") as f:
            head = f.read(100)
            st = os.fstat(f.fileno())
    except OSError:
        return None
    # bytes 18 and 19: write and read format, 1 = rollback journal, 2 = WAL
    if len(head) < 100 or not head.startswith(_MAGIC) or head[18] != 1 or head[19] != 1:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, int.from_bytes(head[24:28], "big"))


def _digest(copy: Held) -> str:
    """Which records a copy holds (~5 ms at 10 000 reports)."""
    keys = sorted(f"{i.report_id}:{i.content_hash}:{i.chunks}" for i in copy.infos)
    return hashlib.sha1("\n".join(keys).encode()).hexdigest()


@dataclass(frozen=True)
class StoreSeen:
    """The record (``path``, a small JSON file beside the local copy) of the version a
    process read from the embedded store whose database is ``db``, with the file's state."""

    path: Path
    db: Path

    def look(self) -> tuple[int, ...] | None:
        return sqlite_state(self.db)

    def save(self, copy: Held, state: tuple[int, ...] | None) -> None:
        """``copy`` (version, source, records) is what the store held in ``state``; recorded
        only with a state (else any record left is removed: it may be older)."""
        try:
            if state is None or not copy.version:
                self.path.unlink(missing_ok=True)
                return
            tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
            saved = {"version": copy.version, "source": copy.source, "state": list(state)}
            tmp.write_text(json.dumps({**saved, "copy": _digest(copy)}), encoding="utf-8")
            tmp.replace(self.path)
        except OSError as exc:  # a read-only index folder: the next process opens the store
            log.info("store version not recorded: %s", exc)

    def version(self, source: str) -> str:
        """The store's version when its file is as recorded and the record is of ``source``
        (store and embedder); "" otherwise."""
        saved = self._saved()
        if saved.get("source") != source:
            return ""
        now = self.look()
        return saved["version"] if now is not None and now == saved["state"] else ""

    def holds(self, copy: Held) -> bool:
        """Whether ``copy`` holds the records of the copy the record vouches for."""
        return self._saved().get("copy") == _digest(copy)

    def _saved(self) -> dict:
        try:
            saved = json.loads(self.path.read_text(encoding="utf-8"))
            return {
                "version": str(saved["version"]),
                "source": saved["source"],
                "state": tuple(saved["state"]),
                "copy": str(saved["copy"]),
            }
        except (OSError, ValueError, KeyError, TypeError):  # none, damaged or earlier
            return {}
