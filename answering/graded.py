"""A which-question in the user's own words, answered on the words the library writes.

Reports name a practice in their official vocabulary (宪法宣誓, 出庭应诉, 上门普法). A user
asks about it in everyday words and adds how, when and who in words of their own (举着手,
重新, 头一回, 挨家挨户送…小册子). Such a descriptive word that **no report in scope spells**
says nothing about whether a unit did the practice: its absence from the library is the
absence of the wording, not of the deed. A word the library does spell but a report's
sentence lacks is evidence against that report — so only unspelled words may be left out
here, and a question whose every word is spelled keeps the strict reading (and at most the
related near reading of ``answering.near``).

The graded reading answers without the unspelled words when what stays is the question's
practice and carries it:

- the **core** (the spelled, required words that name the act or its object — a holder or a
  place word names who or where, a soft verb such as 组织 names no act: they never count)
  holds at least two words: one word alone is no reading of a question;
- the core is the larger part of the question's words: its share of the required content
  words must exceed ``MAJORITY``, the one threshold. A question mostly in words the library
  lacks (「给困难户免费找律师打官司」: 困难户 and 免费 unspelled, 律师 and 打官司 spelled) is as
  likely asking for another practice that happens to share its rest (法律顾问参与诉讼);
- no unspelled word is named as the means of the practice (「用无人机开展安全生产巡查」): the
  means is what such a question asks (``means``); nor as narrowing it — its audience, form,
  channel or kind of object (「面向独居老人的送法上门」「在抖音上直播」「外商投资合同」,
  ``answering.narrowing``);
- at least two core words stand **in full in the quoted sentence itself** — not through a
  heading above it, nor through a compound's lesser parts (its last part, which names its
  kind, counts): the claim is that one report sentence
  says the practice, so the sentence must say it (「集体学法」 under a heading 「法治政府建设」
  is no 「集体…法治」); the evidence judge has weighed the rest of the core as usual.

The units so found are the answer — typed: the answer's ``Unsaid`` block carries the unspelled
words and the core words it was read by (``Unsaid.read_by``), so every output says 「报告中没有
“X”的说法；按“A”“B”回答」 and a program can tell a graded answer from a strict one.
``MAJORITY`` was calibrated on the development sets (``answering.graded_calibrate``;
``docs/evidence.md``, round graded22).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from answering.extractive import Quoter
from answering.narrowing import narrowing
from answering.unsaid_head import unsaid_heads
from answering.which_compose import compose_which
from reportqa.answer import Answer, Paragraph, Text, Unsaid
from reportqa.types import ReportEvidence
from retrieval.concept import Concept
from retrieval.evidence import names_in
from retrieval.holders import is_holder
from retrieval.query import Analysis
from retrieval.register import joined_words
from retrieval.vocabulary import GENERIC_NOUNS, SOFT_VERBS

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters

log = logging.getLogger(__name__)

MAJORITY = 0.5  # the core's share of the question's required content words must exceed this
LEAST = 2  # core words a graded reading needs: one word alone is no reading of a question
# whom it was for: 给/为/帮/替 X, X the recipient itself
_FOR = r"(?:给|为|帮|替)"
# a verb of means before a word: 用, 利用, 借助, 通过…, with an aspect or a measure between
_MEANS = (
    r"(?:用|借助|借着|通过|依托|依靠|运用|采用|使用)(?:了|过|上)?(?:[一几两]?[个台架部套款种])?"
)


@dataclass(frozen=True)
class Graded:
    """The reading without the unspelled ``words``, resting on ``core``, and the reports
    whose quoted sentence names every core word."""

    words: tuple[Concept, ...]
    core: tuple[Concept, ...]
    analysis: Analysis
    evidence: tuple[ReportEvidence, ...]


def core_of(analysis: Analysis, idf: dict[str, float]) -> tuple[Concept, ...]:
    """The spelled practice words: required, some report in scope spells them (``idf`` holds
    only those), and neither a holder or place word nor a soft or light verb."""
    return tuple(
        c
        for c in analysis.concepts
        if c.required
        and c.term in idf
        and not c.light
        and c.term not in SOFT_VERBS
        and not is_holder(c.term)
        and not _value_or_people(c.term)
    )


def _value_or_people(term: str) -> bool:
    """A value (100%, 3次) or a body of people (执法人员, 网格员) is said of many practices: a
    sentence holding it names no practice, so it never counts toward a graded reading's core."""
    return any(ch.isdigit() or ch in "%％" for ch in term) or term.endswith(("人员", "员"))


def means(question: str, words: Sequence[Concept]) -> bool:
    """An unspelled word the question names as the means of the practice (「用无人机开展巡查」,
    「借助大数据平台调解」) or as whom it was for (「给孩子们办了防诈骗讲座」): 用/借助 X 做 Y asks
    whether Y was done *with* X, 给 X 做 Y whether it was done *for* X, and Y is what reports
    do routinely (for 老年人, for 学生…), so X is what the question asks — never a descriptive
    word to leave out. Its absence from the library keeps the answer 「没有」. A word that only
    describes the recipient (「给上了岁数的老人」: 的 follows) is no recipient."""
    return any(
        re.search(_MEANS + re.escape(side), question)
        or re.search(_FOR + re.escape(side) + "(?!的)", question)
        for c in words
        for side in c.term.split("/")
        if side
    )


# the head character of a named kind of thing: a statute (反垄断法, 安全生产条例, 实施办法) or a
# measure (培训率, 满意度); such a word is the thing a question asks for, never a description
_NAMED_HEAD = ("法", "条例", "规定", "办法", "细则", "率", "度")


