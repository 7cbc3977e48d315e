"""Chroma client/server mode: several app processes, one ``chroma run`` server.

Each app process keeps its own lexical (BM25) cache under its own data dir; Chroma is the
single source of truth. These tests start a real server and check that a second library —
in this process and in a separate ``reportqa ask`` process — sees what the first ingested,
including a changed report after ``refresh()``.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from library import App, build
from reportqa.settings import REPO_ROOT, Settings
from tests.conftest import SEEDS

ALL = {t for t, _, _ in SEEDS.values()}
LEGAL = "哪些乡镇聘请了法律顾问"
FENGQIAO = "哪个乡镇提到了“枫桥经验”？"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory):
    """A ``chroma run`` server on a free local port, stopped when the module is done."""
    import chromadb

    # chromadb is a dependency and installs the CLI: without it these tests must fail, not
    # vanish from the run as a skip would make them
    exe = Path(sys.executable).with_name("chroma")
    if not exe.exists():
        exe = Path(shutil.which("chroma") or exe)
    assert exe.exists(), f"no chroma CLI next to {sys.executable} or on PATH"
    root = tmp_path_factory.mktemp("chroma-server")
    port = _free_port()
    log = (root / "server.log").open("wb")
    cmd = [str(exe), "run", "--path", str(root / "db"), "--port", str(port), "--host", "127.0.0.1"]
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"chroma run exited ({proc.returncode}): {_tail(root / 'server.log')}")
            try:
                chromadb.HttpClient(host="127.0.0.1", port=port).heartbeat()
                break
            except Exception:
                if time.monotonic() > deadline:
                    pytest.fail(f"chroma server not up after 60 s: {_tail(root / 'server.log')}")
                time.sleep(0.25)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def _tail(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")[-2000:]


def _service(data_dir: Path, url: str, prefix: str, **settings) -> App:
    return build(Settings(data_dir=data_dir, chroma_url=url, collection_prefix=prefix, **settings))


def _ask_in_another_process(question: str, data_dir: Path, url: str, prefix: str) -> dict:
    """``reportqa ask --json`` as a separate app process with its own data dir."""
    env = {
        **os.environ,
        "REPORTQA_CHROMA_URL": url,
        "REPORTQA_DATA_DIR": str(data_dir),
        "REPORTQA_COLLECTION_PREFIX": prefix,
    }
    proc = subprocess.run(
        [sys.executable, "-m", "cli", "ask", question, "--json"],
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_settings_pick_the_server_from_the_url():
    s = Settings(chroma_url="http://127.0.0.1:8123")
    assert s.chroma_server == ("127.0.0.1", 8123)
    assert Settings(chroma_host="10.0.0.5").chroma_server == ("10.0.0.5", 8000)
    assert Settings().chroma_server is None


def test_two_app_processes_share_one_server_and_stay_consistent(chroma_url, tmp_path, corpus_copy):
    prefix = "consistency"  # one server, one collection pair per test
    first = _service(tmp_path / "a", chroma_url, prefix)
    result = first.shelf.add([corpus_copy])
    assert result.added == 5
    assert not (tmp_path / "a" / "chroma").exists()  # nothing embedded: the server holds it
    assert set(first.service.ask(LEGAL).townships) == ALL

    # another app with its own data dir (so its own BM25 cache) against the same server
    # checks for other processes' changes every half second (2 s by default): the wait for
    # the next check below is that long
    second = _service(tmp_path / "b", chroma_url, prefix, refresh_seconds=0.5)
    assert {i.township for i in second.catalog.reports()} == ALL
    assert set(second.service.ask(LEGAL).townships) == ALL
    assert second.service.ask(FENGQIAO).townships == ("左岚乡",)

    # the first app re-ingests a changed report ...
    changed = corpus_copy / "004_43a8054b3d808e27.txt"
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\n深化新时代“枫桥经验”。\n", encoding="utf-8"
    )
    result = first.shelf.add([corpus_copy])
    assert (result.updated, result.skipped) == (1, 4)
    assert set(first.service.ask(FENGQIAO).townships) == {"左岚乡", "云乐镇"}

    # ... a separate process whose on-disk cache (b) predates the change sees it ...
    answer = _ask_in_another_process(FENGQIAO, tmp_path / "b", chroma_url, prefix)
    assert set(answer["townships"]) == {"左岚乡", "云乐镇"}
    quotes = [c["quote"] for c in answer["citations"] if c["township"] == "云乐镇"]
    assert quotes and "枫桥经验" in quotes[0]

    # ... and so does the long-running second app at its next refresh check (checks are
    # throttled to one per ``refresh_seconds``)
    time.sleep(second.catalog.settings.refresh_seconds)
    assert second.catalog.refresh() is True
    answer = second.service.ask(FENGQIAO)
    assert set(answer.townships) == {"左岚乡", "云乐镇"}
    for c in answer.citations:  # its texts come from the server, not from data dir a
        assert second.catalog.report_text(c.report_id)[c.start : c.end] == c.quote
    assert set(second.service.ask(LEGAL).townships) == ALL
    assert len(second.catalog.chunks) == len(first.catalog.chunks)


def test_a_fresh_process_with_an_empty_data_dir_answers_from_the_server(
    chroma_url, tmp_path, corpus_copy
):
    """No local token cache at all: the process re-tokenises from the collection."""
    _service(tmp_path / "a", chroma_url, "fresh").shelf.add([corpus_copy])
    answer = _ask_in_another_process(LEGAL, tmp_path / "fresh", chroma_url, "fresh")
    assert set(answer["townships"]) == ALL
    assert (tmp_path / "fresh" / "index" / "bm25" / "manifest.json").exists()
