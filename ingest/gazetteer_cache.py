"""The parsed gazetteer kept between processes, so each ingest worker does not parse it again.

Every process that reads metadata loads the division list: 12 MB unzipped, nine lines in
ten villages to drop, 46 000 entries to index — about 0.19 s of CPU, paid again by each
worker of every ingest (two on two cores: ~0.4 s of an ingest's ~8 s). The indexes it builds
are plain names and places, so they are kept in the temp dir in ``marshal`` form (no code
runs on loading it, unlike a pickle) and read back in ~0.03 s. The file is written and
checked like the jieba trie's (``reportqa.dictionary``: our own file, whole, matching its
digest, renamed into place), and named by the list's identity (path, size, modification
time) and by the parsing code's own bytes, so a changed list or a changed parser never
reads an old file: a wrong gazetteer would change every report's unit and parent.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ingest.gazetteer import Gazetteer, Place
from reportqa.dictionary import read_verified, write_whole

log = logging.getLogger(__name__)

_PARSER = Path(__file__).with_name("gazetteer.py")


def cache_path(source: Path, folder: Path | None = None, kind: str = "") -> Path:
    """Named by the list's path, size and modification time and by the parser's bytes;
    ``kind`` names a list cut above a level (``gazetteer.counties``, ``gazetteer.regions``)."""
    st = source.stat()
    ident = f"{source.resolve()}\0{st.st_size}\0{st.st_mtime_ns}\0".encode()
    ident += hashlib.sha256(_PARSER.read_bytes() + Path(__file__).read_bytes()).digest()
    key = hashlib.sha256(ident).hexdigest()[:20]
    return (folder or Path(tempfile.gettempdir())) / f"{_stem(kind)}-{key}.marshal"


def _stem(kind: str) -> str:
    """The whole list's files and each cut list's are apart (``_drop_stale`` keeps one each)."""
    return f"reportqa-gazetteer.{kind}" if kind else "reportqa-gazetteer"


def dumps(gaz: Gazetteer) -> bytes:
    """The indexes as plain values; each distinct place stored once and named by its index
    (a county's towns share one)."""
    places: dict[Place, int] = {}

    def refs(kind: dict[str, list[Place]]) -> dict[str, list[int]]:
        return {n: [places.setdefault(p, len(places)) for p in ps] for n, ps in kind.items()}

    towns, counties, cities = refs(gaz.towns), refs(gaz.counties), refs(gaz.cities)
    rows = [(p.province, p.city, p.county) for p in places]
    order = gaz.province_order or sorted(gaz.provinces)
    # a name that is only a province comes last in ``levels``, in the provinces' set order,
    # which differs between processes (string hashing): re-made on loading
    only = gaz.provinces.difference(gaz.towns, gaz.counties, gaz.cities)
    levels = {n: v for n, v in gaz.levels.items() if n not in only}
    return marshal.dumps((rows, towns, counties, cities, order, gaz.towns_in, levels))


def loads(payload: bytes) -> Gazetteer:
    rows, towns, counties, cities, order, towns_in, levels = marshal.loads(payload)
    places = [Place(*row) for row in rows]

    def back(kind: dict[str, list[int]]) -> dict[str, list[Place]]:
        return {n: [places[i] for i in ps] for n, ps in kind.items()}

    provinces: set[str] = set()
    for name in order:  # as ``parse`` put them in: the same set order in this process
        provinces.add(name)
    for name in provinces:  # as ``Gazetteer.index_levels`` ends
        levels.setdefault(name, "省")
    return Gazetteer(
        towns=back(towns),
        counties=back(counties),
        cities=back(cities),
        provinces=provinces,
        province_order=list(order),
        towns_in=towns_in,
        levels=levels,
    )


def _loaded(payload: bytes) -> Gazetteer:
    """``loads`` with the cyclic collector held off, what it made frozen before it is back.
    The list is ~46 000 places and their indexes, read inside a process's first answer and
    kept for the process (``gazetteer()`` is cached): made with the collector on, they set
    off a full collection walking the whole unfrozen heap (~35 ms of the first answer at
    10 000 reports) that finds nothing, since none of it is garbage. Frozen objects are
    still freed by reference counting; the collector is left off if it was off (an answer's
    pause, ``answering.collector``)."""
    was = gc.isenabled()
    gc.disable()
    try:
        return loads(payload)
    finally:
        gc.freeze()
        if was:
            gc.enable()


def load(
    source: Path, build: Callable[[], Gazetteer], folder: Path | None = None, kind: str = ""
) -> Gazetteer:
    """The gazetteer of ``source``: from the kept file when it is whole and ours, else built
    (and the file written for the next process). ``kind``: a list cut above a level (no
    townships: ``loaded`` is false for it, its provinces say it was read)."""
    try:
        path = cache_path(source, folder, kind)
    except OSError:
        return build()
    payload = read_verified(path)
    if payload is not None:
        try:
            return _loaded(payload)
        except (EOFError, ValueError, TypeError) as exc:
            log.warning(
                "行政区划缓存 %s 无法读取，重新生成 / gazetteer cache unreadable: %s", path, exc
            )
    gaz = build()
    if gaz.loaded or (kind and gaz.provinces):
        write_whole(path, dumps(gaz))
        _drop_stale(path, _stem(kind))
    return gaz


def _drop_stale(kept: Path, stem: str) -> None:
    """Files of an older list or parser are never read again: removed (ours only) when a new
    one is written, so the temp dir does not fill by one file per upgrade."""
    for old in kept.parent.glob(f"{stem}-*.marshal"):
        if old != kept:
            try:
                if old.stat().st_uid == os.getuid():
                    old.unlink()
            except OSError:
                pass  # another process removed or owns it
