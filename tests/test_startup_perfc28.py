"""The cold start of round perfc28: ``reportqa serve`` starts the library's process before
the CLI imports its settings, as ``app.py`` does; the library opens and warms up without
``jieba.posseg`` (its tag table loads after ready, in the library's process, before a
question that reads a plain part of speech needs it).

Each start runs in a fresh interpreter, so what was imported before what is real."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

import pytest

from reportqa.settings import REPO_ROOT
from tests.test_library_process import _gone_within
from tests.webapp_support import WHICH
from webapp.idle_warm import Activity

_SERVE = """
import json, multiprocessing, sys
import webapp.library_process as lp

seen = {}
real_start = lp.start_early


def spy():
    seen["before"] = sorted(
        m for m in ("pydantic", "reportqa.settings", "gradio", "library", "cli.answers")
        if m in sys.modules
    )
    real_start()
    seen["started"] = [p.pid for p in multiprocessing.active_children()]
    import webapp.launch  # after the child started: what ``serve`` would import anyway

    def serve(settings):  # everything ``serve`` does but listening, then one question
        _, handlers = webapp.launch.prepare(settings)
        out = handlers.answer_api(sys.argv[2])
        seen.update(
            cited=len(out.get("citations", [])),
            error=out.get("error", ""),
            port=type(handlers.library).__name__,
            library_pid=getattr(handlers.library, "pid", 0),
        )

    webapp.launch.serve = serve


lp.start_early = spy
from cli.main import main

code = main(["serve", "--port", "7999"])
print(json.dumps({"code": code, **seen}), flush=True)
"""


def _run(code: str, *args: str, env: dict | None = None) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, **(env or {})},
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="needs a second core")
def test_serve_starts_the_library_process_before_the_cli_imports_its_settings(seed_app):
    data = str(seed_app.settings.data_dir)
    out = _run(_SERVE, data, WHICH, env={"REPORTQA_DATA_DIR": data})
    assert out["code"] == 0
    assert out["before"] == []  # nor pydantic, nor the CLI's families, nor Gradio
    assert len(out["started"]) == 1
    assert out["port"] == "RemoteLibrary" and out["library_pid"] == out["started"][0]
    assert out["cited"] >= 2 and not out["error"]
    assert _gone_within(out["started"][0], 15)  # the CLI returned: its library ended


def test_serve_with_the_library_in_its_own_process_lets_the_early_child_go(seed_app):
    data = str(seed_app.settings.data_dir)
    env = {"REPORTQA_DATA_DIR": data, "REPORTQA_APP_LIBRARY_PROCESS": "false"}
    out = _run(_SERVE, data, WHICH, env=env)
    assert out["code"] == 0 and out["port"] == "LocalLibrary" and out["cited"] >= 2
    for pid in out["started"]:  # none on one core
        assert _gone_within(pid, 15)


_OPEN = """
import json, sys
from webapp.idle_warm import warm_late
from webapp.library_process import _open
from reportqa.settings import Settings

library = _open(Settings(data_dir=sys.argv[1]))
at_ready = "jieba.posseg" in sys.modules
warm_late()
from answering.narrowing import _noun

print(json.dumps({
    "posseg_at_ready": at_ready,
    "posseg_after": "jieba.posseg" in sys.modules,
    "nouns": [_noun(w) for w in ("独居老人", "外商投资", "重新", "挨家挨户")],
}), flush=True)
"""


def test_the_library_is_ready_without_jieba_posseg_and_loads_it_after(seed_app):
    out = _run(_OPEN, str(seed_app.settings.data_dir))
    assert out["posseg_at_ready"] is False  # the start-up answer never reads it
    assert out["posseg_after"]
    # the rule that reads it still tells a kind of thing from a manner
    assert out["nouns"] == [True, True, False, False]


def test_the_late_warm_up_waits_until_no_call_has_run_for_a_while():
    """An answer being composed is never slowed by the late import: it waits for a call that
    runs, and for a quiet spell after the last one."""
    activity = Activity()
    done: list[float] = []
    waiter = threading.Thread(target=lambda: (activity.wait_quiet(0.3), done.append(1)))
    activity.begin()  # a call arrives at once
    waiter.start()
    time.sleep(0.6)
    assert not done  # still running: no warm-up
    ended = time.monotonic()
    activity.end()
    waiter.join(timeout=5)
    assert done and time.monotonic() - ended >= 0.3
