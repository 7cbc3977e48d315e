"""Fan-out judging made cheaper must judge exactly as before (issue 17, which-latency at 10k).

``judge_rows`` scores a sentence whose upper bound is under the support line only when its
report has no supporting sentence, keeps each chunk's sentences as read per index version,
and finds sentences from their mentions once per sentence; the quote finder resumes the same
way; the collector waits while an answer is composed. Every text here is made up.
"""

from __future__ import annotations

import gc
import random
import re
import threading
from bisect import bisect_right

from answering.collector import collector_paused
from answering.sentences import _TERMINATORS, _sentences_with, _trimmed
from reportqa.text import to_simplified
from reportqa.types import Chunk, ReportInfo
from retrieval.evidence import (
    SUPPORT,
    build_needs,
    headings_before,
    is_heading,
    sentence_score,
    sentences_of,
)
from retrieval.judging import judge_rows
from retrieval.passages import Sentence
from retrieval.query import Concept
from retrieval.split_words import split_span, split_spans

_PARTS = {"法律顾问": ["法律", "顾问"]}
_TEXTS = {
    "a": "一、法治建设\n白沙镇聘请律师担任法律顾问，审查合同九份。全年开展法律培训三次。",
    "b": "二、普法宣传\n本镇尚未聘请法律顾问。组织法律知识讲座五场，发放资料三百份。",
    "c": "三、其他工作\n完成年度目标任务。",
}


def _chunks() -> list[Chunk]:
    out = []
    for rid, text in _TEXTS.items():
        info = ReportInfo(rid, f"{rid}.txt", f"{rid}报告", f"{rid}镇", "青山县", "乡镇", 2024, rid)
        out.append(Chunk(f"{rid}:0", rid, text, ("一、主要工作",), 0, len(text), info))
    return out


def _needs():
    concepts = [
        Concept("聘请", ("聘请", "选聘"), False),
        Concept("法律顾问", ("法律顾问",), True),
    ]
    return build_needs(concepts, lambda t: _PARTS.get(t, [t]), lambda _s: 1, 3)


def test_judging_defers_only_sentences_that_cannot_support():
    chunks, needs = _chunks(), _needs()
    terms = ["聘请", "选聘", "法律顾问", "法律", "顾问"]

    def path(r: int) -> str:
        return " ".join(chunks[r].section_path)

    book: dict = {}
    got = judge_rows(range(3), chunks, lambda r: chunks[r].text, path, needs, terms, 0.65, 1, book)
    again = judge_rows(
        range(3), chunks, lambda r: chunks[r].text, path, needs, terms, 0.65, 1, book
    )
    read = {r for r, (_text, _path, ends, *_rest) in book.items() if ends is not None}
    assert got == again and read == {0, 1}  # chunk c names nothing: never cut into sentences
    for r, chunk in enumerate(chunks):
        every = _every_sentence(r, chunk.text, path(r), needs, terms)
        mine = got.get(chunk.report_id, [])
        if every and every[0].score >= SUPPORT:  # supported: the same quotes, nothing below
            assert mine == [x for x in every if x.score >= SUPPORT]
            assert len(every) > len(mine)  # 全年开展法律培训三次 was never scored
        else:  # unsupported: its best score is still exact
            assert mine == every
    assert got["b"] and 0 < got["b"][0].score < SUPPORT
    # its part-only sentence was put off, then scored: the report has nothing better
    assert _TEXTS["b"].index("组织") in {x.start for x in got["b"]}
    assert got["c"] == []


def _every_sentence(r, text, path, needs, terms) -> list[Sentence]:
    """Every candidate sentence of a chunk scored, as fan-out did before this round."""
    apart = [a for n in needs if n.loose for a in n.full]
    out = []
    for s, e in sentences_of(text, terms, apart):
        if is_heading(text[s:e]):
            continue
        heading = headings_before(path, text, s)
        sc = sentence_score(f"{heading}\n{text[s:e]}" if heading else text[s:e], needs)
        if sc > 0:
            out.append(Sentence(r, s, e, sc))
    return sorted(out, key=lambda x: (-x.score, x.row, x.start))


def _sentences_of_before(text, terms, apart=()):
    """The pass as it was: every mention, then its sentence."""
    hits = []
    for term in terms:
        pos = text.find(term)
        while pos >= 0:
            hits.append(pos)
            pos = text.find(term, pos + 1)
    hits += [s for w in apart if w not in text for s, _ in split_spans(text, w)]
    if not hits:
        return []
    ends = [m.end() for m in re.finditer("[。！？；;!?\n]", text)]
    found: dict[int, int] = {}
    for pos in hits:
        i = bisect_right(ends, pos)
        found.setdefault(ends[i - 1] if i else 0, ends[i] if i < len(ends) else len(text))
    return sorted(found.items())


def _sentences_with_before(text, terms, base):
    starts: dict[int, int] = {}
    original, text = text, to_simplified(text)
    stops = [ch for ch in _TERMINATORS if ch in text]
    for term in terms:
        pos = text.find(term)
        while pos >= 0:
            s = max((text.rfind(ch, 0, pos) for ch in stops), default=-1) + 1
            if s not in starts:
                ends = [i for i in (text.find(ch, pos) for ch in stops) if i >= 0]
                e = min(ends, default=len(text))
                starts[s] = e + 1 if e < len(text) and text[e] != "\n" else e
            pos = text.find(term, pos + 1)
    return _trimmed(original, sorted(starts.items()), base)


def test_sentences_found_once_per_sentence_are_the_same_sentences():
    rng = random.Random(17)
    alphabet = "法律顾问聘请普了一次法。；！\n，的在 顧"
    words = ["法律", "顾问", "法律顾问", "聘请", "律顾", "", "。", "\n", "普法"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        terms = rng.sample(words, rng.randint(0, 4))
        apart = rng.sample(["普法", "法律顾问", "聘请"], rng.randint(0, 2))
        assert sentences_of(text, terms, apart) == _sentences_of_before(text, terms, apart)
        assert _sentences_with(text, terms, 7) == _sentences_with_before(text, terms, 7)


def test_spelled_apart_still_found_and_missing_characters_rule_out():
    assert split_span("今年普了一次法，效果好", "普法") == (2, 7)
    assert split_span("今年开展了宣传", "普法") is None
    assert split_span("法", "法") is None
    assert list(split_spans("持有执法证上岗", "持证上岗")) == [(0, 7)]


def test_collector_waits_while_answers_are_composed_and_comes_back():
    assert gc.isenabled()
    inside: list[bool] = []
    entered, release = threading.Event(), threading.Event()

    def other() -> None:
        with collector_paused():
            entered.set()
            release.wait(5)
            inside.append(gc.isenabled())

    with collector_paused():
        thread = threading.Thread(target=other)
        thread.start()
        entered.wait(5)
        inside.append(gc.isenabled())
    inside.append(gc.isenabled())  # the other answer is still being composed
    release.set()
    thread.join()
    assert inside == [False, False, False] and gc.isenabled()

    gc.disable()  # a process that turned it off keeps it off
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
