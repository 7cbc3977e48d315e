"""Many users at once against a running app, through gradio_client: each session keeps its
own history and scope (gr.State), and auth protects the API too."""

from __future__ import annotations

import statistics
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from gradio_client import Client

from tests.app_process import _free_port, start_app, stop
from tests.conftest import SEEDS

TOWNS = [t for t, _, _ in SEEDS.values()]
TOPICS = ["综合行政执法持证人数是多少？", "聘请了法律顾问吗？", "调解了多少件矛盾纠纷？"]


@pytest.fixture(scope="module")
def ingested(seed_app):
    """The session seed library: the app processes here only read it."""
    return seed_app.settings.data_dir


@pytest.fixture(scope="module")
def app_url(ingested, tmp_path_factory):
    port = _free_port()
    proc = start_app(ingested, port, tmp_path_factory.mktemp("log") / "app.log")
    yield f"http://127.0.0.1:{port}/"
    stop(proc)


def _session(url: str, i: int) -> tuple[list[float], str, str, str]:
    first, second = TOWNS[i % 5], TOWNS[(i + 2) % 5]
    topic = TOPICS[i % len(TOPICS)]
    # the test asserts isolation, not speed (``reportqa bench`` measures that): a loaded
    # machine must not turn gradio_client's 20 s default read timeout into a failure
    client = Client(url, verbose=False, httpx_kwargs={"timeout": 180})
    times = []
    t0 = time.perf_counter()
    chat = client.predict(f"{first}{topic}", [], [], [], api_name="/chat")[0]
    times.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    chat = client.predict(f"那{second}呢？", chat, [], [], api_name="/chat")[0]
    times.append(time.perf_counter() - t0)
    return times, second, topic, _text(chat[-1]["content"])


def _text(content) -> str:
    """Gradio 6 sends message content as a list of typed parts."""
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return str(content)


def test_twenty_sessions_at_once_do_not_cross_talk(app_url):
    with ThreadPoolExecutor(20) as pool:
        results = list(pool.map(lambda i: _session(app_url, i), range(20)))
    latencies = sorted(t for times, *_ in results for t in times)
    for _times, second, topic, last in results:
        # the follow-up was resolved against this session's own first question
        assert f"理解为：{second}{topic[:4]}" in last, last[:200]
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(
        f"[concurrency] 20 sessions × 2 turns: p50 {statistics.median(latencies):.2f} s, "
        f"p95 {p95:.2f} s"
    )


def test_auth_protects_the_page_and_the_api(ingested, tmp_path):
    port = _free_port()
    proc = start_app(
        ingested, port, tmp_path / "app.log", auth_user="clerk", auth_password="s3cret"
    )
    try:
        url = f"http://127.0.0.1:{port}/"
        with pytest.raises(Exception):  # noqa: B017 - gradio_client raises several types
            Client(url, verbose=False).predict("哪些乡镇聘请了法律顾问", api_name="/answer")
        ok = Client(url, auth=("clerk", "s3cret"), verbose=False)
        out = ok.predict("哪些乡镇聘请了法律顾问", api_name="/answer")
        assert set(out["townships"]) == set(TOWNS)
    finally:
        stop(proc)
