"""Round which29: the place and level scope of a which-question.

``probes_which29.jsonl`` asks over five invented reports (``tests/data/probe_reports_which29``:
streets under real districts of 浙江, 四川 and 江苏, and two prefecture cities of 四川):

- regions listed together as the question's subject (「浙江和四川的街道里」「在江苏、浙江，」)
  scope the answer together (``answering.region_scope``): two paraphrases, a negated one whose
  positive reading keeps the regions out of the need (``answering.which``), and must-nots (two
  regions with no report; regions inside the need after its verb);
- the prefecture rung by its class names (地级市, 市州, 地州市: ``retrieval.township_level``,
  ``retrieval.scope``): two paraphrases, a negated one, and a must-not (县级市 is no such name).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.scope import levels_asked
from retrieval.township_level import without_level_nouns
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_which29.jsonl"


def test_which29_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_which29"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    # g1x's regions hold no report of the library: it is refused by name, nothing else errs
    refused = {q["id"]: q["error"] for q in result["questions"] if q["error"]}
    assert list(refused) == ["g1x"]
    assert refused["g1x"].startswith("库中没有北京、天津的报告")


@pytest.mark.parametrize(
    "question",
    [
        "地级市的报告里，哪些提到了述法",
        "市州一级哪些开展了述法",
        "各地州市有没有写述法",
        "市（州）里哪些写了",
    ],
)
def test_the_prefecture_rung_by_its_class_names(question):
    assert levels_asked(question) == ("地市",)
    assert not any(w in without_level_nouns(question) for w in ("地级市", "市州", "地州市"))


@pytest.mark.parametrize("question", ["县级市的报告里哪些提到了述法", "哪些街道推进了城市州际合作"])
def test_no_prefecture_rung_in_other_words(question):
    assert "地市" not in levels_asked(question)
