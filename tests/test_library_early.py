"""The library's process started first thing (``start_early``), before the app has settings.

Started that early, the child must still open the library the app's settings name, refuse
in the same Chinese when it cannot, end when the settings keep the library in the app's
process, and never outlive an app that ends (or dies) before it hands the settings over.
Each case runs in a fresh interpreter, as the app does, so what the app imported before the
child started is real."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from reportqa.settings import REPO_ROOT
from tests.test_library_process import _gone_within
from tests.webapp_support import WHICH

# one core: ``start_early`` starts nothing (the library stays in the app's process)
pytestmark = pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="needs a second core")

_EARLY = """
import json, multiprocessing, sys
from webapp.library_process import start_early
start_early()
before = sorted(m for m in ("pydantic", "reportqa.settings", "gradio", "library") if m in sys.modules)
started = [p.pid for p in multiprocessing.active_children()]
from reportqa.settings import Settings
from webapp.launch import prepare
settings = Settings(data_dir=sys.argv[1], app_library_process=sys.argv[2] == "1")
_, handlers = prepare(settings)
out = handlers.answer_api(sys.argv[3])
print(json.dumps({
    "imported_before_start": before,
    "started": started,
    "cited": len(out.get("citations", [])),
    "error": out.get("error", ""),
    "port": type(handlers.library).__name__,
    "library_pid": getattr(handlers.library, "pid", 0),
}), flush=True)
"""


def _run(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )


def _last_json(proc: subprocess.CompletedProcess) -> dict:
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_the_child_starts_before_settings_and_opens_the_library_they_name(seed_app):
    out = _last_json(_run(_EARLY, str(seed_app.settings.data_dir), "1", WHICH))
    assert out["imported_before_start"] == []  # nor pydantic, nor Gradio, nor the library
    assert len(out["started"]) == 1
    assert out["port"] == "RemoteLibrary" and out["library_pid"] == out["started"][0]
    assert out["cited"] >= 2 and not out["error"]
    assert _gone_within(out["started"][0], 15)  # the app exited: so did its library


def test_settings_that_keep_the_library_in_the_app_let_the_early_child_go(seed_app):
    out = _last_json(_run(_EARLY, str(seed_app.settings.data_dir), "0", WHICH))
    assert out["port"] == "LocalLibrary" and out["cited"] >= 2
    assert len(out["started"]) == 1
    assert _gone_within(out["started"][0], 15)


_CANNOT_OPEN = """
import sys
from webapp.library_process import start_early, take_early
start_early()
from reportqa.settings import Settings
remote = take_early(Settings(data_dir=sys.argv[1]))
print(remote.pid, flush=True)
remote.wait_ready()
"""


def test_a_library_that_cannot_open_stops_an_early_start_with_the_chinese_message(tmp_path):
    blocked = tmp_path / "not-a-dir"
    blocked.write_text("x", encoding="utf-8")  # the data dir cannot be created
    proc = _run(_CANNOT_OPEN, str(blocked))
    assert proc.returncode == 1
    assert "无法打开索引" in proc.stderr.splitlines()[-1]
    assert _gone_within(int(proc.stdout.split()[0]), 15)


_DIES_BEFORE_SETTINGS = """
import os, signal, multiprocessing
from webapp.library_process import start_early
start_early()
print(multiprocessing.active_children()[0].pid, flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # never sent the settings, never closed the pipe
"""


def test_the_child_ends_when_the_app_dies_before_it_has_settings():
    proc = _run(_DIES_BEFORE_SETTINGS)
    assert proc.returncode == -signal.SIGKILL
    assert _gone_within(int(proc.stdout.split()[0]), 15)


_EXITS_BEFORE_SETTINGS = """
import multiprocessing
from webapp.library_process import start_early
start_early()
print(multiprocessing.active_children()[0].pid, flush=True)
raise SystemExit("设置无效")  # e.g. a setting that cannot be read: the app stops here
"""


def test_the_child_ends_with_an_app_that_stops_before_it_has_settings():
    proc = _run(_EXITS_BEFORE_SETTINGS)
    assert proc.returncode == 1 and "设置无效" in proc.stderr
    assert _gone_within(int(proc.stdout.split()[0]), 15)
