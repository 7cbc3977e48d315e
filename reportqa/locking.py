"""Advisory file locks: two ingests never write the same index at once, and two processes
never create the same embedded Chroma database at once (its first-run schema setup is not
safe against a concurrent one: "table collections already exists")."""

from __future__ import annotations

import fcntl
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reportqa.errors import IndexBusyError

log = logging.getLogger(__name__)
BUSY_MESSAGE = "正在导入，请稍后再试（另一个导入尚未完成）"


@contextmanager
def index_lock(data_dir: Path, wait_seconds: float = 30.0) -> Iterator[None]:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "ingest.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait_seconds
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError as exc:
                if time.monotonic() >= deadline:
                    # the user sees no server path: it tells them nothing and an attacker much
                    log.warning("index lock %s is held by another process", path)
                    raise IndexBusyError(BUSY_MESSAGE) from exc
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


@contextmanager
def open_lock(data_dir: Path) -> Iterator[None]:
    """Held only while a process opens the embedded store; blocks until it is free."""
    data_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(data_dir / "open.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
