"""Round perf62: the negation tests a fan-out asks of every candidate sentence and mention,
made cheaper — and they must answer exactly what the slower forms answered.

- ``negated_mention.unnegated``: four substring tests instead of ``frozenset.isdisjoint``
  over the text (which makes a string object per character);
- ``negator_words.without_negator_words``: a text holding none of the characters its words
  open with comes back as it is, without the substitution's scan.

Checked over every sentence and every whole text of the seed reports (``corpus/``) and
blind30's ten real 深圳 reports (``tests/data/blind30/web_real``), and over made-up strings
holding each negator and each word that opens with one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from retrieval.evidence import negated
from retrieval.negated_mention import _NEG_CHARS, _STILL, unnegated
from retrieval.negator_words import NOT_NEGATING, without_negator_words
from retrieval.term_sentences import sentence_ends

ROOT = Path(__file__).parent.parent
FILES = sorted((ROOT / "corpus").glob("*.txt")) + sorted(
    (Path(__file__).parent / "data" / "blind30" / "web_real").glob("r*.txt")
)
_WORDS = re.compile("|".join(NOT_NEGATING))


def _old_unnegated(text: str) -> bool:
    return frozenset("未没缺无").isdisjoint(text) and _STILL.search(text) is None


def _old_without(text: str) -> str:
    return _WORDS.sub(lambda m: " " * len(m.group(0)), text)


@pytest.fixture(scope="module")
def pieces() -> list[str]:
    """Every whole text and every sentence of the real reports, and made-up strings."""
    out = []
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        out.append(text)
        start = 0
        for end in sentence_ends(text):
            out.append(text[start:end])
            start = end
    # made-up: each negator alone, each word that opens with one, the 在 frames, none
    made = [*"未没缺无", *NOT_NEGATING, "尚在规划", "仍在筹建", "正在推进", "开展普法宣传", ""]
    out += made + [f"甲镇{w}乙村{c}" for w in NOT_NEGATING for c in ("", "未建立", "已建成")]
    return out


def test_the_real_texts_hold_both_answers(pieces):
    """The check below means something: the real sentences hold negators and lack them."""
    got = [unnegated(p) for p in pieces]
    assert sum(got) > 100 and len(got) - sum(got) > 100


def test_unnegated_answers_as_the_character_set_did(pieces):
    assert frozenset("未没缺无") == _NEG_CHARS  # the four substring tests spell this set
    for p in pieces:
        assert unnegated(p) == _old_unnegated(p), p[:60]


def test_without_negator_words_keeps_every_text_as_the_substitution_did(pieces):
    assert sum(any(w in p for w in NOT_NEGATING) for p in pieces) > len(NOT_NEGATING)
    for p in pieces:
        assert without_negator_words(p) == _old_without(p), p[:60]


def test_negated_mentions_read_the_same(pieces):
    """Every mention of a few report words in the real texts is negated or not exactly as
    with the old blanking (the guard changes only when the substitution is skipped)."""
    words = ("法律顾问", "普法", "调解", "制度", "未成年", "无偿", "建立")
    seen = 0
    for p in pieces[: len(FILES) * 50]:
        for w in words:
            for m in re.finditer(w, p):
                seen += 1
                assert negated(p, m.start(), m.end()) == _negated_old(p, m.start(), m.end())
    assert seen > 200


def _negated_old(text: str, pos: int, end: int) -> bool:
    """``negated`` as written before this round (the blanking always run)."""
    from retrieval.negated_mention import _NEGATION, _NOT_DONE, _NOT_DONE_CHARS
    from retrieval.negation_reach import reached

    text = _old_without(text)
    before, after = text[max(0, pos - 4) : pos], text[end : end + 12]
    return bool(
        (not _NEG_CHARS.isdisjoint(before) and _NEGATION.search(before))
        or (not _NOT_DONE_CHARS.isdisjoint(after) and _NOT_DONE.match(after))
        or reached(text, pos, end)
    )


# asked spellings of events held in a format (专题讲座, 法治培训), with the concept's own words
FORMAT_ASKS = (
    (("法治讲座", "法治培训"), ("法治",)),
    (("专题培训",), ("干部", "法治")),
    (("普法宣传",), ("普法",)),
    (("安全生产培训", "安全培训"), ("安全生产",)),
)


def test_format_said_reads_as_before_where_no_head_stands(pieces, tagged):
    """A sentence naming no event head (讲座, 培训) holds no event in a format: the guard
    answers as the full reading does, for every sentence of the real reports (and the full
    reading is still run, and finds events, where a head stands)."""
    from retrieval.format_words import HEADS, _format_said, format_said

    made = (  # made-up: events in a format, asked and not
        "将习近平法治思想纳入学习内容，全年组织专题讲座4次。",
        "甲镇举办法治专题讲座、培训共6场。",
        "（三）干部学法\n开展安全生产专项培训2次。",
        "组织农业技术专项培训，未开展法治专题讲座。",
    )
    found = with_head = 0
    for p in (*pieces[len(FILES) :], *made):  # sentences and made-up strings, not whole texts
        body = p[p.rfind("\n") + 1 :]
        for asked, own in FORMAT_ASKS:
            got = format_said(p, asked, own, tagged)
            assert got == _format_said(body, asked, own, tagged), (p[:60], asked)
            found += got
            with_head += any(h in body for h in HEADS)
    assert with_head > 20 and found > 0
