"""What the fan-out reads of a chunk alone, worked out once per library version and kept on
disk beside the lexical index.

Why: a which-question judges the candidate sentences of thousands of chunks, and the first
time a process meets a chunk it works out facts that depend on the chunk alone — where its
sentences end, which of them are headings, each sentence as it is read under its headings
(``judging._as_read``: the heading before it, a section denying its topic, a set phrase's
purposes left out). ~45 µs a chunk: a fresh heavy question at 10 000 reports meets 4 600–7 600
chunks, 120–330 ms of its judging (perf62). The process that writes the lexical index
works them out for every chunk (~6 s at 10 000 reports) and saves them here; a process
that opens the library reads a chunk's record when the fan-out first reads the chunk
(a few µs).

Never a wrong answer: the file names the index version it was built for and a stamp of the
code that built it (every source file of ``retrieval`` and ``reportqa``, OpenCC's version,
the format). A file of another version or another code is not used — the fan-out works the
facts out as before, and the log says so once. A chunk whose simplified text is not the
length it had when built (OpenCC changed under the same stamp) is worked out as before too.

A row's record (``marshal``): its text's length, its sentence ends, its heading sentences
(``fanout_sentences.heading_spans``), per sentence start how it is read — -1 a bare heading
(None), -2 the sentence as it stands, k ≥ 0 heading k, a line break, the sentence; any
other reading as a string — and the distinct headings. A sentence's reading is made when
the fan-out asks for it (most chunks have one or two candidate sentences of ~7).
"""

from __future__ import annotations

import hashlib
import json
import logging
import marshal
import mmap
import os
import zlib
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import BinaryIO

import numpy as np

from reportqa.text import to_simplified
from reportqa.types import Chunk
from retrieval.fanout_sentences import heading_spans
from retrieval.judging import Coded, _as_read, _lines, coded_as_read
from retrieval.term_sentences import sentence_ends

log = logging.getLogger(__name__)

FORMAT = 1
Facts = tuple[list[int], tuple[tuple[int, int], ...], dict[int, str | None]]


def spans(text: str, ends: Sequence[int]) -> list[tuple[int, int]]:
    """(start, end) of every sentence of ``text`` cut at ``ends``: where a candidate
    sentence found at any position starts and ends (``fanout_sentences.Candidates``)."""
    size, out, seen = len(text), [], set()
    for s in (0, *ends):
        if s >= size or s in seen:
            continue
        seen.add(s)
        i = bisect_right(ends, s)
        out.append((s, ends[i] if i < len(ends) else size))
    return out


def compute(text: str, path: str) -> Facts:
    """The facts of a chunk (its simplified text and section path), as the fan-out works
    them out when it meets it: sentence ends, heading sentences, every sentence as read."""
    ends = sentence_ends(text)
    lines, sections = _lines(text), {}
    read = {s: _as_read(text, s, e, path, lines, sections) for s, e in spans(text, ends)}
    return ends, heading_spans(text, ends), read


def encode(text: str, facts: Facts) -> bytes:
    ends, heads_at, read = facts
    headings: dict[str, int] = {}
    codes: dict[int, int | str] = {}
    for s, e in spans(text, ends):
        got, sentence = read[s], text[s:e]
        if got is None:
            codes[s] = -1
        elif got == sentence:
            codes[s] = -2
        elif got.endswith("\n" + sentence):
            codes[s] = headings.setdefault(got[: -len(sentence) - 1], len(headings))
        else:
            codes[s] = got
    return marshal.dumps((len(text), ends, heads_at, codes, tuple(headings)))


def decode(text: str, record: bytes) -> tuple[list[int], tuple, Coded] | None:
    """A row's sentence ends, heading sentences and its sentences' readings as coded (read
    one by one, ``judging.coded_as_read``); None when ``text`` is not the text it was built on."""
    size, ends, heads_at, codes, headings = marshal.loads(record)
    if size != len(text):
        return None
    return ends, heads_at, (codes, headings)


def read_all(text: str, record: bytes) -> Facts | None:
    """Every sentence as read, from a row's record (what ``compute`` gives)."""
    got = decode(text, record)
    if got is None:
        return None
    ends, heads_at, coded = got
    return ends, heads_at, {s: coded_as_read(text, s, e, coded) for s, e in spans(text, ends)}


@cache
def stamp() -> str:
    """The code that works the facts out: every file of ``retrieval`` and ``reportqa`` (what
    ``judging._as_read`` imports reaches most of both), OpenCC's version and the format."""
    from importlib import metadata  # (only here: an opening that reads no facts pays nothing)

    h = hashlib.sha1(f"{FORMAT} {metadata.version('opencc')}".encode())
    here = Path(__file__).resolve().parent
    for package in (here, here.parent / "reportqa"):
        for f in sorted(package.rglob("*")):
            if f.suffix in (".py", ".txt") and "__pycache__" not in f.parts:
                h.update(f"\0{f.relative_to(package.parent).as_posix()}\0".encode())
                h.update(f.read_bytes())
    return h.hexdigest()


def _key(chunk: Chunk) -> int:
    """What a chunk's facts are worked out from, as a checksum of its raw text and path."""
    return zlib.crc32("\0".join((chunk.text, *chunk.section_path)).encode())


def simplified(chunk: Chunk) -> tuple[str, str]:
    """A chunk's text and section path as the fan-out reads them (``HybridRetriever.simple``)."""
    return to_simplified(chunk.text), to_simplified(" ".join(chunk.section_path))


