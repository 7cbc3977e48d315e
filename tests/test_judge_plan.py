"""Fan-out's per-ask tables give exactly what the per-call functions give: ``Bound`` the
float ``evidence.upper_bound`` gives, on made-up texts with every kind of need (spelled
apart, verbs of doing with their object, parts, fixed terms explained) and on the bundled
reports' real text; ``split_spans``' one-scan test rules out only texts with no match."""

from __future__ import annotations

import random
from pathlib import Path

from reportqa.text import to_simplified
from retrieval.bounds import Bound
from retrieval.evidence import DOING, Need, Score, sentences_of, upper_bound
from retrieval.fanout_sentences import Candidates, gapped
from retrieval.query import Concept
from retrieval.split_words import _apart_fits, _pattern, spellable, split_spans

_CORPUS = Path(__file__).resolve().parents[1] / "corpus"
_WORDS = ["法律顾问", "顾问", "法律", "聘请", "选聘", "普法", "宣传", "三重一大", "决策", "送法进"]


def _needs(rng: random.Random) -> list[Need]:
    terms = rng.sample(_WORDS, rng.randint(1, 4))
    needs = []
    for i, term in enumerate(terms):
        alts = (term, *rng.sample(_WORDS, rng.randint(0, 2)))
        parts = tuple((p, rng.uniform(0.2, 2.0)) for p in rng.sample(_WORDS, rng.randint(0, 2)))
        doing = DOING if rng.random() < 0.4 else ()
        later = terms[i + 1 :] or terms[:1]
        needs.append(
            Need(
                Concept(term, alts, rng.random() < 0.5),
                alts,
                parts,
                rng.uniform(0.1, 3.0),
                loose=rng.random() < 0.6,
                doing=doing,
                object=tuple(rng.sample(later, 1)) if doing else (),
                explains=tuple(rng.sample(terms, 1)) if rng.random() < 0.2 else (),
            )
        )
    return needs


def test_bound_is_upper_bound_on_made_up_texts():
    rng = random.Random(41)
    alphabet = "法律顾问聘请选普了一次宣传三重一大决策送进开展建立。，\n的在"
    for _ in range(3_000):
        needs = _needs(rng)
        bound = Bound(needs)
        for _ in range(5):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
            assert bound(text) == upper_bound(text, needs)


def test_bound_is_upper_bound_on_real_reports():
    rng = random.Random(43)
    checked = 0
    for path in sorted(_CORPUS.glob("*.txt")):
        text = to_simplified(path.read_text(encoding="utf-8"))
        for start in range(0, len(text), 300):
            chunk = text[start : start + 600]
            needs = _needs(rng)
            got = Bound(needs)(chunk)
            assert got == upper_bound(chunk, needs)
            checked += got > 0
    assert checked > 20  # most chunks do name something asked: the comparison is not vacuous


def test_score_made_once_scores_as_made_per_sentence():
    """One ``Score`` for many sentences gives what a fresh one gives each sentence (no state
    is carried from one sentence to the next)."""
    rng = random.Random(47)
    alphabet = "法律顾问聘请选普了一次宣传三重一大决策送进开展建立未尚。，\n的在"
    for _ in range(500):
        needs = _needs(rng)
        score = Score(needs)
        for _ in range(5):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
            assert score(text) == Score(needs)(text)


def test_split_spans_as_matched_at_every_start():
    """The spans are those of a match at every start of the word's first character (the
    loop before the one-scan test), whether or not the text holds any."""
    rng = random.Random(53)
    alphabet = "普了一次法送进企业持证上岗有执的，"
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        word = rng.choice(["普法", "送进", "持证上岗", "执法"])
        want = []
        for p in range(len(text)):
            m = _pattern(word).match(text, p) if text[p] == word[0] else None
            if m and (len(word) == 2 or _apart_fits(word, m.groups())):
                want.append((m.start(), m.end()))
        if not spellable(text, word):
            want = []
        assert list(split_spans(text, word)) == want
        found += bool(want)
    assert found > 300  # the comparison is not vacuous


def test_candidates_made_once_find_what_the_per_string_loop_finds():
    """One ``Candidates`` per ask, its gapped pattern ruling words out before each is tried:
    the same sentences as ``evidence.sentences_of``, with quoted and long spellings apart."""
    rng = random.Random(59)
    alphabet = "“”法律顾问聘请用持有执证上岗了一次。；\n，的"
    words = ["“法律”顾问", "法律顾问", "聘用", "持证上岗", "聘请", "执法证", "法", "顾问"]
    spelled = 0
    for _ in range(2_000):
        terms = rng.sample(words, rng.randint(0, 3))
        apart = rng.sample(words, rng.randint(1, 4))
        find = Candidates(terms, apart)
        for _ in range(5):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 50)))
            want = sentences_of(text, terms, apart)
            assert find(text) == want
            spelled += want != sentences_of(text, terms, ())
    assert spelled > 100  # words spelled apart did add sentences: not vacuous


def test_gapped_pattern_finds_every_word_spelled_apart():
    """``gapped`` is a loose filter: wherever ``split_words`` finds a word spelled apart
    (and the text lacks it whole), the one pattern of all the words finds a place too."""
    rng = random.Random(61)
    alphabet = "普了一次法送进企业持证上岗有执的三个，\n"
    words = ("普法", "送进", "持证上岗", "执法", "上岗")
    pattern = gapped(words)
    hits = 0
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        apart = [w for w in words if w not in text and next(split_spans(text, w), None)]
        if apart:
            hits += 1
            assert pattern.search(text) is not None
            assert gapped(tuple(apart)).search(text) is not None
    assert hits > 1_000