def named_thing(words: Sequence[Concept]) -> bool:
    """An unspelled word that names a statute or a measure (「学了反垄断法」, 「培训率是百分百」):
    reports cite laws and rates by their names, so a name no report writes means no report
    says it — the word is what is asked, never one to leave out. 说法/办法 alone (two
    characters) are generic words, not names."""
    return any(
        len(side) >= 3 and side.endswith(_NAMED_HEAD) for c in words for side in c.term.split("/")
    )


def share(core: Sequence[Concept], words: Sequence[Concept]) -> float:
    """The core's share of the question's required content words (core and unspelled). A
    compound and its parts (法治考核 with 法治 and 考核, 医保基金监管 with 医保 and 监管) are one
    word of the question: counting the parts again would let a compound's spelled parts
    outvote the unspelled compound they belong to."""
    both = (*core, *words)
    whole = [c for c in both if not any(c.term != o.term and c.term in o.term for o in both)]
    return said(c for c in whole if c in core) / max(1, said(whole))


def said(concepts: Iterable[Concept]) -> int:
    """How many of the question's words the needs stand for: a need joined of everyday words
    said side by side (骗子骗钱, ``register.joined_words``) counts each word the asker said."""
    return sum(joined_words(c.term) for c in concepts)


def gradable(core: Sequence[Concept], words: Sequence[Concept], majority: float = MAJORITY):
    """Whether a graded reading may be tried at all (the ``calibrate`` view takes any
    ``majority``)."""
    return bool(words) and said(core) >= LEAST and share(core, words) > majority


def spellings(c: Concept, tokens: Callable[[str], list[str]]) -> tuple[str, ...]:
    """How a sentence names ``c`` in full: its term, its spellings, and the compound's kind —
    its last part of two or more characters (视频 of 拍视频, 法庭 of 上法庭): a Chinese
    compound's last part names what it is, the parts before say which or what is done."""
    kind = max(
        (p for p in tokens(c.term) if p != c.term and len(p) >= 2 and c.term.endswith(p)),
        key=len,
        default="",
    )
    return (c.term, *c.alternatives, *((kind,) if kind not in GENERIC_NOUNS else ()))


def said_in_full(
    text: str, core: Sequence[Concept], tokens: Callable[[str], list[str]], question: str = ""
) -> bool:
    """``LEAST`` core words stand in the sentence itself (below any heading the span carries),
    each named in full (``spellings``) and not under a negation; the evidence judge has
    already weighed the rest of the core. Two core words the question writes as one compound
    (法律|服务 of 「…的法律服务」) that the sentence writes whole (「村级法律服务」) are one word
    there: one term met, not two words of a practice meeting in a sentence. A side of a
    coordination (重大|决策 of 「重大决策或者规范性文件」, read 重大 + 决策/规范性文件) is such a
    word too: each side is a spelling of its own. A need joined of everyday words (骗子骗钱)
    counts each word it joins, as ``gradable`` does, only when it is the whole core: beside
    another core word (集市) its one report word (诈骗) alone is no sentence of both."""
    body = text[text.rfind("\n") + 1 :]
    weight = joined_words if len(core) == 1 else (lambda _: 1)
    found = sum(names_in(body, spellings(c, tokens)) * weight(c.term) for c in core)
    joined = sum(
        any(
            (whole := x + y) in question and whole in body
            for x in a.term.split("/")
            for y in b.term.split("/")
        )
        for a, b in pairwise(core)
    )
    return found - joined >= LEAST


def graded_reading(
    ctx: Context,
    analysis: Analysis,
    filters: Filters,
    idf: dict[str, float],
    words: Sequence[Concept],
    majority: float = MAJORITY,
) -> Graded | None:
    """The graded reading of a question whose strict reading found no unit, or None."""
    core = core_of(analysis, idf)
    if not gradable(core, words, majority) or means(analysis.question, words) or named_thing(words):
        return None
    if narrowing(analysis.question, words, core):  # 「面向独居老人的送法上门」: no unit is certain
        return None
    if unsaid_heads(analysis.question, words, core):  # 「法治副校长」: the head is what is asked
        return None
    left = tuple(c for c in analysis.concepts if c not in words)
    reduced = replace(analysis, concepts=left)
    quote, tokens = Quoter(reduced, idf), ctx.retriever.lib.tokenizer.index_tokens
    kept = []
    for ev in ctx.retriever.fan_out(reduced, filters):
        got = quote(ev) if ev.supported else None
        if got is not None and said_in_full(got[1].text, core, tokens, analysis.question):
            kept.append(ev)
    if not kept:
        return None
    log.debug("graded reading on %s: %d reports", [c.term for c in core], len(kept))
    return Graded(tuple(words), core, reduced, tuple(kept))


def graded_answer(
    analysis: Analysis,
    graded: Graded,
    evidence: Sequence[ReportEvidence],
    idf: dict[str, float],
    said: Sequence[str],
) -> Answer:
    """The graded units as the answer: every report in scope judged (those of the graded
    reading supported, the rest 「未提及」), the reading stated by a typed ``Unsaid`` block."""
    by_id = {ev.info.report_id: ev for ev in graded.evidence}
    judged = [by_id.get(ev.info.report_id, replace(ev, supported=False)) for ev in evidence]
    got = compose_which(graded.analysis, judged, idf)
    core = tuple(c.term for c in graded.core)
    head = Paragraph(
        (Text(f"共 {len(got.townships)} 个单位的报告在同一句中写到「{'、'.join(core)}」："),)
    )
    note = Unsaid(tuple(said), read_by=core)
    return replace(got, question=analysis.question, body=(head, note, *got.body[1:]))
