"""「這裡邊2022年的是哪些」: a conversation typed in traditional characters, read simplified.

Every rule that reads a follow-up (其中/这几个/这里边, 再加上, 去年的呢, 分别是哪年) and the
turn splitting before it match simplified text, while the library's words are matched on the
simplified form of each text (``reportqa.text``) — so a follow-up typed 「這幾個裡」 was no
follow-up at all, and was searched as a topic. The question and the questions of the earlier
turns are read simplified once, before any rule, as the reports are; a text already simplified
is returned unchanged (``to_simplified`` touches only the characters OpenCC changes).

Two things stay as the user typed them:
- a character simplified writing uses too, with a sense of its own (乾 in 乾安县/乾县/乾隆, 昇,
  谿, 蒐 in names): OpenCC reads 乾 as 干, so 「乾安县有报告吗」 typed in simplified was shown back
  as 「干安县…」. Every matcher downstream simplifies again, so keeping it changes no match.
- the question the answer echoes (``Answer.question``, and its reading when nothing was
  resolved): the user's own words are shown back in their own script (:func:`read_simplified`).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from answering.followup_turn import Turn
from answering.types import Event, EventType
from reportqa.answer import Asked
from reportqa.text import to_simplified

__all__ = ["read_simplified", "simplified_turns"]

log = logging.getLogger(__name__)

# characters of the simplified standard (通用规范汉字表) that OpenCC still converts: each keeps a
# sense of its own in simplified writing, mostly in names (乾安县, 乾县, 昇, 谿, 蒐)
_ALSO_SIMPLIFIED = frozenset("乾昇谿蒐")


def _simple(text: str) -> str:
    out = to_simplified(text)  # same length as ``text`` (``to_simplified`` keeps offsets)
    if out == text or not _ALSO_SIMPLIFIED.intersection(text):
        return out
    return "".join(c if c in _ALSO_SIMPLIFIED else o for c, o in zip(text, out, strict=True))


def simplified_turns(question: str, history: Sequence[Turn]) -> tuple[str, Sequence[Turn]]:
    """``question`` and the typed and resolved questions of ``history``, simplified; the
    history is the same sequence when no turn changes (a simplified conversation)."""
    simple = _simple(question)
    turns = [
        replace(t, q=_simple(t.q), resolved_question=_simple(t.resolved_question)) for t in history
    ]
    changed = any(a != b for a, b in zip(turns, history, strict=True))
    if simple != question or changed:
        log.debug("read simplified: %s → %s", question, simple)
    return simple, (turns if changed else history)


def _typed_part(text: str, typed: str, simple: str) -> str:
    """``text`` as typed when it is a stretch of the simplified question (a part of a message
    of two questions): simplifying keeps offsets, so the same stretch of ``typed`` is it."""
    at = simple.find(text) if text else -1
    return typed[at : at + len(text)] if at >= 0 else text


def _as_typed(event: Event, typed: str, simple: str) -> Event:
    """The answer event with the question shown as typed wherever it was only its simplified
    form — the whole question and each part's heading (``Asked``) of a message of several
    questions; a resolved follow-up is the system's reading, and stays as read."""
    ans = event.answer
    if event.type != EventType.ANSWER or ans is None:
        return event
    shown: dict = {"question": typed} if ans.question == simple else {}
    if ans.resolved_question == simple:
        shown["resolved_question"] = typed
    if any(isinstance(b, Asked) for b in ans.body):
        shown["body"] = tuple(
            replace(b, question=_typed_part(b.question, typed, simple))
            if isinstance(b, Asked)
            else b
            for b in ans.body
        )
    return replace(event, answer=replace(ans, **shown)) if shown else event


def read_simplified(answer: Callable[..., Iterator[Event]]) -> Callable[..., Iterator[Event]]:
    """``AnswerService.answer`` asked the simplified conversation, its answer showing the
    question as typed."""

    @functools.wraps(answer)
    def wrapped(self, question: str, history: Sequence[Turn] = (), scope=None) -> Iterator[Event]:
        typed = (question or "").strip()
        simple, turns = simplified_turns(typed, history)
        for event in answer(self, simple, turns, scope):
            yield _as_typed(event, typed, simple) if simple != typed else event

    return wrapped
