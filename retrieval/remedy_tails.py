"""X整治 is also written X治理: the remedying of a named thing has two names in reports.

整治 puts a concrete thing right (城中村, 黑臭水体, 违法建设, 市容环境); reports write the same
campaign as 综合治理 as often as 综合整治 (「大力推进城中村综合整治」, 「用三年完成全区361个城中村
综合治理」). So a question's 整治 written right after the thing it remedies (「城中村整治」) is
met by 治理 written right after that thing too (城中村综合治理), never by a 治理 elsewhere.

Only this way round. 治理 is also governance of something abstract (社会治理, 基层治理, 诉源治理),
which no 整治 remedies, so a question's 治理 is never widened to 整治. 改造 (rebuilding: 城中村
改造, 棚户区改造) and 建设 (building) are other deeds, and a bare 整治 with no thing before it
(「哪些报告写了整治」) names no campaign to respell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

_REMEDY = "整治"
# what may stand between the thing and its remedying (城中村综合治理, 城中村环境治理)
_BETWEEN = ("", "综合", "环境", "环境综合")


def remedy_tails(question: str, concepts: Sequence[Concept]) -> list[Concept]:
    """``concepts`` with 「X治理」 as a spelling of a 整治 (or 环境整治) that the question writes
    right after another concept X. The spelling holds X itself: 治理 counts only said of the
    thing, never a 社会治理 elsewhere in a sentence that also names X (「深化基层社会治理，城中村
    治安秩序持续好转」)."""
    things = [
        c.term
        for c in concepts
        if c.required and _REMEDY not in c.term and len(c.term) >= 2 and c.term not in _BETWEEN
    ]
    out = []
    for c in concepts:
        if c.term.endswith(_REMEDY):
            said = [
                t
                for t in things
                if any(f"{t}{de}{mid}{c.term}" in question for de in ("", "的") for mid in _BETWEEN)
            ]
            extra = tuple(f"{t}{mid}治理" for t in said for mid in _BETWEEN)
            c = replace(c, alternatives=tuple(dict.fromkeys((*c.alternatives, *extra))))
        out.append(c)
    return out


__all__ = ["remedy_tails"]
