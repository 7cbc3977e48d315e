"""A column-major matrix saved by ``scipy.sparse.save_npz`` (uncompressed) read by mapping
its arrays where they lie in the file, instead of copying them out of the archive.

An uncompressed ``.npz`` is a ZIP archive whose members are stored as they are: each
member is a ``.npy`` file (a header, then the array's bytes) placed after its ZIP local
header, whose fixed 30 bytes end with the lengths of the member's name and extra field.
So each array starts at a known offset of the file and can be mapped there. At 10 000
reports the lexical counts are ~143 MB (18 million entries): ``load_npz`` read and copied
all of them on every opening (~0.7 s CPU before the first answer), though the BM25
weighing then reads the column entries (``indices``) only once and rewrites only the
values (``data``). Mapped copy-on-write, the arrays behave as the copied ones do —
writable, the file never written — the pages a process only reads are the page cache's,
shared by every process that opens the library, and a value page is copied only when the
weighing writes it.

The index folder is replaced whole, never written in place (``stores.folder_swap``), as
the pair index mapped beside it (``stores.bigram_index``) already relies on: a mapping
stays valid after its folder is swapped out. Anything else — a compressed archive, another
sparse format, a member not laid out as expected — is read by ``load_npz`` as before.
"""

from __future__ import annotations

import logging
import struct
import zipfile
from pathlib import Path

import numpy as np
from scipy import sparse

__all__ = ["load_counts"]

log = logging.getLogger(__name__)

_LOCAL = b"PK\x03\x04"  # a ZIP local file header's signature
_ARRAYS = ("data", "indices", "indptr")


def load_counts(path: Path) -> sparse.csc_matrix | sparse.spmatrix:
    """The matrix saved at ``path``: a CSC matrix over copy-on-write mappings of the file
    when it lies as ``save_npz(..., compressed=False)`` writes it, else ``load_npz``'s."""
    try:
        mapped = _mapped(path)
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
        # an unreadable file is ``load_npz``'s to report, as it was (the caller rebuilds)
        log.debug("%s not mapped: %s", path, exc)
        mapped = None
    return mapped if mapped is not None else sparse.load_npz(path)


def _mapped(path: Path) -> sparse.csc_matrix | None:
    with zipfile.ZipFile(path) as archive:
        members = {i.filename: i for i in archive.infolist()}
        if any(f"{name}.npy" not in members for name in (*_ARRAYS, "format", "shape")):
            return None
        with archive.open("format.npy") as f:
            fmt = np.lib.format.read_array(f, allow_pickle=False).item()
        with archive.open("shape.npy") as f:
            shape = tuple(int(n) for n in np.lib.format.read_array(f, allow_pickle=False))
        fmt = fmt.decode("ascii") if isinstance(fmt, bytes) else fmt
        if fmt != "csc" or len(shape) != 2:
            return None
    arrays = []
    with open(path, "rb") as raw:
        for name in _ARRAYS:
            array = _member(raw, path, members[f"{name}.npy"])
            if array is None:
                return None
            arrays.append(array)
    data, indices, indptr = arrays
    matrix = sparse.csc_matrix((data, indices, indptr), shape=shape, copy=False)
    if not all(np.may_share_memory(a, b) for a, b in zip(_parts(matrix), arrays, strict=True)):
        log.debug("%s: scipy copied the mapped arrays; read whole instead", path)
        return None  # a dtype scipy converts: nothing gained, read as before
    return matrix


def _parts(matrix: sparse.csc_matrix) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return matrix.data, matrix.indices, matrix.indptr


def _member(raw, path: Path, info: zipfile.ZipInfo) -> np.ndarray | None:
    """The member's array mapped copy-on-write where its bytes lie, or None when the
    member is compressed or its header is not a plain one-dimensional array's."""
    if info.compress_type != zipfile.ZIP_STORED:
        return None
    raw.seek(info.header_offset)
    head = raw.read(30)
    if len(head) != 30 or head[:4] != _LOCAL:
        return None
    name_len, extra_len = struct.unpack("<HH", head[26:30])
    start = info.header_offset + 30 + name_len + extra_len
    raw.seek(start)
    version = np.lib.format.read_magic(raw)
    if version == (1, 0):
        shape, fortran, dtype = np.lib.format.read_array_header_1_0(raw)
    elif version == (2, 0):
        shape, fortran, dtype = np.lib.format.read_array_header_2_0(raw)
    else:
        return None
    offset = raw.tell()
    if fortran or dtype.hasobject or len(shape) != 1:
        return None
    if offset - start + shape[0] * dtype.itemsize != info.file_size:
        return None
    if shape[0] == 0:
        return np.zeros(0, dtype=dtype)
    # a plain array over the mapping: a memmap's own slices cost ~µs each
    return np.asarray(np.memmap(path, dtype=dtype, mode="c", offset=offset, shape=shape))
