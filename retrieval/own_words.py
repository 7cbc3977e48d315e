"""A time frame no report spells is as loose as the event word it joined.

「决策前让法律顾问审一审」: the analyzer makes 决策前 one concept (``phrases.before_after``,
since reports abbreviate an event before a locative: 会前学法, 诉前调解). When no report in
scope spells it that way (they write 「重大行政决策出台前」「对重大决策事项提出法律意见」), the
concept weighed as the rarest term and could only ever be met in part. It was made by joining
the event word and 前/后; it must be at least as loose as the event word was, so that word
counts as its spelling. Only this frame: a non-required concept may also be a noun jieba
tagged as a verb (执法服 of 「配了执法服」), and a thing nobody names must stay unnamed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from retrieval.concept import Concept

_WHEN = ("前", "后")


def spellings(
    c: Concept, parts: Sequence[tuple[str, float]], report_df: Callable[[Sequence[str]], int]
) -> tuple[str, ...]:
    """``c``'s spellings, with its event word when it is an event before or after (not
    required) that no report in scope spells."""
    if c.required or c.term[-1:] not in _WHEN or report_df(c.alternatives):
        return c.alternatives
    event = c.term[:-1]
    if not any(p == event for p, _ in parts):
        return c.alternatives
    return (*c.alternatives, event)
