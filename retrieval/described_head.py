"""「配了那种随身录像的记录仪」: a modifier that says what its head does is no second need.

A spoken question often describes a device or a thing by what it does before naming it —
「随身录像的记录仪」「能录像的执法仪」 — where the report names only the thing (执法记录仪). When
the modifier's own spellings (the thesaurus's) already include the head it stands before with
的, the modifier is a gloss of the head: it names the same thing, asks nothing more, and read
as a concept of its own it brought in its other spellings (录像 ~ 全过程记录), so a report
writing only 执法全过程记录, with no device, passed on them. The modifier is dropped; the head
decides. A modifier whose spellings do not hold the head (「执法用的记录仪」) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.concept import Concept

__all__ = ["without_described"]


def without_described(question: str, concepts: Sequence[Concept]) -> tuple[Concept, ...]:
    """``concepts`` without an optional modifier that, with 的, describes a required head
    its spellings include."""
    out = list(concepts)
    for head in concepts:
        if not head.required:
            continue
        for mod in concepts:
            if mod is head or mod.required or head.term not in mod.alternatives:
                continue
            # the modifier, then 的, then the head, in one clause: 「随身录像的记录仪」
            if re.search(
                rf"{re.escape(mod.term)}[^，,。；;？?！!的]{{0,2}}的{re.escape(head.term)}",
                question,
            ):
                out = [c for c in out if c is not mod]
    return tuple(out)
