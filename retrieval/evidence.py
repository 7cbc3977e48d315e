"""Does this report say it? A graded, sentence-level judgement per report.

A report supports a topic when one of its sentences covers enough of the question's concepts,
each weighted by how rare it is among the reports in scope (IDF over reports). A concept counts
fully when one of its spellings (term, synonyms) is in the sentence, and partly when only its
parts are (法治体检 ~ 法律体检 through 体检; 执法记录仪 ~ 记录仪): reports name the same thing in
different compounds. A mention under a negation (尚未建立, 未开展, 没有) is no support.

``SUPPORT`` is the one threshold; it was calibrated on the development sets (see
``docs/evidence.md``) and is never tuned per question. It, the needs a sentence is judged
against and their cue strings are weighed in ``retrieval.needs``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.anchors import object_named
from retrieval.bodies import asked_body_said, filled_posts
from retrieval.but_not import may_count_zero, zero_count
from retrieval.clause_examples import named
from retrieval.compound_sides import compound_parts
from retrieval.compounds import attached, other_kind, past_rank, shared_tail
from retrieval.doing_verbs import DoingVerbs
from retrieval.duty_roles import field_of_role, held_for, holds_duty
from retrieval.format_words import format_said, format_strings, listed_subject, reads_past
from retrieval.measures import QUANTITY as QUANTITY
from retrieval.near_parts import held_near
from retrieval.needs import PARTIAL, Need
from retrieval.needs import SUPPORT as SUPPORT
from retrieval.needs import build_needs as build_needs
from retrieval.needs import cues as cues
from retrieval.needs import library_needs as library_needs
from retrieval.negated_mention import negated as negated
from retrieval.negated_mention import unnegated
from retrieval.negative_content import counts_as_said
from retrieval.other_referent import names_another
from retrieval.passages import Sentence as Sentence
from retrieval.passages import headings_before as headings_before
from retrieval.passages import is_heading as is_heading
from retrieval.passages import sentence_chunk as sentence_chunk
from retrieval.shorter_forms import bare_in
from retrieval.split_words import split_span
from retrieval.substring_decides import decided, decisive
from retrieval.term_sentences import sentence_ends as sentence_ends
from retrieval.term_sentences import sentences_of as sentences_of
from retrieval.vocabulary import DOING as DOING
from retrieval.vocabulary import GENERIC_HEADS
from retrieval.zero_rows import zero_cell

_CLAUSE_END = re.compile(r"[，,。！？；;!?\n]")


def _present(text: str, needle: str, loose: bool = True) -> bool:
    """Mentioned at least once not under a negation (``loose``: or spelled apart)."""
    return _mention(text, needle, loose=loose) > 0


def names_in(text: str, spellings: Sequence[str]) -> bool:
    """One of ``spellings`` stands in ``text`` whole, not under a negation: the strict test a
    graded answer's quoted sentence meets for each word it rests on (``answering.graded``)."""
    return any(a and _present(text, a, loose=False) for a in spellings)


