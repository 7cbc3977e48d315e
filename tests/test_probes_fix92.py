"""Stop 92's mends, each a fact about questions:

1. several document facts asked in one breath (「是哪年的报告？什么时候发的」「哪个单位发的，文号
   多少」「文号是什么，归哪个县管」) are all answered, one line per report, each fact cited where the
   report or its page says it; the first ask found no longer drops the others (held90 h90_46 and
   h90_50 answered one of two). A deed's time or count (「什么时候开始聘请法律顾问的，聘了几名」)
   is no document fact: what is left beside the asking words is a topic, searched in the text.

``probes_fix92.jsonl`` asks over two invented reports (``probe_reports_fix92``): main 3 of 6
missed (k2-k4), here none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.meta_several import several_asked, without_several
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("q", "asked"),
    [
        ("仁怀市那份是哪年的报告？什么时候发的", ("year", "issued")),
        ("这份报告是哪个单位发的，文号多少", ("author", "number")),
        ("文号是什么，归哪个县管", ("number", "parent")),
        ("这份报告什么时候发布的", ()),  # one fact: its own answer
        ("从什么时候开始聘请法律顾问的，聘了几名", ()),  # a deed's time, no document fact
    ],
)
def test_several_document_facts_are_read_in_order(q, asked):
    assert several_asked(q) == asked


def test_the_asking_words_leave_only_frame():
    assert without_several("白石镇的报告文号是什么，归哪个县管").replace("白石镇", "") in {
        "的报告，",
        "的报告",
    }


def test_fix92_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fix92"],
        DATA / "probes_fix92.jsonl",
        ["--min-facts", "1.0"],
    )
    assert not [q["id"] for q in result["questions"] if q["miss"]]
