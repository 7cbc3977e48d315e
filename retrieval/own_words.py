"""A question's own wording of a frame no report uses is as loose as the words it joined.

A concept that is not required (a verb, a time frame: 决策前 of 「决策前让法律顾问审一审」)
and that no report in scope spells is how the user said it, not how reports do (「重大行政决策
出台前」「对重大决策事项提出法律意见」). Such a concept was made by joining words (决策 + 前);
it must be at least as loose as they were, so the word it begins with counts as its spelling.
A required concept (a noun topic nobody names) is never loosened: its absence is the answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from retrieval.concept import Concept


def spellings(
    c: Concept, parts: Sequence[tuple[str, float]], report_df: Callable[[Sequence[str]], int]
) -> tuple[str, ...]:
    """``c``'s spellings, with the parts it starts with when it is a frame (not required)
    that no report in scope spells."""
    if c.required or report_df(c.alternatives):
        return c.alternatives
    stems = tuple(p for p, _ in parts if c.term.startswith(p) and p not in c.alternatives)
    return (*c.alternatives, *stems)
