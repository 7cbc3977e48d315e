"""What another process pays to open a library the bench just ingested, each in a fresh
process of its own (``python -m bench.aside reopen|app SPEC OUT``):

- ``reopen``: ``library.build`` and the catalog's first refresh (what any second app or CLI
  process pays at start-up), with that process's own peak RSS. Run inside the measuring
  child it held the chunks and the index twice, and the child's peak was no longer the one
  of a serving process.
- ``app``: the web app from a cold interpreter, started as ``app.py`` starts it — the
  library's process first (``start_early``, before the settings are imported), then
  ``webapp.launch.prepare`` (the library opened and warmed up while Gradio imports, then
  the page), then the first question through the page's handlers; peak RSS of the app and
  of its library's process. The parent takes the wall time from before it starts the
  process to the moment the answer is in (``answered_at``), so the interpreter's start and
  every import count.

Settings are imported inside the functions, not at the top: the ``app`` measure must
start the library's process before they are, as the app does.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportqa.settings import Settings

APP_QUESTION = "哪些乡镇提到了“枫桥经验”？"


def _peak_mb(pid: int | str = "self") -> float:
    """A process's own peak RSS (this one's by default). Not ``ru_maxrss``: Linux carries
    it over fork and exec, so a process started by the measuring child would report that
    child's peak."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def reopen(settings: Settings) -> dict:
    from library import build

    t0 = time.perf_counter()
    build(settings).catalog.refresh()
    return {"reopen_s": round(time.perf_counter() - t0, 2), "reopen_rss_mb": _peak_mb()}


def app(settings: Settings) -> dict:
    from webapp.launch import prepare

    t0 = time.perf_counter()
    _, handlers = prepare(settings)
    ready = time.perf_counter()
    out = handlers.answer_api(APP_QUESTION)
    answered_at = time.time()
    if "error" in out or not out.get("citations"):
        raise SystemExit(f"bench: the app's first answer failed: {str(out)[:200]}")
    return {
        "answered_at": answered_at,
        "prepare_s": round(ready - t0, 2),
        "first_answer_ms": round((time.perf_counter() - ready) * 1000, 1),
        "app_rss_mb": _peak_mb(),
        # the library's own process, when the app runs one (``app_library_process``)
        "library_rss_mb": _peak_mb(pid) if (pid := getattr(handlers.library, "pid", 0)) else 0.0,
    }


def run_aside(what: str, spec_path: Path, out_path: Path) -> dict:
    """Start ``what`` in a fresh interpreter; its result, with ``wall_s`` from before the
    start to its answer (``app``) or to its exit."""
    from reportqa.settings import REPO_ROOT

    cmd = [sys.executable, "-m", "bench.aside", what, str(spec_path), str(out_path)]
    started = time.time()
    subprocess.run(cmd, cwd=REPO_ROOT, stdout=subprocess.DEVNULL, check=True)
    out = json.loads(out_path.read_text(encoding="utf-8"))
    out["wall_s"] = round(out.pop("answered_at", time.time()) - started, 2)
    return out


def _main(argv: list[str]) -> int:
    what, spec_path, out_path = argv
    if what == "app":
        from webapp.library_process import start_early

        start_early()  # what ``app.py`` does first
    from reportqa.settings import Settings

    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    settings = Settings(**{**spec["settings"], "llm_base_url": ""})
    out = {"reopen": reopen, "app": app}[what](settings)
    Path(out_path).write_text(json.dumps(out), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
