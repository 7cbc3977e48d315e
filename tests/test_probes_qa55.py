"""Round qa55: the fact headline's count comes from the clause of the asked outcome, and the
eval says when it does (``headline_ok``).

``probes_qa55.jsonl`` asks over one invented report of the invented 云岭县
(``tests/data/probe_reports_qa55``): a sentence that counts what was found and what was
finished (「巡察反馈的15个问题…已完成整改14个」, 「受理来信来访36件，办结34件」). 「改完了
几个」/「整改完成了多少个」/「办完了几件」 ask the finished count, 「反馈了多少个问题」/「受理了
多少件」 the other — each headline must state the asked one, not only quote it below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.values import asked_count
from retrieval.concept import Concept
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_headline_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa55"],
        DATA / "probes_qa55.jsonl",
        ["--min-facts", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    by_id = {q["id"]: q for q in result["questions"]}
    assert result["overall"]["fact_headlines"] == 1.0, [
        (i, q["answer"].splitlines()[0]) for i, q in by_id.items() if not q["headline_ok"]
    ]
    # the must-nots: the other count of the same sentence is not in their headline
    assert "14个" not in by_id["h1x"]["answer"].splitlines()[0]
    assert "34件" not in by_id["h2x"]["answer"].splitlines()[0]


FOUND = "对县委巡察反馈的15个问题，逐项制定整改措施，已完成整改14个，剩余1个正在推进。"


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("丁镇巡察反馈的问题改完了几个", "14个"),
        ("丁镇巡察指出的问题办完了几个", "14个"),
        ("丁镇巡察反馈的问题有几个", "15个"),  # no verb of the outcome: the topic words pick
    ],
)
def test_the_outcome_verb_decides_over_the_topic_words(question, want):
    concepts = (
        Concept("巡察", ("巡察",), False),
        Concept("反馈", ("反馈",), False),
        Concept("问题", ("问题",), True),
    )
    assert asked_count(FOUND, question, concepts) == want
