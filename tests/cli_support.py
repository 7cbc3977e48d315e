"""The CLI as a user runs it: a fresh ``python -m cli`` process, so tests go through
argument parsing, settings from the environment and exit codes, not library calls."""

from __future__ import annotations

import json
import subprocess
import sys

from reportqa.settings import REPO_ROOT


def run_cli(env: dict, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run one command; a non-zero exit fails the test with the end of its stderr."""
    proc = subprocess.run(
        [sys.executable, "-m", "cli", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


def run_cli_json(env: dict, *args: str, timeout: float = 300):
    return json.loads(run_cli(env, *args, timeout=timeout).stdout)
