"""Round perf74: the library's short form of a question's term (``AbbreviatedRuns._short_of``)
read with the term's own facts made once and each distinct opening read once — the same
spellings as reading every opening of every match down to two characters, as before.

The library is real: the bundled reports (``corpus/``) and abbr70's three probe reports, which
write 国高企业, 保障房 and 社消零 beside their full terms, so the reading is not empty. The
reference below is the reading as it was (stop 72's code): every opening tried from the longest
down to two characters, the term's words cut anew for each, the candidate rows by ``np.unique``.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from retrieval.abbreviated_runs import LONGEST_SHORT, SHORTEST_SHORT, _usual
from tests.probe_kit import built

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data"
_HAN = re.compile(r"[\u4e00-\u9fff]{4,8}")


@pytest.fixture(scope="module")
def abbreviated(tmp_path_factory):
    app = built(tmp_path_factory, "abbr74", ROOT / "corpus", DATA / "probe_reports_abbr70")
    return app.retriever.abbreviated


def _rows(ab, full: str) -> np.ndarray:
    lex = ab._lib.lexical
    pairs = {full[0] + ch for ch in full[1:] if ch != full[0]}
    got = [lex.bigrams.candidates(p) for p in sorted(pairs)]
    return np.unique(np.concatenate([g[0] for g in got] or [np.zeros(0, dtype=int)]))


def _reference(ab, full: str) -> tuple[str, ...]:
    """Stop 72's ``_short_of``, as written then."""
    if len(ab._words(full)) < 2:
        return ()
    pattern = re.compile(re.escape(full[0]) + f"[\u4e00-\u9fff]{{1,{LONGEST_SHORT - 1}}}")
    rows = _rows(ab, full)
    step = max(1, -(-len(rows) // 3000))
    seen: Counter[str] = Counter()
    for r in list(rows)[::step]:
        text = ab._lib.chunks[int(r)].text
        found = set()
        for m in pattern.finditer(text):
            run = m.group(0)
            best = next(
                (
                    run[:n]
                    for n in range(len(run), 1, -1)
                    if ab._shortens(run[:n], full) and not ab._is_word(run[:n])
                ),
                None,
            )
            if best and len(best) >= SHORTEST_SHORT and ab._whole(text, m.start(), best):
                found.add(best)
        seen.update(found)
    return _usual(seen)


def _terms(ab) -> list[str]:
    """The probe reports' full terms and every 60th run of four to eight Chinese characters
    of two words or more the reports write (terms a question could take from them)."""
    runs = dict.fromkeys(
        m.group(0)
        for c in ab._lib.chunks
        for m in _HAN.finditer(c.text)
        if len(ab._words(m.group(0))) >= 2
    )
    return ["国家高新技术企业", "保障性住房", "社会消费品零售", *list(runs)[::60]]


def test_short_forms_read_as_every_opening_was(abbreviated):
    terms = _terms(abbreviated)
    assert len(terms) > 30
    found = {}
    for term in terms:
        got = abbreviated._short_of(term)
        assert got == _reference(abbreviated, term), term
        if got:
            found[term] = got
    # not vacuous: the probe reports' short forms are found
    assert found.get("国家高新技术企业") == ("国高企业",)


def test_candidate_rows_in_order_each_once(abbreviated):
    for term in ("国家高新技术企业", "保障性住房", "法治宣传教育", "政府工作报告"):
        pairs = {term[0] + ch for ch in term[1:] if ch != term[0]}
        rows = abbreviated._holding_pairs(pairs)
        assert rows is not None
        assert rows.tolist() == _rows(abbreviated, term).tolist()
