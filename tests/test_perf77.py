"""perf77: ``in_shortfall`` reads its cheap tests first (no 未/没, no spelling in the text)
and gives the answer the regex-per-spelling reading gave, on every sentence of real reports."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from reportqa.text import to_simplified
from retrieval import shortfalls
from retrieval.shortfalls import in_shortfall, shortfall_spans

DATA = Path(__file__).parent / "data"


def _before(text: str, spellings: Sequence[str]) -> bool:
    """``in_shortfall`` as it read before perf77: every spelling searched by an escaped regex."""
    seen = [(m.start(), m.end()) for s in spellings if s for m in re.finditer(re.escape(s), text)]
    if not seen:
        return False
    spans = shortfall_spans(text)
    return bool(spans) and all(any(a <= p and e <= b for a, b in spans) for p, e in seen)


def _sentences() -> list[str]:
    """Every sentence of the blind39 reports and the probe reports, simplified."""
    out = []
    for f in sorted([*DATA.glob("blind39/web_real/*.txt"), *DATA.glob("probe_reports_*/*.txt")]):
        text = to_simplified(f.read_text(encoding="utf-8"))
        out += [s for s in re.split(r"(?<=[。！？\n])", text) if s.strip()]
    return out


SPELLINGS = [
    ("法律顾问",),
    ("法治带头人", "法律明白人"),
    ("调解", "人民调解"),
    ("全覆盖",),
    ("法治", "依法治"),
    ("", "普法"),
    ("未",),
    ("工作",),
]


def test_same_answer_as_before_on_every_sentence() -> None:
    sentences = _sentences()
    assert len(sentences) > 1000
    for text in sentences:
        for spellings in SPELLINGS:
            assert in_shortfall(text, spellings) is _before(text, spellings), (text, spellings)


@pytest.mark.parametrize(
    ("sentence", "words", "expected"),
    [
        ("“法律明白人”培育工作起步较晚，尚未建立队伍", ("法律明白人",), True),
        ("法律明白人培育工作起步较晚，但已培育120名", ("法律明白人",), False),
        ("调解工作有待加强，尚未实现全覆盖", ("法律顾问", "调解"), True),
        ("调解工作有待加强，尚未实现全覆盖", ("法律顾问",), False),
        ("调解工作有待加强，尚未实现全覆盖，法律顾问已签约", ("调解", "法律顾问"), False),
    ],
)
def test_frames_read_as_before(sentence: str, words: tuple[str, ...], expected: bool) -> None:
    text = to_simplified(sentence)
    assert in_shortfall(text, words) is expected is _before(text, words)


def test_no_regex_for_a_text_without_negation_or_an_absent_spelling(monkeypatch) -> None:
    calls = []
    real = re.finditer

    def counted(pattern, text, *a):
        calls.append(pattern)
        return real(pattern, text, *a)

    monkeypatch.setattr(shortfalls.re, "finditer", counted)
    assert not in_shortfall("法律明白人培育工作起步较晚，已培育120名", ("法律明白人", "调解"))
    assert calls == []  # no 未/没: no shortfall can be said
    assert in_shortfall("法律明白人培育工作起步较晚，尚未建立队伍", ("法律明白人", "调解"))
    assert "调解" not in calls and re.escape("调解") not in calls
