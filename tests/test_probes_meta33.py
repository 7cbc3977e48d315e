"""Round meta33: where a report's unit lies, and what a metadata question's place and level
words frame.

``probes_meta33.jsonl`` asks over five invented reports (``tests/data/probe_reports_meta33``):

- a seat town the division list lacks, named after its county (宾川镇, its report says
  「县委、县政府」, the list holds one 宾川县 in 云南 大理州) lies in that county
  (``ingest.meta_parent._seat_county``): two paraphrases by province and prefecture; the
  must-not 福贡镇 calls its superior 区委 while the list's county of its name is a 县, so it
  stays unplaced;
- a province or city said before the asking word of a parent (「各属于上海哪个区」「在上海的
  哪个区」) frames the parent (``answering.meta_parts.without_region_of_parent``): two
  paraphrases; the must-not names no unit, so 上海 stays a content question's scope;
- 或/或者 between level words and 里 after 报告 are the frame of a list question
  (「2023年的报告里，哪些是乡镇或街道的」): two paraphrases; the must-not joins two topic
  words by 或者 and is still searched in the text;
- a determiner, counter and level noun before 的报告 (「上海这两个镇的报告分别是哪一年的」) point
  at the region's reports of that level (``answering.region_scope``; the level word picks
  among them in ``metadata_qa``): two paraphrases; the must-not asks a topic of the region's
  reports, still searched.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.meta_parts import PARENT, without_region_of_parent
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_meta33.jsonl"


def test_meta33_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_meta33"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0", "--min-compare", "1.0"],
    )
    assert not [q["id"] for q in result["questions"] if q["error"]]


@pytest.mark.parametrize(
    ("question", "said", "rest"),
    [
        ("A镇和B镇各属于上海哪个区", ["上海"], "A镇和B镇各属于哪个区"),
        ("A镇在浙江的哪个县", ["浙江"], "A镇在哪个县"),
    ],
)
def test_a_region_before_the_parent_asked_is_frame(question, said, rest):
    assert without_region_of_parent(question, said) == rest
    assert PARENT.search(rest)


@pytest.mark.parametrize("question", ["四川哪个县的报告最多", "A镇属于哪个区，在上海吗"])
def test_a_region_elsewhere_stays(question):
    assert without_region_of_parent(question, ["四川", "上海"]) == question