def _mention(
    text: str, needle: str, need: Need | None = None, wanted: str = "", loose: bool = False
) -> int:
    """1 when mentioned at least once not under a negation, else 0; given the question's
    modifier ``wanted``, -1 when every mention names another kind (科技副校长 for 法治副校长;
    a bare 体检 after 健康体检 in the same sentence refers back to it)."""
    # a spelling that holds the modifier itself (公共法律服务站 for the 工作站 of 公共法律服务工作站,
    # ``compound_heads``) names its kind whole: the word before it (辖区, 社区) is whose it is
    tagged = need.tagged if need is not None and wanted and not needle.startswith(wanted) else None
    negative = need is not None and need.concept.negated  # 写了没发生X: only 未发生X counts
    other = False
    pos = text.find(needle)
    between = need is not None and need.between  # a quoted term: only between its words
    if pos < 0 and loose and (span := split_span(text, needle, need and need.tagged, between)):
        if need is not None and need.zero_denies and zero_count(text, *span, inside=True):
            return 0  # 「行政诉讼零败诉」 spells 行政诉讼败诉 apart round its zero
        return int(counts_as_said(text, *span, negative))  # 「普了一次法」 mentions 普法
    while pos >= 0:
        end = pos + len(needle)
        if names_another(text, pos, needle, need):
            pass  # 副校长 is no 校长, 政府法律顾问 no village's lawyer, 动物疫情 no 新冠疫情
        elif need is not None and need.zero_denies and zero_count(text, pos, end):
            pass  # 「败诉0件」「零败诉」: counted zero, it did not happen (``but_not``)
        elif counts_as_said(text, pos, end, negative):
            if tagged is None:
                return 1
            found, kind, field = attached(tagged, text, pos, end), wanted, False
            if found in GENERIC_HEADS:  # 依法行政|工作|领导小组: a generic head says no kind
                found = attached(tagged, text, pos - len(found), pos)
            elif reads_past(found, needle):  # 党校|重点|课程, 民法典|专题|讲座: the word before
                found = past_rank(tagged, text, pos - len(found))
            elif k := shared_tail(text, pos, wanted):  # 生态文明|示范|社区 for 法治|示范|社区
                found, kind = attached(tagged, text, pos - k, pos), wanted[:-k]
            elif holds_duty(found, needle):  # 法治建设|第一责任人|职责: the field is the kind
                if held_for(text, pos - len(found), kind):
                    return 1
                found, field = field_of_role(tagged, text, pos - len(found), pos) or found, True
            elif not found:  # 「安全生产专题讲座、培训」: the list's subject is the 培训's
                found = listed_subject(tagged, text, pos)
            lead = text[max(0, pos - 40) : pos]  # 「宪法、民法典和…专题讲座」: one head for each
            around = _around(text, pos, end, need)
            if other_kind(found, kind, need.own, around, lead, tagged, text, noun=field):
                other = True
            elif found or not other:
                return 1
        pos = text.find(needle, pos + 1)
    return -1 if other else 0


def _around(text: str, pos: int, end: int, need: Need) -> str:
    """Where the question's modifier may stand: just before the mention, and for a verb
    (旁听, not a required noun) also after it in the same clause, as its object
    (「庭审旁听」 asked, 「旁听行政诉讼案件庭审」 written)."""
    before = text[max(0, pos - 8) : pos]
    if need.concept.required:
        return before
    stop = _CLAUSE_END.search(text, end)
    return before + text[end : stop.start() if stop else len(text)]


def match(text: str, need: Need) -> float:
    """1 for a full mention, the IDF share of the parts present (at most PARTIAL), else 0.
    A concept the passage names only as another kind (德育副校长) earns nothing, not even
    through its parts."""
    return max(0.0, _match(text, need))


def _match(text: str, need: Need, static: tuple[frozenset[str], bool] | None = None) -> float:
    """``match``, or -1 when the passage names the concept only as another kind. ``static``:
    ``_static(need)``, made once by a caller that reads the need in many sentences."""
    parted, posts = static or _static(need)  # 宪法|宣传周 of 宪法宣传周 (``compound_sides``)
    if posts and asked_body_said(text, need.concept) is False and any(a in text for a in need.full):
        return -1.0  # 「以镇长为组长的安全生产领导小组」: another body's post (``bodies``)
    full = []
    for a in need.full:  # the first spelling mentioned decides: the rest are not read
        if a in parted:
            continue
        # a spelling ending in the complement 进 is never read apart: 法治|建设推|进 is no 法治进
        found = _mention(text, a, need, need.modifier, need.loose and a[-1] != "进")
        if found == 1:
            return 1.0
        full.append(found)
    if -1 in full:
        return -1.0
    for a in need.short:  # the report's shorter form (``shorter_forms``): 书记 of 党委书记
        # the dropped modifier still tells another kind apart: 交通事故 is no 安全事故
        sides = need.concept.term.split("/")
        kind = next((s[: -len(a)] for s in sides if s.endswith(a) and s != a), need.modifier)
        if bare_in(text, a) and _mention(text, a, need, kind) == 1:
            return 1.0
    if format_said(text, need.full, need.own, need.tagged):  # 「…法治思想…，组织专题讲座」
        return 1.0
    if not need.parts:
        return 0.0
    total = sum(idf for _, idf in need.parts)
    # the head with another modifier (健康体检 for 法治体检) is another thing
    kind_of = need.concept.term[: -len(need.head)] if need.head else ""
    present = {p: _mention(text, p, need, kind_of if p == need.head else "") for p, _ in need.parts}
    if present.get(need.head) == -1 or (kind_of == "副" and present.get(need.head)):
        return -1.0  # 社区主任 is no 副主任, as 德育副校长 is no 校长: the deputy is another post
    got = sum(idf for p, idf in need.parts if present[p] > 0)
    if not got:
        return 0.0
    # a Chinese compound's kind is its last part: 执法服 is no 执法记录仪, whatever the 执法
    kind = 1.0 if need.head and present.get(need.head) == 1 else 0.5
    return PARTIAL * kind * got / total


