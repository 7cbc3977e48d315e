"""Spawned helper processes (ingest workers, the Chroma writer) that do not run the
program's main script again.

A ``spawn`` child re-imports the parent's main script as ``__mp_main__`` when that script is
a file (``multiprocessing.spawn.get_preparation_data``): the ``reportqa`` console script
pip writes starts with ``from cli.main import main``, so each worker of a ``reportqa ingest``
imported the whole CLI and its settings (pydantic) before its first report, ~0.15 s of CPU
per worker measured at load (perf21). (Under ``python -m cli`` the main is a package's
``__main__``, which ``spawn`` never re-imports; under ``python -m some.module`` it imports
that module again.) The workers only run ``ingest.workers``' functions and the writer
``stores.chroma_writer``'s, never one defined in a main script or module, so they need
none of it.

While such a process starts, ``__main__`` is given the spec ``spawn`` treats as "nothing to
import" (a module named ``__main__``); it is put back as soon as they have started.
``Process.start`` computes that spec synchronously, and ``ProcessPoolExecutor`` starts spawn
workers inside ``submit`` on the submitting thread, which is what makes the window exact.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.machinery import ModuleSpec


@contextmanager
def main_not_rerun() -> Iterator[None]:
    """Processes spawned inside this block do not import the program's main again."""
    main = sys.modules.get("__main__")
    if main is None:
        yield
        return
    old = getattr(main, "__spec__", None)
    main.__spec__ = ModuleSpec("__main__", None)
    try:
        yield
    finally:
        main.__spec__ = old
