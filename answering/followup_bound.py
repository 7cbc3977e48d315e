"""「低于97%的呢」 after 「调解成功率99%以上的」: the same list asked with another bound.

A follow-up made of a bound alone (超过/低于/不到 + a number, or a number + 以上/以下) and 的呢
names no new measure: the user keeps the measure the last question bounded and moves the
line. Read on its own it has no topic, and 低于 is searched as a word. So the last question is
asked again with its bound replaced — only when the two count in the same measure word kind
(% after %, 件 after 件): 「低于97%」 after 「受理超过100件」 bounds nothing the last question
measured.
"""

from __future__ import annotations

import re

from retrieval.count_bounds import bound_asked, bound_spans

__all__ = ["bound_swapped", "bounded_condition"]

_ONLY_BOUND = re.compile(
    r"^(?:那么?|那要是|要是|如果是?|换成|改成)?\s*(?:在)?(?P<bound>[^，,。？?！!的]{2,14}?)"
    r"的?(?:乡镇|单位|地方|报告)?(?:呢|有哪些|是哪些|有吗|有没有)[？?。!！\s]*$"
)


def bound_swapped(q: str, prev_q: str) -> str | None:
    """``prev_q`` with its one bound replaced by the bound ``q`` consists of, or None."""
    m = _ONLY_BOUND.match(q.strip())
    if m is None:
        return None
    new = bound_asked(m.group("bound"))
    old = bound_asked(prev_q)
    if new is None or old is None or new.measure != old.measure:
        return None
    spans = bound_spans(m.group("bound"))
    if len(spans) != 1 or spans[0] != (0, len(m.group("bound"))):
        return None  # 「低于97%」 is the whole phrase: no other word, no other topic
    old_spans = bound_spans(prev_q)
    if len(old_spans) != 1:
        return None  # two bounds before (「…98%以上、…99%以上的」): which one moved is unsaid
    ((s, e),) = old_spans
    return prev_q[:s] + m.group("bound") + prev_q[e:]


# the last list question's asking tail: 「…的有哪些」「…的是哪几个」 (its frame at the end)
_ASK_TAIL = re.compile(
    r"(?P<tail>的?(?:有|是)?(?:哪些|哪几个|哪几家|哪几份)(?:乡镇|单位|地方|报告)?)[？?。!！\s]*$"
)

# a scope opening the last question: a year (「2023年」), a place or kind and 里/中 (「杭州的街道里」
# 「2023年的报告里，」), the units its list is drawn from
_SCOPE_LEAD = re.compile(
    r"^(?:(?:19|20)\d{2}年度?(?:的报告)?(?:里面|里头|里|中)?|[^，,。？?]{1,16}?(?:的报告|的乡镇|的街道|的单位)?"
    r"(?:里面|里头|里|当中|中))[，,]?\s*"
)

_ELLIPSIS = re.compile(r"呢[？?。!！\s]*$")
_POINTER = re.compile(r"其中|这里|这些|这几|那几|它们|他们|里面|里头|当中|这中间")


def bounded_condition(q: str, prev_q: str) -> str | None:
    """「那持证率没到100%的呢」 after 「执法人员全部都有执法证的有哪些」: a measure and a bound of
    its own make a condition of their own, asked as the last list question was — over its
    whole scope, never only the units the old condition picked (a complement like 没到100%
    after 全部持证 holds of none of them). None when ``q`` is no measure + bound 的-phrase or
    the last question does not end in its asking words."""
    m = _ONLY_BOUND.match(q.strip())
    tail = _ASK_TAIL.search(prev_q)
    # only the elliptical 「…的呢」: a question asking in words of its own (「…的乡镇有哪些」)
    # stands alone, and one pointing at the last answer (「其中…」「这里面…」) is asked of its units
    if m is None or tail is None or tail.start() == 0 or not _ELLIPSIS.search(q):
        return None
    what = m.group("bound")
    if _POINTER.match(what):
        return None
    spans = bound_spans(what)
    # a measure named before the bound (持证率), the bound closing the phrase
    if len(spans) != 1 or spans[0][0] < 2 or spans[0][1] != len(what):
        return None
    ask = tail.group("tail")
    # the last question's scope said first (「2023年的报告里，」「杭州的街道里」) is kept: only
    # its condition is replaced
    scope = _SCOPE_LEAD.match(prev_q[: tail.start()])
    lead = scope.group(0) if scope else ""
    return f"{lead}{what}{ask if ask.startswith('的') else '的' + ask}？"