class ChunkFacts:
    """The facts of one lexical-index version's chunks, on disk in ``directory``.

    ``fresh`` and ``swap`` write the folder beside it and swap it in whole (the composition
    root passes ``stores.folder_swap``'s): a crash mid-write leaves the old facts, and this
    floor chooses no adapter itself (the house plan, ``tests/test_layers.py``)."""

    def __init__(
        self,
        directory: Path,
        fresh: Callable[[Path], Path],
        swap: Callable[[Path, Path], None],
    ) -> None:
        self._dir = directory
        self._fresh, self._swap = fresh, swap
        self.version = ""
        self._offsets = np.zeros(1, dtype=np.int64)
        self._file: BinaryIO | None = None  # closed when no reader holds it any more
        self._said = ""  # the version the log was last told about

    def forget(self) -> None:
        self.version, self._offsets, self._file = "", np.zeros(1, dtype=np.int64), None

    def build(self, version: str, chunks: Sequence[Chunk]) -> None:
        """Every chunk's facts (row order) saved under ``version``: a chunk the saved facts
        hold under the same id, raw text and path (a removal, a metadata correction, a 1 %
        update leave most chunks as they were) is copied from them, the rest worked out."""
        self.forget()
        old_rows, old_offsets, old_keys, old_blob = self._saved()
        tmp = self._fresh(self._dir)
        offsets, keys, copied = [0], [], 0
        with (tmp / "facts.bin").open("wb") as f:
            for chunk in chunks:
                key = _key(chunk)
                i = old_rows.get(chunk.id)
                if i is not None and old_keys[i] == key:
                    record, copied = old_blob[old_offsets[i] : old_offsets[i + 1]], copied + 1
                else:
                    text, path = simplified(chunk)
                    record = encode(text, compute(text, path))
                f.write(record)
                offsets.append(offsets[-1] + len(record))
                keys.append(key)
        if isinstance(old_blob, mmap.mmap):
            old_blob.close()
        np.save(tmp / "offsets.npy", np.asarray(offsets, dtype=np.int64))
        np.save(tmp / "keys.npy", np.asarray(keys, dtype=np.uint32))
        (tmp / "ids.json").write_text(json.dumps([c.id for c in chunks]), encoding="utf-8")
        manifest = {"version": version, "stamp": stamp(), "rows": len(offsets) - 1}
        (tmp / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
        self._swap(tmp, self._dir)
        log.info("chunk facts: %d rows (%d as saved), %d bytes", len(chunks), copied, offsets[-1])
        self.load(version)

    def _saved(self) -> tuple[dict[str, int], np.ndarray, list[int], mmap.mmap | bytes]:
        """The saved facts by chunk id, when built by this code (else nothing to copy)."""
        try:
            manifest = json.loads((self._dir / "manifest.json").read_text(encoding="utf-8"))
            if manifest.get("stamp") != stamp():
                raise ValueError("other code")
            ids = json.loads((self._dir / "ids.json").read_text(encoding="utf-8"))
            offsets = np.load(self._dir / "offsets.npy")
            keys = np.load(self._dir / "keys.npy").tolist()
            if not len(ids) == len(keys) == len(offsets) - 1:
                raise ValueError("inconsistent")
            blob: mmap.mmap | bytes = b""
            if offsets[-1]:
                with (self._dir / "facts.bin").open("rb") as f:
                    blob = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError, KeyError):
            return {}, np.zeros(1, dtype=np.int64), [], b""
        return {cid: i for i, cid in enumerate(ids)}, offsets, keys, blob

    def load(self, version: str) -> bool:
        """Open the saved facts if they are of ``version`` and this code; False otherwise
        (the fan-out then works them out as it meets each chunk, as without the file)."""
        if version == self.version:
            return True
        self.forget()
        why = ""
        try:
            manifest = json.loads((self._dir / "manifest.json").read_text(encoding="utf-8"))
            if manifest.get("version") != version:
                why = "built for another version of the library"
            elif manifest.get("stamp") != stamp():
                why = "built by other code"
            else:
                offsets = np.load(self._dir / "offsets.npy")
                if len(offsets) != manifest["rows"] + 1:
                    why = "inconsistent"
        except FileNotFoundError:
            why = "none saved"
        except (OSError, ValueError, KeyError) as exc:
            why = f"unreadable ({exc})"
        if why:
            if self._said != version:
                log.info("chunk facts not used (%s): worked out as chunks are met", why)
                self._said = version
            return False
        try:
            # read record by record (``os.pread``), not mapped: the pages read stay in the
            # page cache, not in the process's memory (a map's pages counted ~40 MB at 10k)
            self._file = (self._dir / "facts.bin").open("rb", buffering=0)
        except OSError as exc:
            log.info("chunk facts not used (unreadable: %s): worked out as chunks are met", exc)
            return False
        self._offsets, self.version = offsets, version
        return True

    def reader(self, version: str, rows: int) -> Callable[[int, str], tuple | None] | None:
        """``row, its simplified text -> its facts`` for ``version`` (``rows`` chunks), or
        None when no facts of that version are open."""
        if self.version != version or len(self._offsets) != rows + 1:
            return None
        offsets, file = self._offsets, self._file  # the file stays open while read
        fd = file.fileno()

        def facts(row: int, text: str, _file: BinaryIO = file) -> tuple | None:
            start = int(offsets[row])
            return decode(text, os.pread(fd, int(offsets[row + 1]) - start, start))

        return facts
