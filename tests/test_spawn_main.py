"""Workers spawned from a main *script* (what the ``reportqa`` console script is) do not run
that script again: each worker of ``reportqa ingest`` imported the whole CLI that way
(perf21). The script here marks every process that runs its top level."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_SCRIPT = """
import os, sys
from pathlib import Path
Path(sys.argv[1], f"ran-{os.getpid()}").write_text(__name__)
if __name__ == "__main__":
    from ingest.workers import WorkerPool
    spec_before = sys.modules["__main__"].__spec__
    with WorkerPool(2, []) as pool:
        pool.start()
        pids = {pool._ex.submit(os.getpid).result() for _ in range(4)}
    assert sys.modules["__main__"].__spec__ is spec_before  # put back after the start
    Path(sys.argv[1], "workers").write_text(" ".join(map(str, sorted(pids))))
"""


def test_workers_do_not_rerun_a_main_script(tmp_path):
    script = tmp_path / "entry.py"
    script.write_text(_SCRIPT, encoding="utf-8")
    marks = tmp_path / "marks"
    marks.mkdir()
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    subprocess.run([sys.executable, str(script), str(marks)], env=env, check=True, timeout=120)
    workers = (marks / "workers").read_text().split()
    assert workers and str(os.getpid()) not in workers  # the job really ran in workers
    ran = sorted(p.name for p in marks.glob("ran-*"))
    assert len(ran) == 1  # the parent only: no worker imported the script as __mp_main__
    assert (marks / ran[0]).read_text() == "__main__"
