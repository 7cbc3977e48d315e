"""Which report files are unchanged since they were committed, known without reading them.

A re-ingest of a large folder in which a few files changed used to read, clean and parse
every file to find them (the content hash is of the cleaned text): at 10 000 reports that
was most of the re-ingest's time and its memory peak. A file is now unchanged when its size
and modification time are those recorded when its report was committed — or, if only the
time moved (a copy, a ``touch``), when its bytes hash the same — and the committed report is
still the version recorded for it, complete, read by the same reading code (the sources of
``ingest/`` and ``reportqa/``, the chunking settings) with the same sidecar row. Anything
else is read as before, so the marks are only a cache: a lost or stale file costs a read.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

# a time within this of the moment it was recorded may hide a later write in the same clock
# tick (the "racy git" problem): such a file is also compared by its bytes
_RACY_NS = 2_000_000_000


@dataclass(frozen=True)
class Mark:
    size: int
    mtime_ns: int
    digest: str
    override: str  # the sidecar row the report was read with
    content_hash: str  # the committed report version it gave
    seen_ns: int  # when size and time were read


def stat_and_digest(path: Path) -> tuple[int, int, str]:
    """Size and time read before the bytes (a write after them moves the time); the bytes
    are hashed a block at a time."""
    st = path.stat()
    with path.open("rb") as f:
        dig = hashlib.file_digest(f, lambda: hashlib.blake2b(digest_size=16)).hexdigest()
    return st.st_size, st.st_mtime_ns, dig


def override_key(override: dict[str, str] | None) -> str:
    return json.dumps(override or {}, ensure_ascii=False, sort_keys=True)


@cache
def _sources_key() -> str:
    root = Path(__file__).resolve().parent.parent
    h = hashlib.blake2b(digest_size=16)
    for folder in ("ingest", "reportqa"):
        for f in sorted((root / folder).iterdir()):
            if f.suffix in (".py", ".txt", ".csv", ".json") and f.is_file():
                h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def reader_key(*settings: object) -> str:
    """The reading code and the settings that shape a report (chunk sizes, limits)."""
    return f"{_sources_key()}:{settings!r}"


class FileMarks:
    def __init__(self, path: Path, reader: str) -> None:
        self._path = path
        self._reader = reader
        self._marks: dict[str, Mark] = {}
        self._dirty = False
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))
            if saved.get("reader") == reader:
                self._marks = {k: Mark(*v) for k, v in saved["files"].items()}
        except FileNotFoundError:
            pass
        except (OSError, ValueError, TypeError, KeyError) as exc:
            log.warning("file marks unreadable, every file is read: %s", exc)

    def unchanged(self, path: Path, resolved: str, override: str, content_hash: str) -> bool:
        """True when ``path`` is known to give the committed version ``content_hash``."""
        mark = self._marks.get(resolved)
        if mark is None or (mark.override, mark.content_hash) != (override, content_hash):
            return False
        try:
            st = path.stat()
            if st.st_size != mark.size:
                return False
            if st.st_mtime_ns == mark.mtime_ns and mark.seen_ns - mark.mtime_ns > _RACY_NS:
                return True
            size, mtime, dig = stat_and_digest(path)
        except OSError:
            return False
        if (size, dig) != (mark.size, mark.digest):
            return False
        self.note(resolved, Mark(size, mtime, dig, override, content_hash, time.time_ns()))
        return True

    def changed_bytes(self, path: Path) -> int:
        """The file's size, unless its size and time are those recorded (0): a guess, from
        one ``stat``, of how much an ingest will read, before it knows the library."""
        try:
            st = path.stat()
        except OSError:
            return 0
        if not self._marks:
            return st.st_size
        mark = self._marks.get(str(path.resolve()))
        if mark is not None and (mark.size, mark.mtime_ns) == (st.st_size, st.st_mtime_ns):
            return 0
        return st.st_size

    def surely_read(self, path: Path) -> bool:
        """No mark, or a size other than the mark's: ``unchanged`` is False whatever the
        library holds, so the file is read and can be read before the library is known."""
        mark = self._marks.get(str(path.resolve()))
        try:
            return mark is None or path.stat().st_size != mark.size
        except OSError:
            return True  # the reader says what is wrong with it

    def note(self, resolved: str, mark: Mark) -> None:
        self._marks[resolved] = mark
        self._dirty = True

    def forget(self, resolved: str) -> None:
        self._dirty |= self._marks.pop(resolved, None) is not None

    def save(self) -> None:
        if not self._dirty:
            return
        self._path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._path.with_name(f"{self._path.name}.{os.getpid()}.tmp")
        files = {k: list(vars(m).values()) for k, m in self._marks.items()}
        tmp.write_text(json.dumps({"reader": self._reader, "files": files}), encoding="utf-8")
        tmp.replace(self._path)
        self._dirty = False
