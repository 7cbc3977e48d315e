"""The library in a process of its own (``webapp.library_process``), over real libraries.

What the page gets through the pipe must be what it got in one process (the same typed
answers, events, errors in the same Chinese, upload progress), and the child must never
outlive the app: closed with it, and ended when the app dies without closing it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest.workers import PARALLEL_MIN_BYTES
from reportqa.errors import ReportQAError
from reportqa.settings import REPO_ROOT, Settings
from tests.webapp_support import COMPARE, FACT, FOLLOW, WHICH, run
from webapp.handlers import Handlers
from webapp.library_process import RemoteLibrary
from webapp.port import LocalLibrary


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is gone for our purpose: it runs nothing
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _gone_within(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.1)
    return False


@pytest.fixture(scope="module")
def remote(seed_app):
    lib = RemoteLibrary(Settings(data_dir=seed_app.settings.data_dir))
    lib.wait_ready()
    yield lib
    lib.close()


def test_answers_through_the_pipe_are_the_answers_given_in_one_process(remote, seed_app):
    local = LocalLibrary(seed_app)
    for question in (WHICH, FACT, COMPARE):
        assert remote.ask_json(question) == local.ask_json(question)
    history = [{"q": COMPARE}]
    assert remote.ask_json(FOLLOW, history) == local.ask_json(FOLLOW, history)
    far = [e.type for e in remote.answer(WHICH, [], None, None)]
    near = [e.type for e in local.answer(WHICH, [], None, None)]
    assert far == near and far[-1] == "answer"


def test_the_page_streams_the_same_conversation_through_either(remote, seed_app):
    far, near = Handlers(remote), Handlers(seed_app)
    first_far, first_near = run(far, COMPARE), run(near, COMPARE)
    assert first_far[-1]["chat"] == first_near[-1]["chat"]
    assert first_far[-1]["table"] == first_near[-1]["table"] != ""
    # the conversation travels with the call: the follow-up is read against it
    kept = first_far[-1]["turns"]
    second = run(far, FOLLOW, first_far[-1]["chat"], kept)
    assert second[-1]["chat"] == run(near, FOLLOW, first_near[-1]["chat"], kept)[-1]["chat"]
    assert len(second[-1]["turns"]) == 2
    assert far.library_table().equals(near.library_table())
    assert far.status() == near.status()
    assert far.examples() == near.examples() != []


def test_an_error_in_the_child_reaches_the_page_in_the_same_chinese(remote, seed_app):
    with pytest.raises(ReportQAError) as far:
        remote.report("no-such-report")
    with pytest.raises(ReportQAError) as near:
        LocalLibrary(seed_app).report("no-such-report")
    assert str(far.value) == str(near.value)
    assert "error" in Handlers(remote).answer_api("？", history="not a list")  # bad history
    assert remote.ask_json(WHICH)["citations"]  # the child still serves after an error


def test_an_upload_reports_progress_through_the_pipe(settings: Settings, tmp_path):
    from library import build

    build(settings)  # an empty library of its own
    folder = tmp_path / "up"
    folder.mkdir()
    uploads = []
    for town in ("测试乡", "示例镇"):  # over a megabyte: the ingest starts worker processes
        upload = folder / f"{town}2023年法治政府建设报告.txt"
        body = "".join(
            f"（{n}）{town}第{n}次组织法治讲座，聘请律师担任政府法律顾问，审查合同{n}份。\n"
            for n in range(1, 6000)
        )
        upload.write_text(
            f"某县{town}人民政府关于2023年法治政府建设情况的报告\n\n一、推进行政决策法治化\n"
            + body,
            encoding="utf-8",
        )
        uploads.append(str(upload))
    assert sum(Path(u).stat().st_size for u in uploads) > PARALLEL_MIN_BYTES
    lib = RemoteLibrary(settings)
    try:
        lib.wait_ready()
        seen: list[tuple] = []
        rows = lib.upload(uploads, progress=lambda *p: seen.append(p))
        assert [r["结果"] for r in rows] == ["新增", "新增"]
        assert seen and all(len(p) == 3 for p in seen)
        assert sorted(i.township for i in lib.reports()) == ["测试乡", "示例镇"]
    finally:
        lib.close()
    assert not _alive(lib.pid)


_DIES = """
import os, signal, sys
from reportqa.settings import Settings
from webapp.library_process import RemoteLibrary
lib = RemoteLibrary(Settings(data_dir=sys.argv[1]))
lib.wait_ready()
print(lib.pid, flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # no atexit, no close: the pipe is all that is left
"""


def test_the_child_ends_when_the_app_dies_without_closing_it(seed_app):
    proc = subprocess.run(
        [sys.executable, "-c", _DIES, str(seed_app.settings.data_dir)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == -signal.SIGKILL
    pid = int(proc.stdout.split()[0])
    assert _gone_within(pid, 15)


def test_a_library_that_cannot_open_stops_the_start_with_the_chinese_message(tmp_path):
    blocked = tmp_path / "not-a-dir"
    blocked.write_text("x", encoding="utf-8")  # the data dir cannot be created
    lib = RemoteLibrary(Settings(data_dir=blocked))
    with pytest.raises(SystemExit) as stop:
        lib.wait_ready()
    assert "无法打开索引" in str(stop.value)
    assert _gone_within(lib.pid, 15)


_APP = """
import json, multiprocessing, sys
from reportqa.settings import Settings
from webapp.launch import prepare
settings = Settings(data_dir=sys.argv[1], app_library_process=sys.argv[2] == "1")
_, handlers = prepare(settings)
out = handlers.answer_api(sys.argv[3])
print(json.dumps({
    "cited": len(out.get("citations", [])),
    "port": type(handlers.library).__name__,
    "children": [p.pid for p in multiprocessing.active_children()],
}))
"""


@pytest.mark.parametrize("own_process", [True, False])
def test_the_app_starts_either_way_and_leaves_no_process_behind(seed_app, own_process):
    from tests.probe_kit import in_fresh_process

    data = str(seed_app.settings.data_dir)
    out = in_fresh_process(_APP, data, "1" if own_process else "0", WHICH)
    assert out["cited"] >= 2
    if own_process:  # exited normally: the child was stopped with it
        assert out["port"] == "RemoteLibrary" and len(out["children"]) == 1
        assert _gone_within(out["children"][0], 15)
    else:
        assert out["port"] == "LocalLibrary" and out["children"] == []
