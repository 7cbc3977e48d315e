"""Composing a which-answer over thousands of units reuses what the judge found and what
the library fixed (issue 17, which-latency at 10k): the quote finder takes a one-sentence
passage (fan-out's judged sentence) as its own quote, exactly as it would cut it; a unit's
label is kept per record and a corrected record gets its own. Real report text."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from answering.extractive import _label
from answering.sentences import _SENT, _sentences_with, _spans
from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from retrieval.evidence import sentence_ends

_CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _as_cut(text: str, terms: list[str], base: int) -> list[tuple[int, int, str]]:
    """What the quote finder means: the sentences ``_SENT`` cuts that hold a term."""
    return [x for x in _spans(_SENT, text, base) if any(t in to_simplified(x[2]) for t in terms)]


def test_a_judged_sentence_is_quoted_as_the_sentence_finder_cuts_it():
    checked = 0
    for path in sorted(_CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        ends = [0, *sentence_ends(text), len(text)]
        for start, end in pairwise(ends):
            sentence = text[start:end]  # as fan-out cuts a supporting sentence
            for terms in (["法治"], ["工作", "法律"], ["不在任何报告里的词"]):
                got = _sentences_with(sentence, terms, start)
                assert got == _as_cut(sentence, terms, start)
                checked += bool(got)
    assert checked > 100


def test_a_units_label_is_kept_per_record_and_a_corrected_record_gets_its_own():
    info = ReportInfo("r1", "a.txt", "报告", "白沙镇", "青山县", "乡镇", 2023, "h")
    first = _label(info)
    assert _label(info) is first
    assert [t.text for t in first] == ["白沙镇", "（青山县，2023年）"]
    corrected = replace(info, county="绿水县")
    assert [t.text for t in _label(corrected)] == ["白沙镇", "（绿水县，2023年）"]
    assert _label(info) is first
