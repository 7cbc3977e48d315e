"""The one-pass candidate finder of fan-out (``retrieval.fanout_sentences``) finds exactly
the sentences the per-string loop (``evidence.sentences_of``) finds: on made-up texts with
every awkward string (a stop as a term, overlapping terms, an empty term, spelled-apart
words) and on the bundled reports' real text with words taken from it."""

from __future__ import annotations

import random
from pathlib import Path

from reportqa.text import to_simplified
from retrieval.evidence import sentence_ends, sentences_of
from retrieval.fanout_sentences import Candidates, _opens, candidate_sentences, heading_spans

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


# a which-question's spelled-apart words, most opening with one character (普法宣传's, with
# its verb of doing): enough of them that ``Candidates`` looks for their first characters
# before its pattern of all the words (``_opens``)
_PUFA = ["开展", "普法宣传", "普法", "法治宣传", "普法宣讲", "法治宣讲", "法律宣传", "法制宣传"]
_PUFA += ["法律宣讲", "法制宣讲", "法律法规宣传", "法律知识宣传", "法治知识宣传", "“普法”宣传"]


def test_made_up_texts_with_words_sharing_a_first_character():
    rng = random.Random(37)
    alphabet = "法律顾问聘请普了一次法治宣讲传开展。；！\n，的在 "
    apart = ["法律顾问", "法治宣讲", "法律", "法治", "法宣", "普法"]
    assert Candidates(apart[:3], apart).firsts == ("法", "普")  # the look is taken
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        terms = rng.sample([*apart, "宣传", "开展", "顾问"], rng.randint(1, 4))
        want = sentences_of(text, terms, apart)
        assert candidate_sentences(text, terms, apart) == want
        assert Candidates(terms, apart)(text, sentence_ends(text)) == want


def test_real_reports_with_a_question_s_spelled_apart_words():
    """The look at first characters skips the word-by-word reading in chunks whose every
    sentence holding them is found already, and finds what the per-string loop finds."""
    terms = [*_PUFA, "宣传"]
    find = Candidates(terms, _PUFA)
    assert find.firsts == ("开", "普", "法", "“")
    checked = closed = 0
    web = Path(__file__).resolve().parent / "data" / "blind33" / "web_real"  # 深圳/广东 reports
    for path in [*sorted(_CORPUS.glob("*.txt")), *sorted(web.glob("*.txt"))]:
        text = to_simplified(path.read_text(encoding="utf-8"))
        for start in range(0, len(text), 150):  # pieces the size of a short chunk
            chunk = text[start : start + 300]
            ends = sentence_ends(chunk)
            got = find(chunk, ends, heading_spans(chunk, ends))
            assert got == sentences_of(chunk, terms, _PUFA)
            checked += bool(got)
            if got:
                found = dict(got)
                closed += not any(_opens(chunk, c, ends, found, {}) for c in find.firsts)
    assert checked > 50 and closed > 5  # the skip is taken on real text, not vacuously
