"""Fan-out keeps each chunk's heading sentences (``fanout_sentences.heading_spans``) and
looks for a question's heading strings in them alone: the candidates are exactly those the
whole-text search of ``under_headings.sentences_under`` gives, on made-up texts with every
awkward heading (blanks before the number, full-width digits, a number mid-sentence, a
heading as the last line) and on the bundled reports' real text."""

from __future__ import annotations

import random
from pathlib import Path

from reportqa.text import to_simplified
from retrieval.evidence import sentence_ends
from retrieval.fanout_sentences import Candidates, heading_spans
from retrieval.passages import is_heading

_CORPUS = Path(__file__).resolve().parents[1] / "corpus"
_PIECES = [
    "一、法律顾问工作",
    "（二）法律顾问",
    "(3)聘请顾问",
    "１２.法治",
    "  4、法律顾问情况",
    "\u3000（十）普法",
    "聘请律师担任法律顾问",
    "审查合同3份",
    "全年开展法律培训",
    "二是法律顾问",
    "法律",
    "顾问",
    "。",
    "；",
    "\n",
    "，",
    " ",
]


def _every_sentence(text: str, ends: list[int]) -> tuple[tuple[int, int], ...]:
    """Each sentence cut out and tested: what ``heading_spans`` must equal."""
    bounds = list(zip([0, *ends], [*ends, len(text)], strict=True))
    return tuple((s, e) for s, e in bounds if s < e and is_heading(text[s:e]))


def _texts(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14))) for _ in range(n)]


def _real_chunks() -> list[str]:
    out = []
    for path in sorted(_CORPUS.glob("*.txt")):
        text = to_simplified(path.read_text(encoding="utf-8"))
        out.extend(text[i : i + 1200] for i in range(0, len(text), 500))
    return out


def test_heading_spans_are_every_heading_sentence():
    texts = [*_texts(random.Random(41), 20_000), *_real_chunks()]
    found = 0
    for text in texts:
        ends = sentence_ends(text)
        got = heading_spans(text, ends)
        assert got == _every_sentence(text, ends)
        found += len(got)
    assert found > 1000  # headings of every kind were met: the comparison is not vacuous


def test_candidates_under_kept_headings_are_the_whole_text_search():
    rng = random.Random(43)
    heads_choices = [["法律顾问"], ["顾问", "法治"], ["普法"], ["聘请", "法律顾问"]]
    texts = [*_texts(rng, 20_000), *_real_chunks()]
    under = 0
    for text in texts:
        heads = rng.choice(heads_choices)
        find = Candidates(["审查", "培训"], (), heads)
        ends = sentence_ends(text)
        kept = find(text, ends, heading_spans(text, ends))
        assert kept == find(text, ends)  # no headings given: the whole text is searched
        under += len(kept) > len(Candidates(["审查", "培训"])(text, ends))
    assert under > 500  # sentences under a heading were added in many of them