def _static(need: Need) -> tuple[frozenset[str], bool]:
    """What ``_match`` reads of ``need`` alone: the sides of a compound offered whole
    (``compound_sides``), and whether it asks a body's filled post (``bodies``)."""
    return compound_parts(need.concept.term), bool(filled_posts(need.concept))


def _do(
    text: str, needs: Sequence[Need], got: list[float], at: dict[str, int], score: Score
) -> None:
    """Credit each verb of doing the sentence does not spell when another verb of doing and
    the verb's whole object stand in the sentence itself (not only in its heading). Cheap
    tests first: this runs for every candidate sentence of a fan-out (``at``: need by term;
    ``score``: the needs' tables, its ``verbs`` and ``static``)."""
    cut = text.rfind("\n")
    body = text[cut + 1 :]
    for i, n in enumerate(needs):
        if not n.doing or not n.object or got[i] >= 1.0:
            continue
        objects = [at.get(t) for t in n.object]
        if any(j is None or got[j] < 1.0 for j in objects):
            continue
        if not score.verbs[i].said(body):
            continue
        static = score.static
        if cut >= 0 and any(_match(body, needs[j], static[j]) < 1.0 for j in objects):
            continue
        got[i] = 1.0


def upper_bound(text: str, needs: Sequence[Need]) -> float:
    """``sentence_score`` of any sentence of ``text`` is at most this (no negation checks,
    so a whole chunk is bounded in one cheap pass)."""
    mass = total = 0.0
    explained = {t for n in needs if n.explains and named(text, n) for t in n.explains}
    by_term = {n.concept.term: n for n in needs}
    for n in needs:
        mass += n.weight
        # another verb of doing counts only beside its object (``_do``)
        doing = n.doing if object_named(text, n, by_term) else ()
        # a word that only favours (``Score``), counted met, bounds either reading from above
        if (
            n.concept.favours
            or n.concept.term in explained
            or any(
                a in text or (n.loose and split_span(text, a, None, n.between))
                for a in (*n.full, *doing, *format_strings(n.full), *n.short)
            )
        ):
            total += n.weight
        elif n.parts:
            got = sum(idf for p, idf in n.parts if p in text)
            if got:
                total += n.weight * PARTIAL * got / sum(idf for _, idf in n.parts)
    return total / mass if mass else 0.0


def sentence_score(text: str, needs: Sequence[Need]) -> float:
    """``Score(needs)(text)``: one sentence judged on its own."""
    return Score(needs)(text)


