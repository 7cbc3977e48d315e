"""Starting the web app: unusable auth is refused, an open bind is announced loudly."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from library import build
from reportqa.settings import REPO_ROOT, Settings
from tests.app_process import _env, _free_port, start_app, stop
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    """The seeds ingested once; the app processes below only read them."""
    data = tmp_path_factory.mktemp("serving") / "data"
    build(Settings(data_dir=data)).shelf.add([CORPUS])
    return data


@pytest.mark.parametrize("command", [["app.py"], ["-m", "cli", "serve"]])
def test_an_auth_user_with_an_empty_password_refuses_to_start(tmp_path, command):
    env = _env(tmp_path / "data", _free_port())
    env["REPORTQA_AUTH_USER"] = "admin"
    proc = subprocess.run(
        [sys.executable, *command],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode != 0
    assert "密码为空" in proc.stderr and "REPORTQA_AUTH_PASSWORD" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_binding_every_interface_without_auth_warns_in_log_and_page(tmp_path, data):
    port = _free_port()
    log = tmp_path / "app.log"
    proc = start_app(data, port, log, host="0.0.0.0")
    try:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(f"http://127.0.0.1:{port}/config", timeout=10) as resp:
            config = resp.read().decode("utf-8")
    finally:
        stop(proc)
    assert "未设置登录密码" in log.read_text(encoding="utf-8", errors="replace")
    assert "未设置登录密码" in config


def test_serve_flags_reach_the_app_as_settings_not_the_environment(tmp_path, data):
    """``reportqa serve --host --port`` win over REPORTQA_HOST / REPORTQA_PORT: the app binds
    the flag's port and judges the flag's host (every interface: warned about)."""
    port, env_port = _free_port(), _free_port()
    log = tmp_path / "serve.log"
    argv = ("-m", "cli", "serve", "--host", "0.0.0.0", "--port", str(port))
    proc = start_app(data, port, log, *argv, env_port=env_port)
    stop(proc)
    assert "未设置登录密码" in log.read_text(encoding="utf-8", errors="replace")


def _upload(port: int, name: str, data: bytes) -> str:
    boundary = "reportqa-test-boundary"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
            "Content-Type: text/plain\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/gradio_api/upload",
        data=body,
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=30) as resp:
        return json.loads(resp.read())[0]


def test_files_in_gradios_temporary_folder_do_not_stay_forever(tmp_path, data):
    port = _free_port()
    proc = start_app(data, port, tmp_path / "app.log", temp_files_max_age_seconds="2")
    try:
        stored = Path(_upload(port, "报告.txt", "测试乡2025年法治政府建设情况报告".encode()))
        assert stored.exists()
        deadline = time.monotonic() + 30
        while stored.exists() and time.monotonic() < deadline:
            time.sleep(0.5)
    finally:
        stop(proc)
    assert not stored.exists()
