"""Round fu78: a unit kind quoted in the question, and the report's 主体 as a document fact.

``probes_fu78.jsonl`` asks over four invented reports (``tests/data/probe_reports_fu78``):

- 「是“乡”不是“镇”的」「报告主体是“乡”的」: quotes round a kind word name the word itself, so
  乡 is kept and 镇/街道 left out as if unquoted (fu1 fu1b fu1c); a quoted phrase that is no
  kind word (「“法律明白人”」) stays a topic (fu1n).
- 报告主体 is the unit that reports, a fact of the document, never a word to search (fu1b).
"""

from __future__ import annotations

from pathlib import Path

from answering.meta_frame import has_topic
from answering.sublevels import asked_kinds, unquoted_kinds
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fu78.jsonl"


def test_fu78_probes(tmp_path, monkeypatch, capsys):
    # main (a42390ef): which 0.50; branch 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fu78"],
        PROBES,
        ["--min-f1", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


def test_quoted_kind_reads_bare():
    assert unquoted_kinds("是“乡”不是“镇”的") == "是乡不是镇的"
    assert unquoted_kinds("单位是‘街道’的") == "单位是街道的"
    assert asked_kinds("是“乡”不是“镇”的有哪些？") == frozenset({"乡"})
    assert asked_kinds("报告主体是“乡”的（不是镇、不是街道）有哪些？") == frozenset({"乡"})


def test_quoted_phrase_is_no_kind():
    assert unquoted_kinds("提到“乡村振兴”的") == "提到“乡村振兴”的"
    assert unquoted_kinds("“法律明白人”") == "“法律明白人”"
    assert asked_kinds("哪些报告提到了“乡村振兴”？") is None


def test_kind_quoted_as_the_word_keeps_quotes():
    # review fu78b: only a copula or an only-verb before the quotes makes it the kind asked
    assert unquoted_kinds("只看“街道”的") == "只看街道的"
    assert unquoted_kinds("名字里带“街道”的报告") == "名字里带“街道”的报告"
    assert unquoted_kinds("哪些报告里写了“镇”字") == "哪些报告里写了“镇”字"
    assert unquoted_kinds("是“镇”这个字") == "是“镇”这个字"


def test_report_subject_is_frame():
    assert not has_topic("报告主体是乡的有哪些")
    assert has_topic("执法主体是谁")  # 主体 of a deed stays a topic
