"""Starting the web app: unusable auth is refused, an open bind is announced loudly."""

from __future__ import annotations

import subprocess
import sys
import urllib.request

import pytest

from reportqa.library import Library
from reportqa.settings import REPO_ROOT, Settings
from tests.app_process import _env, _free_port, start_app, stop
from tests.conftest import CORPUS


@pytest.mark.parametrize("command", [["app.py"], ["-m", "reportqa.cli", "serve"]])
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


def test_binding_every_interface_without_auth_warns_in_log_and_page(tmp_path):
    data = tmp_path / "data"
    Library(Settings(data_dir=data)).ingest([CORPUS])
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
