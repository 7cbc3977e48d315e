"""Sentence cutting: the fast path that fan-out answers use must cut exactly the
sentences the general splitter cuts, or quotes would change with the library's size."""

from __future__ import annotations

import re

from answering.sentences import _SENT, _sentences_with, _spans
from tests.conftest import CORPUS, SHARED_SZ

TERMS = ["法律顾问", "调解", "普法", "行政执法", "三重一大", "的", "。", "工作"]


def _texts():
    files = sorted(CORPUS.glob("*.txt"))
    if SHARED_SZ.exists():
        files += sorted(SHARED_SZ.glob("*.txt"))[:20]
    for f in files:
        text = f.read_text(encoding="utf-8")
        # chunk-sized windows with odd edges: cut mid-sentence and at line breaks, at two
        # phases so the seeds alone (a checkout without corpus-sz) cut at twice the places
        for phase in (0, 289):
            for i in range(phase, len(text), 577):
                yield text[i : i + 600]


def test_sentences_containing_terms_match_the_general_splitter():
    checked = 0
    for text in _texts():
        for term in TERMS:
            terms = [term, "矛盾纠纷"]
            expected = [sp for sp in _spans(_SENT, text, 100) if any(t in sp[2] for t in terms)]
            assert _sentences_with(text, terms, 100) == expected, (term, text[:80])
            checked += len(expected)
    assert checked > 1000  # the corpus really exercised it


def test_sentence_edges():
    text = "，，一是聘请法律顾问。\n  法律顾问审核合同；其他事项\n法律"
    got = _sentences_with(text, ["法律顾问", "法律"], 0)
    assert [t for _, _, t in got] == ["一是聘请法律顾问。", "法律顾问审核合同；"]
    assert all(text[s:e] == t for s, e, t in got)
    assert _sentences_with("无关内容。", ["法律"], 0) == []
    assert not re.search(r"[。；]$", _sentences_with("末句没有句号法律", ["法律"], 0)[0][2])
