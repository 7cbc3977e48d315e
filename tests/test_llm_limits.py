"""The LLM is held to a total deadline, a cut-off stream is a failure, and concurrency to
the endpoint is bounded — against a real HTTP server that misbehaves on purpose."""

from __future__ import annotations

import threading

import pytest

from answering.llm import ChatLLM
from reportqa.settings import Settings
from tests.fake_openai import FakeOpenAI
from tests.test_llm import _fallback, _run, _settings


@pytest.fixture
def fake():
    with FakeOpenAI() as server:
        yield server


def test_a_slow_dripping_stream_hits_the_total_deadline(tmp_path, fake):
    # every piece arrives 0.3 s after the last, well inside a 1 s read timeout; the whole
    # answer would take ~4 s
    fake.push_drip("峡口镇调解成功238件[2]，调解率达百分之百，成功率在百分之九十八以上[1]。", 0.3)
    _, answer = _run(_settings(tmp_path, fake, timeout=1.0), _fallback())
    assert answer.mode == "extractive"
    assert "没有答完" in answer.notice and "原文摘录" in answer.notice


def test_a_stream_cut_mid_answer_is_a_failure_not_an_answer(tmp_path, fake):
    fake.push_cut("峡口镇调解成功238件[2]，调解率")
    _, answer = _run(_settings(tmp_path, fake), _fallback())
    assert answer.mode == "extractive"
    assert "不完整" in answer.notice and "原文摘录" in answer.notice


def test_a_complete_stream_is_still_an_answer(tmp_path, fake):
    fake.push_drip("峡口镇调解成功238件[2]。", 0.05)
    _, answer = _run(_settings(tmp_path, fake, timeout=5.0), _fallback())
    assert answer.mode == "llm" and answer.answer == "峡口镇调解成功238件[2]。"


def test_concurrent_requests_to_the_endpoint_are_limited_by_a_setting(tmp_path, fake):
    settings = Settings(
        data_dir=tmp_path / "data",
        llm_base_url=fake.url,
        llm_model="fake-model",
        llm_timeout=10.0,
        llm_max_concurrent=1,
    )
    llm = ChatLLM(settings)
    for _ in range(3):
        fake.push_delay(0.4, "回答完毕。")
    results: list[str] = []
    threads = [
        threading.Thread(target=lambda: results.append("".join(llm.stream("s", "u"))))
        for _ in range(3)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert results == ["回答完毕。"] * 3
    assert fake.max_in_flight == 1
