"""The polarity of a question: asked about units that did NOT do a thing, or that undid it.

Two facts of Chinese decide it, and both are read before any topic is looked for:

- **A negator negates what follows it, up to the clause's end** (没有/没/未/尚未/还没/不曾/
  从未/未能). It negates the question's predicate — so the question asks for the units that
  did not do the thing — only where it stands as that predicate's first word: right after the
  unit asked about (「哪些乡镇没有开展…」「有没有哪个镇没请…」「还有谁没…」), or opening a
  clause that ends in the units it describes (「没有聘请法律顾问的乡镇有哪些」「没…的呢」).
  Anywhere else it lies inside the thing asked: after a verb (「开展了没有证照的摊贩整治」:
  its object), after a verb of saying (「说自己…一次也没输过」: what the report says), or
  in a concessive clause (「材料没带齐也能先收下」: a condition of the deed). 有没有 and the
  A-not-A forms (请没请) ask yes or no, never the negative.
- **Some verbs cancel their object** (停止, 暂停, 取消, 撤销, 废止, 失败, 放弃, 中断, 终止): 「停止
  了法治夜校」 asks the opposite of 「办了法治夜校」. Such a verb is never a filler of the
  question: a sentence that does not say it says nothing of the question (``must``), and a
  report that names only the object did the thing, not its undoing. Reports rarely write
  失败; they write 未能/未通过, so those spell it too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

# the negators of a deed, longest first (尚未 before 未, 还没有 before 没)
NEGATOR = r"(?:从来没有|从来没|还没有|至今没有|一直没有|尚未|未能|未曾|从未|不曾|暂未|仍未|还未|还没|没有|没|未)"
# words between the unit and the negator that leave the negator the predicate's first word
# (「一整年都没有」「这一年里没」: the year said whole is the report's period, as 全年 is)
_TIMES = r"(?:今年|去年|全年|当年|目前|现在|一整年|整年|这一年里?|一年里?|年内|全年度|本年度)"
# 压根/根本/完全/就: emphasis on the negator (「压根没提」 = 没提), never a word of the topic
_EMPHASIS = r"压根儿?|根本|完全|全然"
_ADVERBS = rf"(?P<adv>(?:{_TIMES}|至今|迄今|还|也|都|仍然|仍|一直|从来|依然|尚|暂时|{_EMPHASIS})*)"
_UNIT = r"(?:乡镇街道|乡镇|镇街|街道|乡|镇|县区|区县|县|区|单位|地方|家)"
_REPORT = r"(?:的?(?:报告|材料|年报)(?:里面|里|中)?)?"
# 「哪几份报告」「哪篇」: the reports asked for by their own classifier, the unit left unsaid
_WHICH_REPORT = r"(?:哪几|哪一|哪)[份篇]"
# 「哪些乡镇（的报告里）（还）没有…」「有没有哪个镇没…」「还有谁没…」「有没有乡镇没…」
_AFTER_UNIT = re.compile(
    rf"(?:(?:哪些|哪几个?|哪一个|哪个|哪家|哪一家)(?:{_UNIT})?|{_WHICH_REPORT}|谁家?"
    rf"|(?:有没有|是否有|有无){_UNIT})"
    rf"{_REPORT}{_ADVERBS}(?P<neg>{NEGATOR})(?!有没|没)"
)
# 「没有聘请法律顾问的乡镇有哪些」「没开展的呢」: the negator opens a clause ending in units
_CLAUSE_START = r"(?:^|(?<=[，,。；;？?！!\s]))"
_OPENING = re.compile(
    rf"{_CLAUSE_START}(?:这些|那些)?(?:{_UNIT})?{_REPORT}{_ADVERBS}(?P<neg>{NEGATOR})"
    rf"(?=[^，,。？?！!；;]{{1,30}}?的(?:{_UNIT})?"
    r"(?:都?有哪些|有哪几个|有哪几家|是哪些|是哪几个|都?有谁|都是谁|有几个|呢|？|\?|$))"
)
# a concessive negation (「没带齐也能收下」「没有经费照样开展」): a condition, not the predicate
_CONCESSIVE = re.compile(r"也(?!没|未|不)|照样|照常|仍然|依然|还是|却")
_CLAUSE_END = re.compile(r"[，,。；;？?！!]")
# a negated clause with no topic of its own, only a verb again: 「没开展的呢」
_BACK = re.compile(r"[\u4e00-\u9fff]{1,4}的(?:呢|有哪些|有谁)[？?。]?")

# a verb that cancels its object → its spellings in reports
REVERSING: dict[str, tuple[str, ...]] = {
    "停止": ("停止", "停办", "叫停", "终止"),
    "终止": ("终止", "停止", "中止"),
    "暂停": ("暂停", "暂缓", "中止"),
    "中断": ("中断", "中止"),
    "取消": ("取消", "撤销", "撤除"),
    # terms of art in review and litigation: 撤销 annuls a decision, 撤回 withdraws an
    # application (行政复议 decides 撤销/维持/驳回; 撤回申请 ends it) — never each other
    "撤销": ("撤销",),
    "撤回": ("撤回",),
    "废止": ("废止", "废除", "失效"),
    "废除": ("废除", "废止"),
    "放弃": ("放弃",),
    "失败": ("失败", "未能", "未通过", "没有通过", "未获"),
}
_REVERSING = re.compile("|".join(sorted(REVERSING, key=len, reverse=True)))


def negator_at(question: str) -> re.Match | None:
    """The negator that negates ``question``'s predicate (its group ``neg``), or None."""
    for pattern in (_AFTER_UNIT, _OPENING):
        for m in pattern.finditer(question):
            stop = _CLAUSE_END.search(question, m.end("neg"))
            clause = question[m.end("neg") : stop.start() if stop else len(question)]
            if not _CONCESSIVE.search(clause):
                return m
    return None


