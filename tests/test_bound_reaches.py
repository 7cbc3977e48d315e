"""``Bound.reaches`` answers ``Bound(text) >= line`` exactly (issue 17, which-latency at 10k).

Fan-out only asks whether a chunk or sentence can reach the floor or the support line; a
text spelling in full a concept heavy enough on its own answers yes without the sum, and
one not counting in full a concept the line cannot do without answers no. The
made-up needs and texts cover every kind of need (spelled apart, verbs of doing with their
object, parts, fixed terms explained), and the lines include each need's own share of the
mass, where a shortcut off by one rounding would show.
"""

from __future__ import annotations

import random
from pathlib import Path

from reportqa.text import to_simplified
from retrieval.bounds import Bound
from retrieval.evidence import DOING, Need, upper_bound
from retrieval.query import Concept

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
        weight = rng.choice([rng.uniform(0.1, 3.0), 1.0, 0.5])  # equal weights: ties at a line
        needs.append(
            Need(
                Concept(term, alts, rng.random() < 0.5),
                alts,
                parts,
                weight,
                loose=rng.random() < 0.6,
                doing=doing,
                object=tuple(rng.sample(later, 1)) if doing else (),
                explains=tuple(rng.sample(terms, 1)) if rng.random() < 0.2 else (),
            )
        )
    return needs


def _lines(needs: list[Need], rng: random.Random) -> list[float]:
    mass = 0.0
    for n in needs:
        mass += n.weight
    shares = [n.weight / mass for n in needs]
    near = [s + d for s in shares for d in (-1e-12, 1e-12)]
    return [0.0, 0.3, 0.5, 0.65, 1.0, rng.random(), *shares, *near]


def test_reaches_is_the_sum_compared_on_made_up_texts():
    rng = random.Random(61)
    alphabet = "法律顾问聘请选普了一次宣传三重一大决策送进开展建立。，\n的在"
    shortcut = ruled_out = 0
    for _ in range(2_000):
        needs = _needs(rng)
        bound = Bound(needs)
        lines = _lines(needs, rng)
        for _ in range(4):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
            value = upper_bound(text, needs)
            for line in lines:
                assert bound.reaches(text, line) == (value >= line), (text, line)
                sure = any(a in text for a in bound._sure[line])
                shortcut += sure
                needed = bound._needed.get(line, ())
                ruled_out += not sure and any(
                    not bound._whole(bound._items[i], text, bound._explained(text)) for i in needed
                )
                # the sum ``reaches`` makes from the verdicts it found is the full sum's float
                whole = tuple(
                    i for i in needed if bound._whole(bound._items[i], text, bound._explained(text))
                )
                assert bound._sum(text, bound._explained(text), whole) == bound(text) == value
    # both shortcuts answered often: the comparison is not vacuous
    assert shortcut > 1_000 and ruled_out > 1_000


def test_reaches_is_the_sum_compared_on_real_reports():
    rng = random.Random(67)
    reached = 0
    for path in sorted(_CORPUS.glob("*.txt")):
        text = to_simplified(path.read_text(encoding="utf-8"))
        for start in range(0, len(text), 200):
            chunk = text[start : start + 400]
            needs = _needs(rng)
            bound = Bound(needs)
            for line in _lines(needs, rng):
                got = bound.reaches(chunk, line)
                assert got == (upper_bound(chunk, needs) >= line)
                reached += got and line > 0
    assert reached > 50


def test_a_need_spelled_only_apart_or_in_part_takes_the_sum():
    """A heavy concept spelled apart (普了一次法) or only in part (法律 of 法律顾问) is no
    shortcut: the line is decided by the sum, as before."""
    needs = [
        Need(Concept("普法", ("普法",), True), ("普法",), (), 2.0, loose=True),
        Need(
            Concept("法律顾问", ("法律顾问",), True),
            ("法律顾问",),
            (("法律", 1.0), ("顾问", 1.0)),
            1.0,
        ),
    ]
    bound = Bound(needs)
    for text in ("村里普了一次法。", "聘请律师提供法律服务。", "镇里开展普法宣传。", "无关的话。"):
        for line in (0.3, 0.5, 0.65, 2 / 3):
            assert bound.reaches(text, line) == (upper_bound(text, needs) >= line)
    assert bound.reaches("村里普了一次法。", 0.65)  # spelled apart: the sum reaches it
    assert not bound.reaches("提供法律服务。", 0.65)  # a part alone does not
