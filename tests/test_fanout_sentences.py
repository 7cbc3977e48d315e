"""The one-pass candidate finder of fan-out (``retrieval.fanout_sentences``) finds exactly
the sentences the per-string loop (``evidence.sentences_of``) finds: on made-up texts with
every awkward string (a stop as a term, overlapping terms, an empty term, spelled-apart
words) and on the bundled reports' real text with words taken from it."""

from __future__ import annotations

import random
from pathlib import Path

from reportqa.text import to_simplified
from retrieval.evidence import sentence_ends, sentences_of
from retrieval.fanout_sentences import candidate_sentences

_CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_made_up_texts_give_the_same_sentences():
    rng = random.Random(29)
    alphabet = "法律顾问聘请普了一次法。；！\n，的在 顧务律"
    words = ["法律", "顾问", "法律顾问", "聘请", "律顾", "", "。", "\n", "普法", "法律事务"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        terms = rng.sample(words, rng.randint(0, 5))
        apart = rng.sample(["普法", "法律顾问", "聘请"], rng.randint(0, 2))
        want = sentences_of(text, terms, apart)
        assert candidate_sentences(text, terms, apart) == want
        assert candidate_sentences(text, terms, apart, sentence_ends(text)) == want


def test_real_reports_give_the_same_sentences():
    rng = random.Random(31)
    checked = 0
    for path in sorted(_CORPUS.glob("*.txt")):
        text = to_simplified(path.read_text(encoding="utf-8"))
        # words of the report itself, two to four characters, some of them common (法治)
        pieces = [text[i : i + n] for i in range(0, len(text) - 4, 37) for n in (2, 3, 4)]
        words = [w for w in pieces if all("\u4e00" <= ch <= "\u9fff" for ch in w)]
        for start in range(0, len(text), 900):
            chunk = text[start : start + 1200]
            terms = [*rng.sample(words, 6), "法治", "工作"]
            apart = rng.sample(words, 2)
            got = candidate_sentences(chunk, terms, apart)
            assert got == sentences_of(chunk, terms, apart)
            checked += bool(got)
    assert checked > 20  # most chunks do hold candidates: the comparison is not vacuous
