"""Round perfa29: speed-ups that must not change an answer, and the late warm-up that must
not meet the first one.

``probes_perfa29.jsonl`` asks over three invented reports of the invented 青川县
(``tests/data/probe_reports_perfa29``): 青石镇 spells 普法 apart only (普了九次法), 白沙乡 whole
(普法活动), 柳岸镇 neither (安全生产执法检查). The spelled-apart search is now compiled on its
first use (``fanout_sentences.LazySearch``): both paraphrases still list 青石镇 beside 白沙乡,
and the must-not lists 柳岸镇 alone. The late import of jieba's tag table
(``webapp.idle_warm``) waits for the first answer, then for a quiet spell.
"""

from __future__ import annotations

import time
from pathlib import Path

from retrieval.bounds import _spelled
from retrieval.fanout_sentences import LazySearch, gapped
from tests.probe_kit import ingest_and_eval
from webapp.idle_warm import Activity, warm_when_idle

DATA = Path(__file__).parent / "data"


def test_lazy_search_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_perfa29"],
        DATA / "probes_perfa29.jsonl",
        ["--min-f1", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    assert all(q["f1"] == 1.0 for q in result["questions"]), [
        (q["id"], q["miss"], q.get("extra")) for q in result["questions"] if q["f1"] != 1.0
    ]


def test_the_lazy_search_finds_what_the_pattern_finds_and_compiles_only_when_read():
    words = ("普法", "送法", "法律顾问", "参加考试")
    texts = [
        "在集镇和村部普了九次法。",  # apart
        "全年开展普法活动12场。",  # whole: the pattern never matches where the word starts
        "把法律知识送进企业。",
        "参加年度法治理论网上考试。",
        "开展安全生产执法检查28次。",
    ]
    lazy = LazySearch(words)
    assert lazy._search is None  # made, not compiled
    pattern = gapped(words)
    for text in texts:
        want = pattern.search(text)
        got = lazy(text)
        assert (got is None) == (want is None), text
        assert got is None or got.span() == want.span()
    assert lazy._search is not None
    assert isinstance(_spelled(("普法", "普法")), LazySearch)
    assert _spelled(("法",)) is None  # no word of two characters: nothing to search


def test_the_late_warm_up_waits_for_the_first_answer_then_for_quiet():
    """Idle before any question (the app still starting its page) is not enough, nor a call
    that answers nothing (the page's report list): only after an answer and a quiet spell."""
    activity = Activity()
    warmed: list[float] = []
    thread = warm_when_idle(activity, quiet=0.2, warm=lambda: warmed.append(time.monotonic()))
    time.sleep(0.6)
    assert not warmed  # idle, but nobody has been answered yet
    activity.begin()
    activity.end()  # a listing call
    time.sleep(0.6)
    assert not warmed
    activity.begin()
    activity.end(answered=True)
    ended = time.monotonic()
    thread.join(timeout=5)
    assert warmed and warmed[0] - ended >= 0.2 - 0.01
