"""The BM25 weights kept on disk beside the counts they were weighed from, and mapped.

The weights are a pure function of the counts (``stores.lexical``): weighing them was
0.2-0.3 s CPU of every process's first question at 10 000 reports (18 million entries),
though every process weighed the same file to the same floats. The writer that saves the
counts now saves the weighed values too (only ``data``: the weights share the counts'
column entries and starts), and a process that opens the index maps them copy-on-write,
as it maps the counts (``stores.npz_mapped``): the values are then the page cache's,
shared by every process that opens the library, and nothing is weighed before the first
answer.

Which counts the values belong to is in the file's name: the counts file's inode, size
and modification time. An index folder is only ever replaced whole (``stores.folder_swap``)
and a rename keeps those three, so a name matches only the very counts file it was weighed
from: values weighed by a reader from a folder another writer has swapped out meanwhile,
or copied along with another library's counts, match nothing and are not read. A library
saved by a version that wrote no weights gets them from its first reader (written beside
the counts under a name of its own, then renamed: never seen half-written); a reader that
cannot write weighs in memory, as before.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import numpy as np

__all__ = ["mapped_weights", "weights_path", "write_weights"]

log = logging.getLogger(__name__)

_DTYPE = np.dtype(np.float32)


def weights_path(counts_file: Path) -> Path:
    """Where the weights of the counts saved at ``counts_file`` lie (named by its identity)."""
    st = counts_file.stat()
    return counts_file.with_name(f"weights-{st.st_ino}-{st.st_size}-{st.st_mtime_ns}.npy")


def write_weights(counts_file: Path, values: np.ndarray) -> Path:
    """``values`` (the weights' ``data``, in the counts' entry order) saved beside
    ``counts_file``; raises ``OSError`` when the folder cannot be written."""
    target = weights_path(counts_file)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            np.save(f, np.ascontiguousarray(values, dtype=_DTYPE), allow_pickle=False)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def mapped_weights(path: Path, nnz: int) -> np.ndarray | None:
    """The weights saved at ``path`` (``weights_path`` of the counts file as it was read)
    mapped copy-on-write, or None when there are none (or not ``nnz`` float32 values)."""
    try:
        if not path.exists():
            return None
        values = np.load(path, mmap_mode="c", allow_pickle=False)
    except (OSError, ValueError) as exc:
        log.debug("weights %s not read: %s", path, exc)
        return None
    if values.dtype != _DTYPE or values.ndim != 1 or values.shape[0] != nnz:
        return None
    if nnz == 0:
        return np.zeros(0, dtype=_DTYPE)
    return np.asarray(values)  # a plain array over the mapping: a memmap's slices cost ~µs
