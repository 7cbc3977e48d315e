"""Round perfq30: the character-pair row index (``stores.bigram_index``) changes no answer.

A chunk holding a string of two or more characters holds each adjacent pair of them, so the
rows holding all of a string's pairs are a superset of the rows holding it (exactly those
for two characters). ``probes_perfq30.jsonl`` asks over three invented reports
(``tests/data/probe_reports_perfq30``: one in traditional characters, one that holds every
pair of 枫桥 and 经验 but never 枫桥经验, and one that breaks 法律顾问 across a line):
two paraphrases of a which-question and a must-not; each is answered with the index and
without it, and the answers must be equal.
"""

from __future__ import annotations

import json
import operator
import random
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from reportqa.answer_json import answer_json
from reportqa.text import to_simplified
from stores import bigram_index
from stores.bigram_index import BigramIndex
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_perfq30.jsonl"
REPORTS = DATA / "probe_reports_perfq30"


def test_perfq30_probes_and_answers_equal_without_the_index(tmp_path, monkeypatch, capsys):
    data = tmp_path / "d"
    ingest_and_eval(
        monkeypatch, capsys, data, [REPORTS], PROBES, ["--min-f1", "1.0", "--min-none", "1.0"]
    )
    from library.compose import build
    from reportqa.settings import Settings

    questions = [json.loads(x)["question"] for x in PROBES.read_text("utf-8").splitlines()]
    with_pairs = build(Settings(data_dir=data))
    lex = with_pairs.catalog.lexical
    with_pairs.service.ask(questions[0])  # opens the library: the saved index is read back
    assert lex.bigrams.version == lex.version != ""
    got = [answer_json(with_pairs.service.ask(q)) for q in questions]
    without = build(Settings(data_dir=data))
    without.service.ask(questions[0])
    without.catalog.lexical.bigrams.version = ""  # as a library saved before the index
    assert [answer_json(without.service.ask(q)) for q in questions] == got


def _chunks(texts: list[str]) -> list:
    """Stand-ins for chunks: the index reads only their text."""
    return [SimpleNamespace(text=t) for t in texts]


@pytest.mark.parametrize("segment", [2, 3, 1 << 13])
def test_candidates_hold_every_row_that_holds_the_string(tmp_path, monkeypatch, segment):
    """Across segment boundaries, a row's end never joined to the next row's start, and
    traditional text indexed as it is simplified."""
    monkeypatch.setattr(bigram_index, "_SEGMENT", segment)
    rng = random.Random(segment)
    alphabet = "法律顾问聘請師开展宣传枫桥经验。，\n、12"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(40)]
    texts += ["聘請了法律顧問", "法律", "顾问", "枫桥", "经验"]
    index = BigramIndex(tmp_path / "pairs")
    index.build("v1", _chunks(texts))
    simple = [to_simplified(t) for t in texts]
    asked = {t[i : i + k] for t in simple for i in range(len(t)) for k in (2, 3, 5)}
    asked |= {"律顾", "问法", "法律顾问", "枫桥经验", "不在", "聘请了"}
    for s in sorted(asked):
        found = index.candidates(s)
        if len(s) < 2:
            assert found is None
            continue
        rows, exact = found
        truth = np.flatnonzero(list(map(operator.contains, simple, [s] * len(simple))))
        assert set(truth) <= set(rows.tolist()), s
        assert exact == (len(s) == 2)
        if exact:
            assert rows.tolist() == truth.tolist(), s
        assert rows.tolist() == sorted(rows.tolist())
    # what the pair index cannot say
    assert index.candidates("法") is None and index.candidates("") is None
    assert index.candidates("法\x00律") is None


def test_saved_index_is_read_only_for_its_own_version(tmp_path):
    index = BigramIndex(tmp_path / "pairs")
    index.build("v1", _chunks(["开展法治宣传", "聘请法律顾问"]))
    again = BigramIndex(tmp_path / "pairs")
    assert not again.load("v2") and again.candidates("法治") is None
    assert again.load("v1")
    assert again.candidates("法治")[0].tolist() == [0]
    assert again.candidates("法律顾问")[0].tolist() == [1]


def test_an_index_that_cannot_be_saved_is_held_in_memory(tmp_path, monkeypatch):
    def refuse(*_args):
        raise OSError("read-only")

    monkeypatch.setattr(BigramIndex, "_save", refuse)
    index = BigramIndex(tmp_path / "pairs")
    index.build("v1", _chunks(["开展法治宣传", "聘请法律顾问"]))
    assert index.version == "v1" and not (tmp_path / "pairs").exists()
    assert index.candidates("法律顾问")[0].tolist() == [1]
    empty = BigramIndex(tmp_path / "none")
    empty.build("v0", [])
    assert empty.candidates("法治")[0].tolist() == []
