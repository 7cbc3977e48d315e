"""Round qa55: the fact headline's count comes from the clause of the asked outcome, and the
eval says when it does (``headline_ok``); a count asked in a word no report writes gets the
closest sentence as a typed near reading (``reportqa.answer.Unsaid`` with ``near``), never as
its value.

``probes_qa55.jsonl`` asks over one invented report of the invented 云岭县
(``tests/data/probe_reports_qa55``): a sentence that counts what was found and what was
finished (「巡察反馈的15个问题…已完成整改14个」, 「受理来信来访36件，办结34件」). 「改完了
几个」/「整改完成了多少个」/「办完了几件」 ask the finished count, 「反馈了多少个问题」/「受理了
多少件」 the other — each headline must state the asked one, not only quote it below. A second
report (河口乡) writes 法治宣传活动16场 where users say 普法讲座: 「下村搞普法讲座搞了几场」 names
讲座 as unsaid and shows that sentence related; 「讲了多少个小时」 (another measure) and 「干部听
讲座听了几场」 (only a holder left) stay 「没有写明」/「没有找到」.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from answering.followup import Turn, resolve
from answering.followup_again import NOTE, asks_again
from answering.values import asked_count
from library.compose import build
from reportqa.answer import Role, Unsaid
from reportqa.settings import Settings
from retrieval.concept import Concept
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_qa55.jsonl"


def test_headline_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa55"],
        PROBES,
        ["--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    by_id = {q["id"]: q for q in result["questions"]}
    assert result["overall"]["fact_headlines"] == 1.0, [
        (i, q["answer"].splitlines()[0]) for i, q in by_id.items() if not q["headline_ok"]
    ]
    # the must-nots: the other count of the same sentence is not in their headline
    assert "14个" not in by_id["h1x"]["answer"].splitlines()[0]
    assert "34件" not in by_id["h2x"]["answer"].splitlines()[0]
    service = build(Settings(data_dir=tmp_path / "d")).service
    own = service.ask("有没有类似普法讲座的活动？", [Turn("河口乡罚了几回款？")])
    assert own.resolved_question != "河口乡罚了几回款？"  # its own topic: a new question
    for line in PROBES.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if "near_unsaid" not in item:
            continue
        turns = []
        for h in item.get("history", []):
            got = service.ask(h["q"])
            turns.append(Turn(h["q"], got.resolved_question, got.townships))
        ans = service.ask(item["question"], turns)
        if turns:  # 「换个说法呢」: the last question again, said so
            assert ans.resolved_question == turns[-1].effective, item["id"]
            assert ans.resolution_note == NOTE
        assert not ans.townships and not ans.citations, item["id"]  # never the answer
        assert list(ans.unsaid) == item["near_unsaid"], item["id"]
        near = [b for b in ans.body if isinstance(b, Unsaid) and b.near]
        if item["near_unsaid"]:
            assert near and ans.related, item["id"]
            assert all(c.role == Role.RELATED for c in ans.related)
            assert item["near_value"] in ans.related[0].quote, item["id"]
            assert ans.related[0].township == item["township"]
        else:
            assert not near, item["id"]


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


@pytest.mark.parametrize(
    ("question", "again"),
    [
        ("换个说法呢？", True),
        ("那有没有类似的？", True),
        ("换个词再找找", True),
        ("相近的呢？", True),
        ("有没有类似调解室的机构？", False),  # its own topic
        ("类似的做法有哪些镇？", False),
        ("那甲镇呢？", False),
    ],
)
def test_asking_again_in_other_words(question, again):
    assert asks_again(question) is again


@pytest.mark.parametrize("among", ["那里头哪个是乡？", "这里头哪个是乡？"])
def test_a_spoken_among_after_an_empty_answer_asks_the_last_question_over_the_level(among):
    got = resolve(among, [Turn("哪些地方帮村民打赢了官司？")], ["甲镇", "乙乡"])
    assert got.question.startswith("乡的报告里") and "打赢了官司" in got.question
