"""Round perf34: three pure functions read once where a which-question asked them again.

``probes_perf34.jsonl`` asks over three invented reports of the invented 青溪县
(``tests/data/probe_reports_perf34``):

- 塘口镇's 「二、法律顾问工作」 says it has none (尚未聘请法律顾问) and writes three more
  sentences under it: whether the section denies its topic is now worked out once per
  section of a chunk (``judging._as_read``), and none of them may borrow the heading;
- 「法律顾问驿站」 is spelled nowhere while its tokens stand in every report: whether any
  report spells a string is read through the retriever's kept substring answers
  (``grounding._spelled``);
- 「严格落实领导干部不插手具体案件处理的规定」 stands in all three reports: whether a sentence
  denies the asked deed is read once per distinct text in an ask (``answering.denied``).

Each has two paraphrases and a must-not; the answers are the ones the code before this
round gives (every row the same, checked by running both).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.denied import _kept
from retrieval.denied_deed import asked_deeds
from tests.probe_kit import built, ingest_and_eval

DATA = Path(__file__).parent / "data"
REPORTS = DATA / "probe_reports_perf34"
PROBES = DATA / "probes_perf34.jsonl"


def test_perf34_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch, capsys, tmp_path / "d", [REPORTS], PROBES, ["--min-f1", "1.0"]
    )
    assert not any(q["error"] for q in result["questions"])
    assert {q["id"]: q["miss"] for q in result["questions"]} == {
        q: "" for q in ("d1a", "d1b", "d1n", "g1a", "g1b", "g1n", "u1a", "u1b", "u1n")
    }


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    return built(tmp_path_factory, "perf34", REPORTS)


@pytest.mark.parametrize(
    "strings",
    [("法律顾问驿站",), ("送法下乡",), ("法律顾问", "常年顾问"), ("不插手",), ("调解队伍",)],
)
def test_spelled_is_any_row_holding_the_string(app, strings):
    """The kept substring answers say what reading every token-holding row says."""
    r = app.retriever
    rows = range(len(r.lib.chunks))
    assert r.grounding._spelled(strings) == any(a in r.simple(x) for x in rows for a in strings)


@pytest.mark.parametrize("question", ["哪些乡镇插手了具体案件", "哪些乡镇开展了会前学法"])
def test_denial_read_once_is_denial_read_alone(app, question):
    """One ask's kept readings give each report what reading its sentences afresh gives."""
    r = app.retriever
    a = r.analyze(question)
    deeds = asked_deeds(a.question, a.concepts, r.lib.tokenizer.tagged)
    read: dict[str, bool] = {}
    for ev in r.fan_out(a, floor=0.0) + r.fan_out(a):
        assert _kept(ev, deeds, read) == _kept(ev, deeds)
