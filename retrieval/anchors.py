"""The distinctive term of a need decides; the common words around it do not.

A question often names a fixed institutional term and explains it with common words after
it: 「落实“四议两公开”民主决策」「按三重一大集体决策」. A report that names the term has
said it, whatever words it uses for the rest (「严格执行“四议两公开”工作法」). A fixed term is
one the question quotes (three characters or more), a numeral-coded name (三重一大, 四议两公开, 一村一辅警), or a
date (12·4); the words right after it that are commoner in the library (a higher df, a lower
IDF weight) describe it. Conversely a date must be named: 「12月4日召开的会议」 is not a
meeting held on another day. What follows a verb of doing in the question is likewise read
here (``object_of``): the words a term is followed by say what it is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.dates import is_date

_NUMERALS = "一二三四五六七八九十两双百千万"
_GAP = re.compile(r"^[^\u4e00-\u9fff\w]*$")  # quotes and spaces between two concepts


def coded(term: str) -> bool:
    """A numeral-coded name: two numerals in a short term (三重一大, 四议两公开, 一村一辅警).
    One numeral is not enough: 一把手, 一站式 are common words, not names."""
    return 3 <= len(term) <= 8 and sum(ch in _NUMERALS for ch in term) >= 2


def numbered(term: str) -> bool:
    """A name opened by a numeral (双组长, 两公开, 三资管理): the numeral is the point, so
    the rest alone (组长, 公开) is no partial mention of it. 一 opens too many common words."""
    return len(term) >= 3 and term[0] in _NUMERALS[1:]


def fixed(term: str, alternatives: Sequence[str], quoted: Sequence[str]) -> bool:
    """A quoted word of two characters (“七五”, “双减”) is an ordinary word set off, too
    short to name an institution alone (it cost a blind set's which-F1 0.81 → 0.71)."""
    return (term in quoted and len(term) >= 3) or coded(term) or is_dated(alternatives)


def is_dated(alternatives: Sequence[str]) -> bool:
    return any(is_date(a) for a in alternatives)


def explained(term: str, weights: dict[str, float], question: str) -> tuple[str, ...]:
    """The concepts standing right after ``term`` in the question (only quotes or spaces
    between them), each no rarer than it: the words that explain a fixed term. In a small
    library the gloss is often exactly as rare as the term (one report each), and a report
    naming the term has said what the gloss says."""
    at = question.find(term)
    if at < 0:
        return ()
    end, run = at + len(term), []
    while True:
        nxt = min(
            (
                (question.find(t, end), t)
                for t in weights
                if t != term and t not in run and question.find(t, end) >= 0
            ),
            default=None,
        )
        if nxt is None or not _GAP.match(question[end : nxt[0]]):
            break
        if weights[nxt[1]] > weights[term]:
            break  # rarer than the term: a thing of its own (as rare: a gloss, 三重一大集体决策)
        run.append(nxt[1])
        end = nxt[0] + len(nxt[1])
    return tuple(run)


def object_of(verb: str, terms: Sequence[str], question: str) -> tuple[str, ...]:
    """What is done: the run of concepts standing first after ``verb`` in the question, one
    noun phrase (成立了全面依法治街委员会 → 全面, 依法, 治街, 委员会; 打造法治文化广场 →
    法治文化, 广场). Another 委员会 (依法治市) is another thing done."""
    at = question.find(verb)
    if at < 0:
        return ()
    # alternatives joined into one concept (法治夜校/模拟法庭) stand where the first one does
    after = sorted((question.find(t.split("/")[0], at + len(verb)), t) for t in terms if t != verb)
    after = [(p, t) for p, t in after if p >= 0]
    if not after:
        return ()
    end, run = after[0][0] + len(after[0][1].split("/")[0]), [after[0][1]]
    for p, t in after[1:]:
        if p != end:
            break
        end = p + len(t.split("/")[0])
        run.append(t)
    return tuple(run)


def object_named(text: str, need, by_term: dict) -> bool:
    """Some spelling of the first concept of a verb of doing's object is in ``text``
    (``need``: a ``retrieval.evidence.Need``; ``by_term``: the needs by term)."""
    if not need.doing or not need.object:
        return False
    first = by_term.get(need.object[0])
    return first is not None and any(a in text for a in first.full)
