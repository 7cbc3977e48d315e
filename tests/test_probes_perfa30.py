"""Round perfa30: cheaper steps of a fresh answer that must not change it.

``probes_perfa30.jsonl`` asks over three invented reports of the invented 云岗县
(``tests/data/probe_reports_perfa30``): 松溪镇 spells 普法 and 参加考试 apart only (普了六次法,
参加年度法治理论网上考试), 竹岭乡 whole (普法活动, 参加考试), 梅湾镇 writes 法律 and 顾问, 参加
and 考试 on separate lines. A spelled-apart word is first looked for with a loose pattern
(``split_words._near``) and its exact pattern is only made where that finds something; the
rows holding a token are marked from the index's columns (``LexicalIndex.holding_any``),
not summed as scores.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from retrieval.split_words import _near, _pattern, split_spans
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
REPORTS = DATA / "probe_reports_perfa30"


def test_perfa30_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [REPORTS],
        DATA / "probes_perfa30.jsonl",
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert result["overall"]["errors"] == 0


WORDS = ("普法", "送进", "参加考试", "召开会议", "法律顾问", "持证上岗", "宪法宣传周", "a.b")


def _texts() -> list[str]:
    """The probe reports' lines, and random strings over the words' own characters, the
    markers ``_pattern`` reads between them (了过的, numbers, quotes) and line breaks."""
    lines = [
        line for f in sorted(REPORTS.glob("*.txt")) for line in f.read_text("utf-8").split("\n")
    ]
    alphabet = sorted(set("".join(WORDS)) | set("了过的三12“”《》、和\n x法治年度"))
    rng = random.Random(30)
    made = ["".join(rng.choice(alphabet) for _ in range(rng.randint(2, 14))) for _ in range(6000)]
    return [
        *lines,
        "在村部普了九次法",
        "送法进企业",
        "参加年度法治理论网上考试",
        "法律\n顾问",
        "召开党委理论学习中心组会议",
        "持有执法证上岗",
        "宪法集中宣传周",
        "聘请了法律常年顾问",
        *made,
    ]


@pytest.mark.parametrize("word", WORDS)
def test_the_loose_pattern_finds_wherever_the_exact_one_does(word):
    """``_near`` must hold every text ``_pattern`` finds: where it finds nothing, the exact
    pattern is never made, so a miss here would drop a spelled-apart mention."""
    near, exact = _near(word), _pattern(word)
    found = 0
    for text in _texts():
        if exact.search(text) is not None:
            found += 1
            assert near.search(text) is not None, (word, text)
    assert found or word == "a.b"


def test_split_spans_is_the_exact_patterns_walk():
    """The spans are what the exact pattern alone gives (``split_spans`` before the loose
    test), over texts where the loose one finds something and where it finds nothing."""
    from retrieval.split_words import GAP, spellable, verb_object

    def plain(text, word):
        if not spellable(text, word) or _pattern(word).search(text) is None:
            return []
        out, pos = [], text.find(word[0])
        while pos >= 0:
            m = _pattern(word).match(text, pos)
            if m and (len(word) == 2 or verb_object(word) or sum(map(len, m.groups())) <= GAP):
                out.append((m.start(), m.end()))
            pos = text.find(word[0], pos + 1)
        return out

    for word in WORDS:
        for text in _texts():
            assert list(split_spans(text, word)) == plain(text, word), (word, text)


def test_holding_any_is_scores_above_zero(tmp_path, monkeypatch):
    """Every row ``holding_any`` marks is a row whose BM25 score is positive, and no other,
    for single tokens, several, repeated ones and unknown ones; a weight that is not
    positive sends it back to the scores."""
    from cli.main import main
    from library.compose import build
    from reportqa.settings import Settings

    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "d"))
    assert main(["ingest", str(REPORTS)]) == 0
    lib = build(Settings(data_dir=tmp_path / "d")).catalog
    lib.refresh()
    lex = lib.lexical
    vocab = lex.terms()
    rng = random.Random(7)
    sets = [[t] for t in vocab] + [rng.sample(vocab, 3) for _ in range(200)]
    sets += [["普法", "普法"], ["不在词表里的词"], [], ["法律", "不在词表里的词"]]
    for tokens in sets:
        assert np.array_equal(lex.holding_any(tokens), lex.scores(tokens) > 0), tokens
    lex._weights.data[0] = 0.0  # a stored weight that is not positive: the scores decide
    lex._positive = None
    for tokens in sets[:50]:
        assert np.array_equal(lex.holding_any(tokens), lex.scores(tokens) > 0), tokens


def test_word_by_word_first_finds_what_the_compiled_filter_lets_through():
    """A spelled-apart search answers "maybe" for its first texts (``LazySearch``'s
    ``after``) and the word-by-word test decides: the candidate sentences are the ones the
    compiled filter gives, for texts with the words whole, apart, on two lines and absent."""
    from retrieval.fanout_sentences import Candidates, LazySearch

    texts = [
        *_texts()[:400],
        "全年开展普法活动12场。在村部普了九次法。",
        "送法进企业，把法律知识送进校园。",
    ]
    for terms, apart in [
        (("普法",), ("普法",)),
        (("法律顾问", "顾问"), ("法律顾问",)),
        ((), WORDS),
    ]:
        eager, lazy = Candidates(terms, apart), Candidates(terms, apart)
        if eager.gapped is not None:
            eager.gapped = LazySearch(eager.words)  # compiled at its first text
        for text in texts:
            assert lazy(text) == eager(text), (terms, text)
        assert lazy.gapped is None or lazy.gapped._search is not None  # compiled by now


def test_the_bound_reads_word_by_word_first_and_decides_the_same():
    """``bounds._spelled``'s search is a filter in front of ``_apart``; answering "maybe"
    first gives the same upper bounds as the compiled filter."""
    from retrieval.bounds import _spelled
    from retrieval.fanout_sentences import LazySearch, gapped

    for words in [("普法",), ("参加考试", "法律顾问"), WORDS]:
        lazy = _spelled(words)
        assert isinstance(lazy, LazySearch)
        pattern = gapped(lazy._words)
        for text in _texts()[:200]:
            got = lazy(text)
            assert got is True or (got is None) == (pattern.search(text) is None), text


@pytest.mark.parametrize("first", [0, 3, 1000])
def test_literals_find_what_the_alternation_finds(first):
    """``Literals`` by find (and after ``first`` searches, compiled) gives the spans of
    ``any_of``: leftmost, the longest string starting there; with a start and an end."""
    from retrieval.fanout_sentences import any_of
    from retrieval.literal_search import Literals

    rng = random.Random(first)
    sets = [
        ("法律顾问", "顾问", "法律"),
        ("普法",),
        ("宪法宣传周", "宪法宣传", "宣传周", "a.b", "法"),
    ]
    for strings in sets:
        lit, pattern = Literals(strings, first), any_of(strings)
        for text in [*_texts()[:300], "宪法宣传周宪法宣传法律顾问a.b法"]:
            pos = rng.randint(0, len(text))
            end = rng.randint(pos, len(text) + 2)
            for args in ((text,), (text, pos), (text, pos, end)):
                want, got = pattern.search(*args), lit.search(*args)
                assert (got is None) == (want is None), (strings, args)
                assert got is None or got.span() == want.span(), (strings, args)
            assert [m.span() for m in lit.finditer(text)] == [
                m.span() for m in pattern.finditer(text)
            ]
    with pytest.raises(ValueError):
        Literals(("", "法"))
