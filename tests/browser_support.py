"""The app process, the headless Chromium and the page helpers behind tests/test_browser.py:
the app runs as its own process (``python app.py``) on an ingested tmp data dir; every request
that tries to leave 127.0.0.1 is blocked and recorded."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from reportqa.settings import REPO_ROOT
from tests.app_process import _env, _free_port, _http_ok
from tests.conftest import CORPUS, SEEDS

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENS = Path("/tmp/reportqa-screens")
TIMEOUT_MS = 30_000
START_TIMEOUT_S = 90
TOWNS = [t for t, _, _ in SEEDS.values()]
BOT = '#rq-chat [data-testid="bot"]'

HOSTILE_REPORT = """某县测试乡人民政府关于2023年法治政府建设情况的报告

2023年，测试乡在县委、县政府的坚强领导下，认真贯彻落实法治政府建设各项部署，现将有关情况报告如下。

一、推进行政决策法治化
测试乡聘请律师张三担任政府法律顾问<script>window.__pwned=1</script>，法律顾问全程参与重大行政决策合法性审查<img src=x onerror="window.__pwned=2">，全年审查合同12份。
测试乡严格落实重大行政决策程序，坚持公众参与、专家论证、风险评估、合法性审查和集体讨论决定。

二、加强普法宣传
全年开展普法宣传活动8场，发放宣传资料2000余份，群众法治意识明显提高。

三、下一步工作打算
继续深化法治政府建设，发挥法律顾问作用，提升依法行政水平。
"""

expect.set_options(timeout=TIMEOUT_MS)


@dataclass
class App:
    url: str
    tmp: Path
    log: Path
    started: float  # perf_counter() just before the process was started
    http_ready_s: float = 0.0
    external: list[str] = field(default_factory=list)  # requests that tried to leave the box
    page_ready_s: float | None = None
    cold_start_s: float | None = None

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])


@pytest.fixture(scope="module")
def app(tmp_path_factory) -> App:
    tmp = tmp_path_factory.mktemp("browser")
    data = tmp / "data"
    port = _free_port()
    env = _env(data, port)
    subprocess.run(
        [sys.executable, "-m", "cli", "ingest", str(CORPUS)],
        cwd=REPO_ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    log = tmp / "app.log"
    url = f"http://127.0.0.1:{port}/"
    with log.open("wb") as fh:
        started = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "app.py"], cwd=REPO_ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT
        )
    state = App(url=url, tmp=tmp, log=log, started=started)
    try:
        deadline = started + START_TIMEOUT_S
        while not _http_ok(url):
            if proc.poll() is not None:
                pytest.fail(
                    f"app.py exited with {proc.returncode} before answering:\n{state.log_tail()}"
                )
            if time.perf_counter() > deadline:
                pytest.fail(f"app not up after {START_TIMEOUT_S} s on {url}:\n{state.log_tail()}")
            time.sleep(0.25)
        state.http_ready_s = time.perf_counter() - started
        print(f"\n[browser] app answers HTTP 200 after {state.http_ready_s:.1f} s")
        yield state
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
        if state.external:
            print(f"[browser] blocked external requests: {sorted(set(state.external))[:10]}")


@pytest.fixture(scope="module")
def browser() -> Browser:
    if not (CHROMIUM.exists() and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(
            f"{CHROMIUM} is missing: the browser test needs Debian's chromium "
            "(`make chromium` or `apt-get install -y chromium`); no browser is downloaded"
        )
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(app: App, browser: Browser) -> Page:
    context = browser.new_context(
        viewport={"width": 1400, "height": 1000}, locale="zh-CN", accept_downloads=True
    )

    def only_local(route) -> None:
        url = route.request.url
        if re.match(r"^(https?|wss?)://(127\.0\.0\.1|localhost)[:/]", url):
            route.continue_()
        else:
            app.external.append(url)
            route.abort()

    context.route(re.compile(r"^(https?|wss?)://"), only_local)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.goto(app.url, wait_until="domcontentloaded")
    expect(page.locator("#rq-input textarea")).to_be_visible()
    if app.page_ready_s is None:
        app.page_ready_s = time.perf_counter() - app.started
        print(f"[browser] page ready in the browser after {app.page_ready_s:.1f} s")
    yield page
    context.close()


# ---- helpers ---------------------------------------------------------------------------


def shot(page: Page, app: App, name: str) -> Path:
    path = app.tmp / "screens" / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    SCREENS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, SCREENS / path.name)
    return path


def ask(page: Page, question: str, needle: str) -> tuple[float, object]:
    """Type a question, click 提问, wait for the finished answer (it contains ``needle`` and
    ends with its scope line); returns (seconds, locator of that message)."""
    before = page.locator(BOT).count()
    page.locator("#rq-input textarea").fill(question)
    t0 = time.perf_counter()
    page.locator("#rq-send").click()
    wait_answer(page, before, needle)
    elapsed = time.perf_counter() - t0
    return elapsed, page.locator(BOT).last


def wait_answer(page: Page, before: int, needle: str) -> None:
    page.wait_for_function(
        """([selector, n, needle]) => {
            const bots = document.querySelectorAll(selector);
            if (bots.length <= n) return false;
            const last = bots[bots.length - 1].innerText;
            return last.includes(needle) && last.includes('检索范围');
        }""",
        arg=[BOT, before, needle],
        timeout=TIMEOUT_MS,
    )


def luminance(rgb: str) -> float:
    r, g, b = (int(x) / 255 for x in re.findall(r"\d+", rgb)[:3])
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(fg: str, bg: str) -> float:
    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def upload(page: Page, path: Path) -> None:
    page.get_by_role("tab", name="报告库").click()
    expect(page.locator("#rq-upload-result")).to_be_hidden()  # no empty results table
    page.locator("#rq-upload input[type=file]").set_input_files(str(path))
    expect(page.locator("#rq-upload")).to_contain_text(path.name)  # uploaded to the server
    page.locator("#rq-do-upload").click()
    result = page.locator("#rq-upload-result")
    expect(result).to_contain_text(path.name)
    expect(result).to_contain_text("新增")
