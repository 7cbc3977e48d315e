"""Round perf35: a substring test decides most mentions a fan-out scores.

``probes_perf35.jsonl`` asks over three invented reports (``tests/data/probe_reports_perf35``):
a mention in a sentence without a negator is a mention (白沙镇 聘请律师担任法律顾问), while
every frame of a negation keeps refusing it — 尚未聘请 (青山乡), and 尚在筹建 / 仍在规划
(红石镇), the frames written without 未, 没, 缺 or 无 — and a concept the question names with
a modifier keeps telling kinds apart (法治副校长, not 科技副校长). Two paraphrases and a
must-not each. The answers are the same as before the shortcut; the probes keep them so.

The shortcut itself (``retrieval.substring_decides``) must give ``evidence._match``'s value
wherever it decides: checked over every sentence of real report pages against the needs of
everyday questions.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from retrieval.evidence import Score, _match
from retrieval.negated_mention import negated, unnegated
from retrieval.substring_decides import decided, decisive
from tests.probe_kit import built, ingest_and_eval, question_needs

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_perf35.jsonl"
QUESTIONS = [
    "哪些乡镇聘请了法律顾问",
    "哪些乡镇配备了法治副校长",
    "哪些乡镇开展了矛盾纠纷排查化解",
    "哪些乡镇开展了普法宣传进村入户",
    "哪些乡镇落实了行政执法三项制度",
    "哪些乡镇组织领导干部集中学法",
    "哪些乡镇的副镇长参加了法治培训",
    "哪些乡镇建立了村级法律顾问",
]


def test_perf35_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_perf35"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("sentence", "free"),
    [
        ("镇政府聘请律师担任法律顾问，为重大行政决策提供法律意见。", True),
        ("本乡尚未聘请法律顾问。", False),
        ("法律顾问制度尚在筹建。", False),
        ("法治文化公园仍在规划，计划明年建成。", False),
        ("缺乏专业的法律顾问。", False),
        ("在全镇范围内开展法治宣传。", True),  # 在 alone says where, not that it is planned
    ],
)
def test_unnegated(sentence, free):
    assert unnegated(sentence) is free


def _sentences() -> list[str]:
    out = []
    for page in sorted(DATA.glob("blind1[45]/web_real/r*.txt")):
        out += [s for s in re.split(r"(?<=[。；！？\n])", page.read_text("utf-8")) if s.strip()]
    return out


def test_no_negation_where_unnegated():
    """Every mention of a text ``unnegated`` passes is read as not negated."""
    for s in _sentences():
        if unnegated(s):
            assert not any(negated(s, i, i + 2) for i in range(len(s)))


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    return built(
        tmp_path_factory, "perf35", DATA / "probe_reports_perf35", DATA / "blind14/web_real"
    )


@pytest.mark.parametrize("question", QUESTIONS)
def test_decided_is_match(app, question):
    """Where a substring test decides, it gives ``_match``'s value; the sentence's score is
    the one ``_match`` alone gives."""
    _, needs = question_needs(app.retriever, question)
    decides = decisive(needs)
    score = Score(needs)
    for s in _sentences():
        free = unnegated(s)
        got = [_match(s, n) for n in needs]
        for n, d, g in zip(needs, decides, got, strict=True):
            quick = decided(s, n, d, free)
            assert quick is None or quick == g, (question, n.concept.term, s)
        mass = sum(n.weight for n in needs)
        if mass and -1.0 not in got and not score.doing and not score.together:
            plain = sum(n.weight * g for n, g in zip(needs, got, strict=True)) / mass
            if not score.must and not score.explains:
                assert score(s) == plain