class Score:
    """A sentence's score for one ask's needs, their tables made once (fan-out scores
    thousands of sentences with the same needs). A verb of doing (培养, 打造) is matched by any other (培育, 新建) once the sentence names
    its object in full: the object carries the need, not the verb. A sentence that names the
    asked thing only as another kind (生态文明示范社区 for 法治示范社区) says nothing of it,
    whatever else of the question it repeats."""

    def __init__(self, needs: Sequence[Need]) -> None:
        self.needs = tuple(needs)
        self.mass = sum(n.weight for n in needs)
        self.doing = any(n.doing for n in needs)
        self.at = {n.concept.term: i for i, n in enumerate(needs)}
        self.explains = [
            (i, [j for j, m in enumerate(needs) if m.concept.term in n.explains])
            for i, n in enumerate(needs)
            if n.explains
        ]
        self.must = any(n.must for n in needs)
        # the needs the question requires: a sentence meeting none of them is about something else
        self.required = (
            [n.concept.required for n in needs] if any(n.concept.required for n in needs) else []
        )
        self.zero_denies = any(n.zero_denies for n in needs)
        self.together = any(n.concept.together for n in needs)
        self.near = any(n.concept.near for n in needs)
        self.decides = decisive(needs)  # what a substring test decides (``substring_decides``)
        self.static = [_static(n) for n in needs]
        self.verbs = [DoingVerbs(n.doing) for n in needs]  # read in one scan (``doing_verbs``)
        self.denied = [i for i, n in enumerate(needs) if n.concept.negated]

    def __call__(self, text: str) -> float:
        needs = self.needs
        if not self.mass:
            return 0.0
        free = unnegated(text) and not zero_cell(text)  # 「示范村创建1个0个」 (``zero_rows``)
        free = free and not (self.zero_denies and may_count_zero(text))  # 「败诉0件」
        got = [
            _match(text, n, st) if (g := decided(text, n, d, free)) is None else g
            for n, d, st in zip(needs, self.decides, self.static, strict=True)
        ]
        if -1.0 in got:
            # the thing asked about is named as another kind: the rest is about that. Only
            # the sentence itself says so; a heading above it (「规范基层决策」) names a section
            cut = text.rfind("\n")
            if cut < 0 or any(_match(text[cut + 1 :], n) == -1.0 for n in needs):
                return 0.0
            got = [max(0.0, g) for g in got]
        # 「没有行政复议和行政诉讼」: a sentence that names one of them done (「办理行政复议案件1件」)
        for i in self.denied:
            if got[i] <= 0 and any(a in text and _mention(text, a) == 1 for a in needs[i].full):
                return 0.0
        if self.doing:
            _do(text, needs, got, self.at, self)
        for i, covered in self.explains:  # 「“四议两公开”工作法」 for 「“四议两公开”民主决策」
            if got[i] >= 1.0:
                for j in covered:
                    got[j] = 1.0
        # a word that only favours (``Concept.favours``) weighs where it is said in full, and
        # is no part of the sentence's ask where it is not: it never tells against a sentence
        unmet = [n.concept.favours and g < 1.0 for n, g in zip(needs, got, strict=True)]
        got = [0.0 if off else g for g, off in zip(got, unmet, strict=True)]
        mass = self.mass - sum(n.weight for n, off in zip(needs, unmet, strict=True) if off)
        if mass <= 0:
            return 0.0
        score = sum(n.weight * g for n, g in zip(needs, got, strict=True)) / mass
        if self.required and not any(g > 0 for g, r in zip(got, self.required, strict=True) if r):
            return min(score, PARTIAL)  # 「积极争取配备公职律师」 meets no thing asked, only 争取
        if self.must and any(n.must and g <= 0 for n, g in zip(needs, got, strict=True)):
            return min(score, PARTIAL)  # 「6月26日召开会议」 is no meeting on 12月4日
        if self.together and not together(text, needs):
            return min(score, PARTIAL)  # 禁毒宣传 under the heading 「普法宣传」 joins nothing
        if self.near and not held_near(text, needs):
            return min(score, PARTIAL)  # 社区书记例会…法律顾问意见: no community's adviser
        return score


def together(text: str, needs: Sequence[Need]) -> bool:
    """Every side of a relation asked about (``retrieval.relation``) is named in the sentence
    itself, below any heading ``text`` carries: a relation is said in one sentence. A side is
    as loose as a compound of the need ever was (in full, or by its kind with half its weight:
    考核 of 干部考核), but never through the words that name the other side (the 宣传 of
    「禁毒宣传」 is no 法治宣传)."""
    body = text[text.rfind("\n") + 1 :]
    sides = [n for n in needs if n.concept.together]
    for n in sides:
        rest = body
        for other in sides:
            for a in other.full if other is not n else ():
                rest = rest.replace(a, " " * len(a)) if a else rest
        if match(rest, n) < PARTIAL / 2:
            return False
    return True
