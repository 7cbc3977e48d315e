"""Which of a sentence's counts answers a how-many question.

Reports pack several counts of one event into one sentence: 「组织5人报名参加行政执法资格
考试，通过考试共3名」 gives who registered and who passed. The question's verb tells them
apart — 「有几个人通过了…」「拿到执法证的有多少」 want the passed count, 「报名参加了…」 the
registered one — so the count whose clause holds that verb (or one of its class: 通过 ~ 取得
~ 拿到; 改完 ~ 完成 ~ 办结 against the count of what was found) answers. A follow-up to another unit (「那乙镇呢？」) asks the same question again and so
keeps the verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.acts import act_clause, asked_act, item_clause
from answering.target_counts import target_or_reached
from answering.value_kinds import RANK_VALUE
from reportqa.text import to_simplified
from retrieval.counts_near import total_lead
from retrieval.measures import asked_measure, counts_with, how_many
from retrieval.numerals import value_of
from retrieval.query import Concept

# verbs that name the same outcome: obtaining a result, and signing up for it; and the work
# finished beside the work found (「反馈问题13个，完成整改12个」: 改完/办完 ask the second)
_CLASSES = (
    ("通过", "取得", "拿到", "获得", "考取", "考过", "领取", "领到", "拿下", "获取"),
    ("报名", "报考"),
    ("改完", "办完", "做完", "完成", "办结", "完结", "整改到位", "销号", "已整改"),
)
_CLASS_WEIGHT = 2.0
_CLAUSE_END = "，,；;。！？!?\n"


def _verbs(question: str, concepts: Sequence[Concept]) -> dict[str, float]:
    """The question's words that may point at one count, by weight: a verb of a class
    (and its class-mates) weighs 2, another word of the need that is no required thing 1,
    the thing asked 0.5 (「拆除无证建筑约1.2万方，复垦土地15亩」: the count standing by it). A
    verb such as 拿到 that no report uses has left the need, so the question is read."""
    q = to_simplified(question)
    out = {a: 0.5 for c in concepts if c.required for a in c.alternatives}
    out.update({a: 1.0 for c in concepts if not c.required for a in c.alternatives})
    for cls in _CLASSES:
        if any(w in q for w in cls):
            out.update(dict.fromkeys(cls, _CLASS_WEIGHT))
    return out


def _determiner(text: str, m) -> bool:
    """Is the count at ``m`` a determiner — right before a noun (「反馈的13个问题」)? Such a
    count names the set a verb works on; a tally ends its clause (「完成整改12个，」)."""
    return bool(re.match(r"[\u4e00-\u9fff]", text[m.end() : m.end() + 1]))


def _clause(text: str, start: int, end: int) -> str:
    lo = max((text.rfind(ch, 0, start) for ch in _CLAUSE_END), default=-1) + 1
    ends = [i for i in (text.find(ch, end) for ch in _CLAUSE_END) if i >= 0]
    return text[lo : min(ends, default=len(text))]


def asked_count(sentence: str, question: str, concepts: Sequence[Concept]) -> str:
    """The count (as written, 「3名」) of ``sentence`` the question's verb points at, when
    the sentence has several counts of the asked kind; '' when it has one, or when no
    verb of the question tells them apart."""
    text = to_simplified(sentence)
    measure = asked_measure(question)
    # a rank is an ordinal with 名/位 or after a word of ranking: 第一批 is a batch
    pattern = RANK_VALUE if measure == "第" else counts_with(measure) if measure else how_many()
    counts = list(pattern.finditer(text))
    if len(counts) < 2:
        return ""
    verbs = _verbs(question, concepts)
    if not verbs:
        return target_or_reached(sentence, counts, question)  # 「计划…300名，已培育180名」
    act = asked_act(question, concepts)
    acted = [
        bool(act)
        and act in act_clause(text, m.start(), m.end()) + item_clause(text, m.start(), m.end())
        for m in counts
    ]
    scores = []
    for m, by_act in zip(counts, acted, strict=True):
        # a closing total (「…,累计12次」) counts its sentence's deed: the words before it are its
        clause = total_lead(text, m.start(), m.end()) or _clause(text, m.start(), m.end())
        # the verb a count shares: the total's under 其中, the list's for a list item
        wide = act_clause(text, m.start(), m.end()) + item_clause(text, m.start(), m.end())
        wide += total_lead(text, m.start(), m.end())
        said = [
            w for v, w in verbs.items() if v in (wide if w == _CLASS_WEIGHT or v == act else clause)
        ]
        if any(acted) and not by_act and _determiner(text, m):
            said = []  # 「反馈的13个问题…完成整改12个」: 整改 asked, 13个 counts the set
        # a verb of a class names the outcome asked and decides; the other words of the
        # need only break its ties (「巡察反馈的15个问题…完成整改14个」: 改完 asks the 14)
        scores.append((any(w == _CLASS_WEIGHT for w in said), sum(said)))
    best = max(scores)
    # no verb of a class deciding: a target beside a count reached is told apart by the plan
    # asked or not (``target_counts``) before the thing's nearness, which stands by both
    staged = "" if best[0] else target_or_reached(sentence, counts, question)
    if staged or best == (False, 0) or scores.count(best) > 1:
        return staged  # else no verb of the question, or the same for two: no choice made
    m = counts[scores.index(best)]
    return sentence[m.start() : m.end()].strip()


def sole_count(sentence: str, question: str) -> str:
    """The one count of ``sentence`` in the measure the question asks (「多少吨临期食品」 of
    「提供临期食品70吨以上，惠及15万人次」: 70吨), '' when it has none or several. A sentence
    chosen to answer a how-many that states the asked measure once states the answer: there is
    no other count of that kind for it to be."""
    measure = asked_measure(question)
    if not measure or measure == "第":
        return ""
    text = to_simplified(sentence)
    counts = list(counts_with(measure).finditer(text))
    if len(counts) != 1:
        return ""
    return sentence[counts[0].start() : counts[0].end()].strip()


def number_of(count: str) -> float | None:
    """The number of a count written in digits (「1.2万方」 → 1.2, 「10 790件」 → 10790),
    else None."""
    return value_of(count)
