"""Look-alikes on the evidence side (round qa48).

``probes_qa48.jsonl`` asks seven questions over eight invented reports of 云岭县
(``tests/data/probe_reports_qa48``). Each rule states a general fact:

1. a word a sentence spells apart (依法…决策) is no mention of it when its first half runs
   into another dictionary word before 的 (「依法治国的决策部署」: 依法治国 is one word, and
   的 ends its phrase); where the characters before 的 are two words (「法律法规知识的宣传」:
   法律法规|知识), they are the topic of the activity after 的, and the word counts
   (``split_words.inside_word``): y1a/y1b/y1c + y1x;
2. the 纲要's chapter 「持续优化法治化营商环境」 is what a 法治 report's 营商环境 paragraphs
   do, and reports drop 法治化 (``synonyms.txt``, one way): m1a/m1b + m1x; 溪口镇's
   「法治环境」 (法治 with another head) stays out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.split_words import split_span
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_invented_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    # int20 7181558: which F1 0.52, none 0.50 (y1a, y1b, y1x took 柳岸街道 「依法治国的决策部署」;
    # m1a, m1b empty: 营商环境 without 法治化 did not count)
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa48"],
        DATA / "probes_qa48.jsonl",
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert len(result["questions"]) == 7
    assert not [q["id"] for q in result["questions"] if q["miss"]]


@pytest.mark.parametrize(
    ("text", "word", "spelled"),
    [
        ("坚决贯彻落实依法治国的决策部署", "依法决策", False),  # 依法治国: one word before 的
        ("加大对法律法规知识的宣传力度", "法律法规宣传", True),  # 法律法规|知识: the topic
        ("研究的成果", "研究成果", True),  # only the word's own first half before 的
        ("普了一次法", "普法", True),  # no 的: the verb-object split as before
    ],
)
def test_a_word_before_de_decides_a_split(tagged, text, word, spelled):
    assert split_span(text, word) is not None  # spelled apart, read without a tagger
    assert (split_span(text, word, tagged) is not None) is spelled