def positive(question: str) -> str | None:
    """The question asked the positive way (the negator taken out), when its predicate is
    negated; else None. 「没有法律顾问」 keeps its verb: 有法律顾问."""
    m = negator_at(question)
    if m is None:
        return None
    after = question[m.end("neg") :]
    if m.start() > 0 and _BACK.fullmatch(after):
        # 「开展X的有哪些，没开展的呢」: the negated clause takes the topic of the one before
        return question[: m.start()].rstrip("，,；; ")
    times = "".join(re.findall(_TIMES, m.group("adv")))  # 今年 is when; 还/尚 go with the 没
    keep = "有" if m.group("neg").endswith("没有") else ""
    return question[: m.start("adv")] + times + keep + after


# what closes the negated phrase as the answer repeats it: 的 before the units, a particle
_PHRASE_END = re.compile(r"的|[呢吗吧啊了]*(?:[，,。；;？?！!]|$)")


def negated_phrase(question: str) -> str:
    """The negated predicate as the user said it (「没有开展宪法宣传」「没请法律顾问」), for
    the answer to repeat; "" when the question is not negated."""
    m = negator_at(question)
    if m is None:
        return ""
    end = _PHRASE_END.search(question, m.end("neg"))
    return question[m.start("neg") : end.start() if end else len(question)]


def reversing_verbs(question: str) -> tuple[str, ...]:
    """The verbs of ``question`` that cancel their object, in order, once each."""
    return tuple(dict.fromkeys(m.group(0) for m in _REVERSING.finditer(question)))


def is_reversing(term: str) -> bool:
    return term in REVERSING


def with_reversals(question: str, concepts: Sequence[Concept]) -> list[Concept]:
    """``concepts`` with every verb of ``question`` that cancels its object as a concept
    the answer must meet: the analysis keeps 停止 soft and drops 暂停/放弃/失败 as fillers,
    and a report naming only the object would then answer the opposite question."""
    verbs = reversing_verbs(question)
    if not verbs:
        return list(concepts)
    out: list[Concept] = []
    for c in concepts:
        if c.term in verbs:
            spelled = tuple(dict.fromkeys((*REVERSING[c.term], *c.alternatives)))
            out.append(replace(c, alternatives=spelled, required=True, must=True, light=False))
        else:
            out.append(c)
    held = {c.term for c in out}
    for verb in verbs:
        if verb not in held and not any(verb in c.term for c in out):
            out.append(Concept(verb, REVERSING[verb], True, must=True))
    return out
