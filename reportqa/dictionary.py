"""jieba's dictionary as a double-array trie that no other process can change.

``jieba_fast_dat.Tokenizer.initialize`` keeps its trie in one file per dictionary path in the
temp dir (``jieba_fast_dat.u.<md5 of the path>.v2.dat.cache``), shared by every process on
the machine that uses this virtualenv. It writes that file in place (``fopen("wb")``), from
any process that finds it missing or fails to read it, and reads it back with no check of
its own. Two processes writing it at once (several starting on a fresh machine; any reader
that caught a writer half-way and so rebuilt and wrote it too) leave it at full length with
a run of zeros inside for a few milliseconds, and a process that starts then loads a trie
with words missing (密室, 脱口秀, 有没有: answers change) or whose next ``add_word`` never
returns. So answers depended on what else ran on the machine (docs/isolation.md).

Here the trie is never read from or written to that file. It is built from ``dict.txt``
(1.3 s) or read from a file of our own that carries its digest and is only ever renamed
into place whole; a file that does not match its digest is ignored and replaced. Every
process thus loads exactly the trie ``dict.txt`` gives, whatever runs beside it, and pays
~30 ms instead of 1.3 s once one process has built it.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import logging
import os
import tempfile
from importlib.metadata import version
from pathlib import Path

from jieba_fast_dat import _jieba_fast_dat_functions_py3 as dat_functions
from jieba_fast_dat._jieba_fast_dat_functions_py3 import DatTrie

log = logging.getLogger(__name__)

_MAGIC = b"reportqa-trie-1\n"
_DIGEST = hashlib.sha256().digest_size


def dictionary_path() -> Path:
    """jieba's own ``dict.txt``: the same words and frequencies as jieba itself. Found, not
    imported: importing jieba loads its HMM tables (~20 ms CPU in every process that
    tokenises, each ingest worker included), and only this file of it is used."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("jieba (its dict.txt is the tokenizer's dictionary)")
    return Path(spec.origin).with_name("dict.txt")


def cache_path(source: Path, folder: Path | None = None) -> Path:
    """Where the trie of ``source`` is kept: named by the dictionary's identity (path, size,
    modification time) and the trie library's version, since its byte format may change
    between versions. The content is checked by its digest, not trusted for its name."""
    st = source.stat()
    ident = f"{source.resolve()}\0{st.st_size}\0{st.st_mtime_ns}\0{version('jieba_fast_dat')}"
    key = hashlib.sha256(ident.encode()).hexdigest()[:20]
    return (folder or Path(tempfile.gettempdir())) / f"reportqa-jieba-{key}.trie"


def read_verified(path: Path) -> bytes | None:
    """The trie bytes in ``path`` if the file is whole, matches its digest and is our own
    (another user's file in a shared temp dir decides nothing here), else None."""
    try:
        with path.open("rb") as f:
            if os.fstat(f.fileno()).st_uid != os.getuid():
                return None
            raw = f.read()
    except OSError:
        return None
    head = len(_MAGIC) + _DIGEST
    if len(raw) <= head or not raw.startswith(_MAGIC):
        return None
    payload = raw[head:]
    if hashlib.sha256(payload).digest() != raw[len(_MAGIC) : head]:
        log.warning("词典缓存 %s 已损坏，重新生成 / trie cache damaged, rebuilding", path)
        return None
    return payload


def write_whole(path: Path, payload: bytes) -> None:
    """Write ``payload`` with its digest to a private temp file beside ``path``, then
    rename it into place: a reader sees the old file or the new one, never a mix. A
    folder we cannot write only costs the next process a rebuild."""
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(_MAGIC + hashlib.sha256(payload).digest() + payload)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        log.debug("could not keep the trie in %s: %s", path, exc)
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def build(source: Path) -> bytes:
    """The trie of ``source`` built from the text file, in this process only."""
    trie = DatTrie()
    dat_functions.load_main_dict_from_path_pybind(trie, str(source), {})
    return trie.save_to_bytes()


@functools.cache
def base_trie(source: Path | None = None, folder: Path | None = None) -> bytes:
    """The serialised trie of jieba's dictionary, once per process: read from our verified
    file when there is one, else built and the file written for the next process."""
    source = source or dictionary_path()
    path = cache_path(source, folder)
    payload = read_verified(path)
    if payload is not None and _loads(payload):
        return payload
    payload = build(source)
    write_whole(path, payload)
    return payload


def _loads(payload: bytes) -> bool:
    try:
        DatTrie().load_from_bytes(payload)
    except (RuntimeError, ValueError):
        return False
    return True


def load_into(tokenizer, source: Path | None = None, folder: Path | None = None) -> None:
    """Give a ``jieba_fast_dat.Tokenizer`` a private copy of the base trie instead of its
    ``initialize`` (which reads and writes the shared file); words added later change only
    this copy."""
    trie = DatTrie()
    trie.load_from_bytes(base_trie(source, folder))
    with tokenizer.lock:
        tokenizer.dat = trie
        tokenizer.total = trie.total_freq
        tokenizer.initialized = True
