"""Stop 27: lures that narrow a practice the reports describe with a word no report writes.

- **The means or the language** (「用英语举行宪法宣誓」「借助无人机巡查」): a unit qualifies only
  if its report names that means; the strict reading refuses it too, not only the graded one.
- **A calendar time** (「每周六晚上夜学」「节假日设调解摊位」): another day is another routine.
- **A county-level city not in the library** (昆山市, 义乌市) is refused like a county (余杭区).

Each with its twin (the question without the modifier, a which with real gold) as the must-not,
over three invented reports (``tests/data/probe_reports_none27``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from answering.lure_words import conditioned
from answering.places import county_names
from retrieval.concept import Concept
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_none27.jsonl"


def test_lure_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_none27"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0", "--min-facts", "1.0"],
    )
    # a place not in the library is refused with 「库中没有…」: the eval counts it as an error row
    refused = {q["id"] for q in result["questions"] if q["error"]}
    assert refused == {"p3a", "p3b"}, refused
    assert all("库中没有" in q["error"] for q in result["questions"] if q["error"])
    ids = [json.loads(line)["id"] for line in PROBES.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == result["overall"]["questions"]


def _words(*terms: str) -> list[Concept]:
    return [Concept(t, (t,), True) for t in terms]


@pytest.mark.parametrize(
    ("question", "words", "got"),
    [
        ("哪个镇用英语举行过宪法宣誓仪式？", ("英语",), ("英语",)),
        ("通过小程序收集过意见的街道有哪些", ("小程序",), ("小程序",)),
        ("哪个镇每周六晚上组织干部夜学？", ("每周六", "晚上"), ("每周六",)),
        ("哪些地方春节期间开展过排查", ("春节",), ("春节",)),
        ("哪个镇头一回举行宪法宣誓", ("头一回",), ()),  # a word of order describes
        ("哪个镇晚上组织干部夜学？", ("晚上",), ()),  # night said of 夜学: a description
        ("英语角办得好的学校", ("英语角",), ()),  # no verb of using: not named as a means
    ],
)
def test_conditioned_words(question, words, got):
    assert conditioned(question, _words(*words)) == got


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("昆山市开展过防电信诈骗宣传吗？", ["昆山市"]),
        ("乐平市有没有推行容缺受理", ["乐平市"]),
        ("哪个城市开展过普法", []),  # no name: a common noun
        ("苏州市的报告里", []),  # a prefecture city is a region, read elsewhere
    ],
)
def test_county_level_cities(question, names):
    assert county_names(question) == names
