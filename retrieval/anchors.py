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
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import Any

from retrieval.artifacts import is_artifact
from retrieval.campaign_names import is_drive_title
from retrieval.dates import is_date
from retrieval.parallel_formulas import is_formula
from retrieval.topic_frames import framed
from retrieval.vocabulary import DOING_VERBS, SOFT_VERBS

_NUMERALS = "一二三四五六七八九十两双百千万"
_MARKS = r"[“”‘’「」《》\"'\s]*"
# between a term and the words describing it: quotes and spaces, and at most two characters of
# no concept (的, 搞, 用于), never a coordinator (和, 与, 及, 或, 并) or a clause break
_GAP = re.compile(rf"^{_MARKS}(?:(?:(?![和与及或并同跟])[\u4e00-\u9fff]){{1,2}}{_MARKS})?$")
_CLAUSE_BREAK = re.compile(r"[，。；？！,;?!、\n]")
_ACTS = DOING_VERBS | SOFT_VERBS
_DOMAIN = re.compile(r"方面|领域|当中|中|上")


def coded(term: str) -> bool:
    """A numeral-coded name: two numerals in a short term (三重一大, 四议两公开, 一村一辅警).
    One numeral is not enough: 一把手, 一站式 are common words, not names."""
    return 3 <= len(term) <= 8 and sum(ch in _NUMERALS for ch in term) >= 2


def numbered(term: str) -> bool:
    """A name opened by a numeral (双组长, 两公开, 三资管理): the numeral is the point, so
    the rest alone (组长, 公开) is no partial mention of it. 一 opens too many common words.
    A parallel formula (同部署同推进) is such a name too: 推进 alone is no part of it; and a
    drive's title (法治宁波建设): 法治建设 alone is no part of it."""
    return (len(term) >= 3 and term[0] in _NUMERALS[1:]) or is_formula(term) or is_drive_title(term)


def fixed(term: str, alternatives: Sequence[str], quoted: Sequence[str]) -> bool:
    """A quoted word of two characters (“七五”, “双减”) is an ordinary word set off, too
    short to name an institution alone (it cost a blind set's which-F1 0.81 → 0.71)."""
    return (term in quoted and len(term) >= 3) or coded(term) or is_dated(alternatives)


def is_dated(alternatives: Sequence[str]) -> bool:
    return any(is_date(a) for a in alternatives)


def explained(
    term: str, weights: dict[str, float], question: str, unsaid: Collection[str] = ()
) -> tuple[str, ...]:
    """The concepts describing ``term``: the run standing right after it in the question
    (「“四议两公开”民主决策」「“枫桥经验”的基层治理」「用“枫桥经验”搞基层治理」: quotes, spaces and
    at most two characters of no concept between, never a coordinator: 「“枫桥经验”和网格化管理」
    are two things) and the domain it is put in before it (「在民主决策方面推行四议两公开」
    「基层治理中推行“枫桥经验”」). Each is no rarer than the term: in a small library the gloss
    is often exactly as rare (one report each), and a report naming the term has said what the
    gloss says; a rarer word is a thing of its own, unless no report in scope says it at all
    (``unsaid``: 「一村一辅警治安防控」 where no report writes 治安防控 — it tells no report apart)."""
    at = question.find(term)
    if at < 0:
        return ()

    def describes(t: str) -> bool:
        return weights[t] <= weights[term] or t in unsaid

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
        if nxt is None or not _GAP.match(question[end : nxt[0]]) or not describes(nxt[1]):
            break  # rarer than the term: a thing of its own (as rare: a gloss, 三重一大集体决策)
        if nxt[1] in _ACTS:
            break  # 「聘请“法治副校长”开展法治讲座」: a deed done besides, no description
        if is_artifact(nxt[1]):
            break  # 「“应知应会”清单」: a document of the term, no description (``artifacts``)
        run.append(nxt[1])
        end = nxt[0] + len(nxt[1])
    return tuple(run) + tuple(t for t in _domain(question, at, weights) if describes(t))


def _domain(question: str, at: int, weights: dict[str, float]) -> list[str]:
    """The concepts of a domain phrase before ``at`` in its clause: the run of concepts
    ending right before 方面/领域/中/上 (「在民主决策方面」「基层治理中」)."""
    clause = _CLAUSE_BREAK.split(question[:at])[-1]
    out: list[str] = []
    for m in _DOMAIN.finditer(clause):
        end = m.start()
        if any(clause.startswith(t, end) for t in weights):
            continue  # 中 of 中心: part of a concept, no locative
        while True:
            prev = [t for t in weights if t not in out and clause[:end].endswith(t)]
            if not prev:
                break
            t = max(prev, key=len)
            out.append(t)
            end -= len(t)
            end = len(clause[:end].rstrip("“”「」《》 "))
    return out


def quoted_in_library(term: str, report_df: Callable[[Sequence[str]], int]) -> bool:
    """Some report in scope writes ``term`` in quotation marks (「坚持和发展新时代“枫桥经验”」):
    the reports' own convention marks a coined name, asked with or without quotes."""
    return len(term) >= 3 and report_df([f"“{term}”", f"「{term}」"]) > 0


def _named(term: str, full: Sequence[str], quoted: Sequence[str], report_df) -> bool:
    """A fixed name (``fixed``) or one some report in scope sets off in quotation marks."""
    return bool(term) and (fixed(term, full, quoted) or quoted_in_library(term, report_df))


def described(
    needs: Sequence[Any],
    quoted: Sequence[str],
    question: str,
    report_df: Callable[[Sequence[str]], int],
    soft: float,
) -> list[Any]:
    """``needs`` (``retrieval.evidence.Need``) with each fixed term's describing words
    (``explained``) recorded on it. Those words weigh ``soft``: alone (集体研究 without
    三重一大) they say nothing of the named practice. And they name no kind: a report's own
    description of the term (「“三重一大”议事决策制度」) is no other kind of 集体决策, so it never
    vetoes the sentence that names the term. Whether a report quotes the term is looked up
    only for a term that has describing words."""
    weights = {n.concept.term: n.weight for n in needs}
    unsaid = {n.concept.term for n in needs if not report_df(n.full)}
    # 「放管服改革方面，搞了“证照分离”」: an opening field frames the name (``topic_frames``)
    frame = framed(question, list(weights))
    out = []
    for n in needs:
        term = n.concept.term
        run = explained(term, weights, question, unsaid)
        if term not in frame:
            run = (*run, *(t for t in frame if t not in run))
        if run and any(_named(s, n.full, quoted, report_df) for s in term.split("/")):
            n = replace(n, explains=run)
        out.append(n)
    gloss = {t for n in out for t in n.explains}
    return [
        replace(n, weight=n.weight * soft, modifier="", head="") if n.concept.term in gloss else n
        for n in out
    ]


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
