"""Stop 80's performance cut: ``to_simplified`` keeps its answer per text (issue 17).

The memo must change no answer: each text's simplified form is the one the function works
out, for traditional texts, simplified ones, offsets kept, and repeated asks."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportqa.text import _KEPT_LEN, _SIMPLIFIED_KEPT, _simplified, _simplified_kept, to_simplified

_worked_out = _simplified  # the conversion without the memo
_BLIND39 = Path(__file__).parent / "data" / "blind39" / "web_real"


@pytest.mark.parametrize(
    "text, want",
    [
        ("推進法治政府建設", "推进法治政府建设"),  # traditional: converted
        ("法律顧問覆蓋全部村（社區）", "法律顾问覆盖全部村（社区）"),
        ("推进法治政府建设", "推进法治政府建设"),  # simplified: as it is
        ("", ""),
        ("ABC 2021", "ABC 2021"),
    ],
)
def test_the_kept_answer_is_the_worked_out_one(text, want):
    for _ in range(3):  # the first ask works it out, the next ones read it kept
        assert to_simplified(text) == want == _worked_out(text)
        assert len(to_simplified(text)) == len(text)  # offsets kept


def test_a_traditional_text_is_not_answered_as_it_stands():
    assert to_simplified("開展普法宣傳") != "開展普法宣傳"
    assert to_simplified("开展普法宣传") == "开展普法宣传"


def test_every_paragraph_of_real_reports_reads_the_same_kept_or_not():
    paragraphs = [
        p
        for f in sorted(_BLIND39.glob("*.txt"))
        for p in f.read_text(encoding="utf-8").split("\n")
        if p.strip()
    ]
    assert paragraphs
    for p in paragraphs + paragraphs:  # the second round is read from the memo
        assert to_simplified(p) == _worked_out(p)
    simplified = [_worked_out(p) for p in paragraphs]  # read again once simplified: the same
    assert [to_simplified(p) for p in simplified] == simplified


def test_the_memo_is_bounded_and_counts_its_reads():
    info = _simplified_kept.cache_info()
    assert info.maxsize == _SIMPLIFIED_KEPT
    to_simplified("依法治县委员会办公室")
    to_simplified("依法治县委员会办公室")
    assert _simplified_kept.cache_info().hits >= info.hits + 1
    assert _simplified_kept.cache_info().currsize <= _SIMPLIFIED_KEPT


def test_a_whole_report_is_converted_but_not_kept():
    """Ingest simplifies whole reports once each: keeping them would only hold memory."""
    report = "推進法治政府建設。" * (_KEPT_LEN // 9 + 1)
    before = _simplified_kept.cache_info().currsize
    assert to_simplified(report) == "推进法治政府建设。" * (_KEPT_LEN // 9 + 1)
    assert _simplified_kept.cache_info().currsize == before
