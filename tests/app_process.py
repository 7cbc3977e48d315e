"""Running the app as a real process for end-to-end tests (browser, concurrency, auth)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from reportqa.settings import REPO_ROOT


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _http_ok(url: str) -> bool:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never a proxy
    try:
        with opener.open(url, timeout=2) as resp:
            return resp.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _env(data_dir: Path, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPORTQA_")}
    env.update(
        REPORTQA_DATA_DIR=str(data_dir),
        REPORTQA_HOST="127.0.0.1",
        REPORTQA_PORT=str(port),
        GRADIO_ANALYTICS_ENABLED="False",
        HF_HUB_OFFLINE="1",
        ANONYMIZED_TELEMETRY="False",
        NO_PROXY="127.0.0.1,localhost",
        no_proxy="127.0.0.1,localhost",
    )
    return env


def start_app(
    data_dir: Path, port: int, log: Path, *args: str, env_port: int | None = None, **settings: str
) -> subprocess.Popen:
    """``python app.py`` (or ``python ARGS…``) on an already-ingested data dir; returns once
    it answers HTTP on ``port``. ``env_port``: the port the environment names, when the
    command line is to name another."""
    env = _env(data_dir, env_port or port)
    env.update({f"REPORTQA_{k.upper()}": v for k, v in settings.items()})
    fh = log.open("w")
    proc = subprocess.Popen(
        [sys.executable, *(args or ("app.py",))],
        cwd=REPO_ROOT,
        env=env,
        stdout=fh,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"app exited: {log.read_text(errors='replace')[-2000:]}")
        if _http_ok(f"http://127.0.0.1:{port}/") or _auth_page(port):
            return proc
        time.sleep(0.3)
    proc.kill()
    raise RuntimeError(f"app did not start: {log.read_text(errors='replace')[-2000:]}")


def _auth_page(port: int) -> bool:
    try:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(f"http://127.0.0.1:{port}/config", timeout=2) as resp:
            return resp.status in (200, 401)
    except urllib.error.HTTPError as exc:
        return exc.code == 401
    except (urllib.error.URLError, OSError):
        return False


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
