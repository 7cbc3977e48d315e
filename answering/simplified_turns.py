"""「這裡邊2022年的是哪些」: a conversation typed in traditional characters, read simplified.

Every rule that reads a follow-up (其中/这几个/这里边, 再加上, 去年的呢, 分别是哪年) and the
turn splitting before it match simplified text, while the library's words are matched on the
simplified form of each text (``reportqa.text``) — so a follow-up typed 「這幾個裡」 was no
follow-up at all, and was searched as a topic. The question and the questions of the earlier
turns are read simplified once, before any rule, as the reports are; a text already simplified
is returned unchanged (``to_simplified`` touches only the characters OpenCC changes).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

from answering.followup_turn import Turn
from reportqa.text import to_simplified

__all__ = ["simplified_turns"]

log = logging.getLogger(__name__)


def simplified_turns(question: str, history: Sequence[Turn]) -> tuple[str, Sequence[Turn]]:
    """``question`` and the typed and resolved questions of ``history``, simplified; the
    history is the same sequence when no turn changes (a simplified conversation)."""
    simple = to_simplified(question)
    turns = [
        replace(t, q=to_simplified(t.q), resolved_question=to_simplified(t.resolved_question))
        for t in history
    ]
    changed = any(a != b for a, b in zip(turns, history, strict=True))
    if simple != question or changed:
        log.debug("read simplified: %s → %s", question, simple)
    return simple, (turns if changed else history)
