"""A report whose plan or shortfall was the only sentence naming the thing asked does not answer.

``answering.undone`` drops a report's sentences that tell the thing not done (a later year's
plan, an admitted shortfall) and keeps its other supporting sentences. Support is a share of
the question's word weight, so a sentence may pass on the question's other words alone: 「组织
干部学习」 reaches the share of 「哪些单位组织干部学过反有组织犯罪法」 without the law, and 「学习法律
知识」 that of 「搞过法律知识竞赛」 without the contest. Such a sentence stood beside the plan only
because the plan carried the thing; once the plan is gone, it names nothing of what was asked.
So when a required concept spelled by the dropped sentences is spelled by none of those kept,
the report is read as not supported — its other sentences are no sign of the deed.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportqa.text import to_simplified
from reportqa.types import Hit

__all__ = ["unnamed_rest"]


def _spells(hit: Hit, group: Sequence[str]) -> bool:
    text = to_simplified(hit.chunk.text)
    return any(s in text for s in group)


def unnamed_rest(all_hits: Sequence[Hit], kept: Sequence[Hit], things) -> bool:
    """Does some required concept (``things``: its spellings) spelled by a dropped hit go
    unspelled by every kept one?"""
    dropped = [h for h in all_hits if h not in kept]
    return any(
        any(_spells(h, g) for h in dropped) and not any(_spells(h, g) for h in kept)
        for g in things
        if g
    )
