"""Who waits on whom during an ingest: a wall-clock timeline of CPU per process and of the
ingest process's phases.

``python -m bench.timeline DATA_DIR PATH…`` ingests PATH… into DATA_DIR (as ``reportqa
ingest`` does) in a child process and samples, from this process, every process of the
child's tree (``/proc``, utime + stime) every few milliseconds. The sampler runs outside the
ingest on purpose: Chroma's writes hold the ingest process's GIL, so a sampling thread inside
it would stop exactly when there is most to see. The child writes when each wrapped phase
starts and ends. Printed: per bin of ``--bin`` seconds, the CPU share of the ingest process
and of each worker, and the phases running in the ingest process. Linux only (``/proc``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

# (object path on the App, method, phase label)
_PHASES = [
    ("catalog.store", "census", "census"),
    ("catalog.store", "open", "chroma_open"),
    ("catalog.store", "put_chunks", "chroma_put_chunks"),
    ("catalog.store", "commit_reports", "chroma_commit"),
    ("catalog.store", "delete_stale", "chroma_delete_stale"),
    ("catalog.tokens", "put", "token_put"),
    ("catalog.embedder", "embed", "embed"),
    ("catalog", "refresh", "refresh"),
    ("catalog.lexical", "_merge", "bm25_merge"),
]


# ---- child ---------------------------------------------------------------------------------
def _child(data_dir: str, paths: list[str], events: str) -> None:
    t_start = float(os.environ.get("TIMELINE_T0", time.time()))
    log: list[tuple[str, float, float]] = [("interpreter_start", t_start, time.time())]
    os.environ["REPORTQA_DATA_DIR"] = data_dir
    t = time.time()
    from library import build
    from reportqa.settings import Settings

    log.append(("import_library", t, time.time()))
    t = time.time()
    app = build(Settings())
    log.append(("build", t, time.time()))

    def wrap(obj: object, attr: str, label: str) -> None:
        inner: Callable | None = getattr(obj, attr, None)
        if inner is None:
            return

        def timed(*args, **kwargs):
            t0 = time.time()
            try:
                return inner(*args, **kwargs)
            finally:
                log.append((label, t0, time.time()))

        setattr(obj, attr, timed)

    for where, attr, label in _PHASES:
        obj: object = app
        for part in where.split("."):
            obj = getattr(obj, part)
        wrap(obj, attr, label)
    t = time.time()
    app.shelf.add([Path(p) for p in paths])
    log.append(("shelf_add", t, time.time()))
    Path(events).write_text(json.dumps(log))


# ---- parent --------------------------------------------------------------------------------
def _tree(root: int) -> list[int]:
    """The pids of ``root`` and its descendants (one /proc pass)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    out, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, ppid in parents.items() if ppid in frontier]
        out += frontier
    return out


def _cpu(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / _TICK


def sample(cmd: list[str], env: dict, every: float) -> tuple[dict[int, list], float, float]:
    """Run ``cmd`` and sample its tree's CPU: {pid: [(wall, cpu s)]}, start and end walls."""
    t0 = time.time()
    proc = subprocess.Popen(cmd, env={**env, "TIMELINE_T0": repr(t0)})
    seen: dict[int, list] = {}
    tree: list[int] = [proc.pid]
    n = 0
    while proc.poll() is None:
        if n % 10 == 0:
            tree = _tree(proc.pid)
        now = time.time()
        for pid in tree:
            cpu = _cpu(pid)
            if cpu is not None:
                seen.setdefault(pid, []).append((now, cpu))
        n += 1
        time.sleep(every)
    return seen, t0, time.time()


def render(seen: dict[int, list], events: list, t0: float, t1: float, root: int, step: float):
    """One line per bin: CPU % of the ingest process, of each other process, and phases."""
    others = sorted(
        (pid for pid in seen if pid != root and seen[pid][-1][1] > 0.05),
        key=lambda p: seen[p][0][0],
    )
    cols = [root, *others]
    lines = ["t_s   " + " ".join(f"{'main' if p == root else 'p' + str(p):>8}" for p in cols)]
    totals = {p: seen[p][-1][1] - seen[p][0][1] for p in cols}
    b = t0
    while b < t1:
        row = []
        for pid in cols:
            pts = seen[pid]
            lo = max((c for w, c in pts if w <= b), default=pts[0][1])
            hi = max((c for w, c in pts if w <= b + step), default=pts[0][1])
            row.append(f"{100 * (hi - lo) / step:8.0f}")
        active = sorted({e[0] for e in events if e[1] < b + step and e[2] > b})
        lines.append(f"{b - t0:5.2f} " + " ".join(row) + "  " + ",".join(active))
        b += step
    lines.append("cpu_s " + " ".join(f"{totals[p]:8.2f}" for p in cols))
    spans: dict[str, list[float]] = {}
    for label, a, z in events:
        s = spans.setdefault(label, [a - t0, 0.0, 0.0])
        s[0] = min(s[0], a - t0)
        s[1] = max(s[1], z - t0)
        s[2] += z - a
    lines.append("phase: first start, last end, total (s)")
    for label, (a, z, tot) in sorted(spans.items(), key=lambda kv: kv[1][0]):
        lines.append(f"  {label:22s} {a:6.2f} {z:6.2f} {tot:6.2f}")
    lines.append(f"wall {t1 - t0:.2f} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.timeline")
    ap.add_argument("data_dir")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--bin", type=float, default=0.25, help="seconds per line")
    ap.add_argument("--every", type=float, default=0.01, help="sampling period, seconds")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        _child(args.data_dir, args.paths, args.child)
        return
    events_file = Path(args.data_dir).with_suffix(".events.json")
    cmd = [sys.executable, "-m", "bench.timeline", "--child", str(events_file)]
    cmd += [args.data_dir, *args.paths]
    seen, t0, t1 = sample(cmd, dict(os.environ), args.every)
    root = min(seen, key=lambda p: seen[p][0][0])
    events = json.loads(events_file.read_text())
    sys.stdout.write(render(seen, events, t0, t1, root, args.bin) + "\n")


if __name__ == "__main__":
    main()
