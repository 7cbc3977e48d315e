"""perf20: a pool that served a whole ingest is told to end and not waited for (the workers'
exit, an interpreter's teardown each, then overlaps the refresh after the commit); one left
by an error is still joined before the error goes on. Either way no worker outlives it long.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from ingest.workers import WorkerPool


def _alive(pids: list[int]) -> list[int]:
    out = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            out.append(pid)
    return out


def _worker_pids(pool: WorkerPool) -> list[int]:
    pids = {f.result() for f in [pool._ex.submit(os.getpid) for _ in range(8)]}
    assert os.getpid() not in pids and pids
    return sorted(pids)


def test_workers_end_soon_after_a_pool_that_finished():
    with WorkerPool(2, []) as pool:
        pool.start()
        pids = _worker_pids(pool)
    deadline = time.monotonic() + 15
    while _alive(pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _alive(pids) == []


def test_a_pool_left_by_an_error_is_joined_before_the_error_goes_on():
    with pytest.raises(RuntimeError), WorkerPool(2, []) as pool:
        pool.start()
        pids = _worker_pids(pool)
        raise RuntimeError("made up")
    assert _alive(pids) == []  # joined: nothing to wait for
