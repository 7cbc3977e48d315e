"""Per pair of adjacent characters, the chunk rows whose simplified text holds it.

Why this exists: a which-question asks which chunks hold each of its strings (开展, 法律顾问,
宪法宣传周 …). At 10 000 reports the first time a string is asked every candidate chunk's
text was read and searched — ~0.1 s of CPU per common string, seconds per fresh question.
Two facts about Chinese text make a character-pair index answer that cheaply and exactly:

- Chinese words are short strings of characters with no spaces, so a string of two or more
  characters is found only in a chunk holding every adjacent pair of its characters; the
  chunks holding all of a string's pairs are a small superset of those holding the string,
  and for a two-character string (most of the everyday words asked: 开展, 法治, 宣传) they
  are exactly those chunks, with no text read at all;
- which pairs a chunk holds is a fact about the library, settled when it is ingested: it is
  built once by the process that writes the lexical index (a few seconds at 10 000 reports)
  and kept on disk beside it under the same version, so any process that opens the library
  later reads it without building (memory-mapped: only the pairs asked are read).

Rows are built in segments of ``_SEGMENT`` rows (each sorted by pair, then row), which bounds
the memory of a build; a pair's rows are its rows in each segment in turn, so they stay in
ascending order. A row is kept as its 16-bit place within its segment: a common pair's rows
(法治 stands in most chunks) are read from the mapped file, and every page read counts in the
reading process's memory, so half the bytes is half the pages a question touches. Pairs holding the separator (NUL) are not indexed; a string holding it, or
shorter than two characters, is not answered here (the caller reads the texts as before).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from reportqa.text import to_simplified
from reportqa.types import Chunk
from stores.folder_swap import fresh_folder, swap_in

log = logging.getLogger(__name__)

_SEGMENT = 1 << 12  # rows per segment (≤ 1 << 16: a row's place is 16 bits; bounds temporaries)
_ROW_BITS = 20  # a row within its segment, below the pair in one 64-bit key
_SEP = "\x00"
_FILES = ("keys", "starts", "rows", "bounds")
_FORMAT = 3  # 2: keys without their segment; 3: a key is segment << 42 | pair
_PAIR_BITS = 42


def _pairs(text: str) -> np.ndarray:
    """The distinct pair keys of ``text`` (first character's code << 21 | second's)."""
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    return np.array(sorted(set(((cp[:-1] << np.uint64(21)) | cp[1:]).tolist())), dtype=np.uint64)


def _segment(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One segment: its distinct pair keys (sorted), where each one's rows start, its rows."""
    lens = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    cp = np.frombuffer(_SEP.join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    local = np.repeat(np.arange(len(texts), dtype=np.uint64), lens + 1)[: max(0, cp.size - 1)]
    first, second = cp[:-1], cp[1:]
    ok = (first != 0) & (second != 0)
    combined = (((first << np.uint64(21)) | second) << np.uint64(_ROW_BITS)) | local
    combined = combined[ok]
    combined.sort()  # sorted, then deduplicated: numpy 2's hashing ``unique`` is ~6× slower here
    if combined.size:
        combined = combined[np.r_[True, combined[1:] != combined[:-1]]]
    pair = combined >> np.uint64(_ROW_BITS)
    rows = (combined & np.uint64((1 << _ROW_BITS) - 1)).astype(np.uint16)  # within the segment
    del combined
    if not pair.size:
        return pair, np.zeros(1, dtype=np.int64), rows
    new = np.flatnonzero(np.r_[True, pair[1:] != pair[:-1]])
    return pair[new], np.r_[new, pair.size].astype(np.int64), rows


class BigramIndex:
    """The pair → rows index of one lexical-index version, on disk in ``directory``."""

    def __init__(self, directory: Path) -> None:
        self._dir = directory
        self.version = ""
        self._keys = self._starts = self._rows = np.zeros(0, dtype=np.int64)
        self._bounds = np.zeros((0, 3), dtype=np.int64)  # per segment: key offset, first row

    def forget(self) -> None:
        """The mapped index let go (before the next version's is built): the pages questions
        read of it count in the process's memory until it is unmapped, ~115 MB at 10 000
        reports held through a whole rebuild (perf47). A reader meanwhile gets no
        candidates (``candidates`` -> None) and reads the texts, as without an index."""
        self.version = ""
        self._keys = self._starts = self._rows = np.zeros(0, dtype=np.int64)
        self._bounds = np.zeros((0, 3), dtype=np.int64)

    def build(self, version: str, chunks: Sequence[Chunk]) -> None:
        """Index ``chunks`` (row order) and save the index under ``version``."""
        keys, starts, rows, bounds = [], [], [], []
        k = r = 0
        for a in range(0, len(chunks), _SEGMENT):
            texts = [to_simplified(c.text) for c in chunks[a : a + _SEGMENT]]
            seg_keys, seg_starts, seg_rows = _segment(texts)
            bounds.append((k, a))
            keys.append(seg_keys | (np.uint64(len(bounds) - 1) << np.uint64(_PAIR_BITS)))
            starts.append(seg_starts[:-1] + r)
            rows.append(seg_rows)
            k, r = k + seg_keys.size, r + seg_rows.size
        bounds.append((k, len(chunks)))
        parts = {
            "keys": (keys, np.uint64),
            "starts": ([*starts, np.asarray([r])], np.int64),
            "rows": (rows, np.uint16),
            "bounds": ([np.asarray(bounds, dtype=np.int64)], np.int64),
        }
        log.info("pair index: %d rows, %d row-pairs", len(chunks), r)
        try:  # each file written segment by segment: no whole copy in memory
            self._save(version, parts)
        except OSError as exc:  # a read-only data dir: kept in memory for this process
            log.warning("pair index not saved: %s", exc)
            self._keys, self._starts, self._rows = (
                np.concatenate([np.zeros(0, parts[f][1]), *parts[f][0]]).astype(parts[f][1])
                for f in _FILES[:3]
            )
            self._bounds = parts["bounds"][0][0]
            self.version = version
            return
        self.version = ""
        self.load(version)  # memory-mapped: only the pairs asked are read

    def load(self, version: str) -> bool:
        """Open the saved index if it is of ``version`` (memory-mapped); False otherwise."""
        if version == self.version:
            return True
        self.version = ""
        try:
            manifest = json.loads((self._dir / "manifest.json").read_text(encoding="utf-8"))
            if manifest.get("version") != version or manifest.get("format") != _FORMAT:
                return False
            # plain arrays over the mapping: a memmap's own slices cost ~µs each
            arrays = [np.asarray(np.load(self._dir / f"{f}.npy", mmap_mode="r")) for f in _FILES]
        except (OSError, ValueError, KeyError):
            return False
        self._keys, self._starts, self._rows, self._bounds = arrays
        self.version = version
        return True

    def _save(self, version: str, parts: dict) -> None:
        """Written to a new folder and swapped in, so a crash leaves the old index whole."""
        tmp = fresh_folder(self._dir)  # one per writer
        for name in _FILES:
            arrays, dtype = parts[name]
            shape = (sum(len(a) for a in arrays), *arrays[0].shape[1:]) if arrays else (0,)
            header = {"descr": np.lib.format.dtype_to_descr(np.dtype(dtype))}
            header |= {"fortran_order": False, "shape": shape}
            with (tmp / f"{name}.npy").open("wb") as f:
                np.lib.format.write_array_header_1_0(f, header)
                for a in arrays:
                    f.write(np.ascontiguousarray(a, dtype=dtype).tobytes())
        (tmp / "manifest.json").write_text(
            json.dumps({"version": version, "format": _FORMAT}), encoding="utf-8"
        )
        swap_in(tmp, self._dir)  # the old index put back if the swap fails (``folder_swap``)

    def _rows_of(self, key: int) -> np.ndarray:
        """The pair's rows: its key looked up in every segment at once (keys are sorted by
        segment, then pair), then its rows in each segment that has it, in segment order."""
        b = self._bounds
        want = (np.arange(len(b) - 1, dtype=np.uint64) << np.uint64(_PAIR_BITS)) | np.uint64(key)
        at = np.searchsorted(self._keys, want)
        found = at < self._keys.size
        found[found] = self._keys[at[found]] == want[found]
        starts, rows = self._starts, self._rows
        parts = [
            rows[starts[j] : starts[j + 1]].astype(np.int64) + b[s][1]
            for s, j in zip(np.flatnonzero(found).tolist(), at[found].tolist(), strict=True)
        ]
        if not parts:
            return np.zeros(0, dtype=np.int64)
        return np.concatenate(parts)

    def candidates(self, s: str) -> tuple[np.ndarray, bool] | None:
        """Rows (ascending) that may hold ``s``, and whether exactly those hold it; None when
        this index cannot say (no index, a string under two characters or holding NUL)."""
        if not self.version or len(s) < 2 or _SEP in s:
            return None
        postings = sorted((self._rows_of(key) for key in _pairs(s).tolist()), key=len)
        out = postings[0]
        for p in postings[1:]:
            if not out.size:
                break
            out = np.intersect1d(out, p, assume_unique=True)
        return out, len(s) == 2
