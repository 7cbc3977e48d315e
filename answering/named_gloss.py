"""A description in the user's words, then the name in brackets: 「…（就是述法）」.

Users who do not trust the official name describe the thing first and add the name after
就是/即/也就是: 「领导上台讲自己一年依法履职咋样的（就是述法）」. ``retrieval.glosses`` reads a
bracket after a word as a gloss of that word by its parts, so a single part (述法) never
sufficed and the description (领导, 上台, 依法, 履职) stayed the need — and 上台, a word no report
writes, made the answer 「没有」. When the bracket names one word and the clause before it holds
a required word no report of the library spells, the clause is the user's description and
the bracket the reports' name: the name replaces the clause. When every word of the clause is
one the reports use (「聘了法律顾问（就是律师）」), the clause keeps deciding, as before.

A quoted name after a comma (「哪些地方在村里培养懂法的带头人，就是那种“法律明白人”？」) is a name
the user marks as the thing's own: the quote says "this is what it is called". The name is the
need whatever the clause's words, and it replaces the clause as a bracketed name does: kept
beside it, even as words that only rank, the description (带头人, 村) drew the answer to the one
report writing 法治带头人 and cut the others that write 法律明白人 alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from retrieval.glosses import Gloss

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.query import Analysis

_CLAUSE_BREAK = re.compile(r"[，,。；;？?！!：:\s]")
_NAMES = re.compile(r"^\s*(?:也就是|就是|即|也即|即是)\s*")


def named_instead(ctx: Context, analysis: Analysis, gloss: Gloss) -> Analysis | None:
    """The need with the described clause replaced by the bracket's name, or None when the
    bracket is no such name (module docstring)."""
    q = analysis.question
    if gloss.any_of or len(gloss.parts) != 1 or q[gloss.start] not in "（(，,":
        return None
    if not _NAMES.match(q[gloss.start + 1 : gloss.end]):
        return None
    quoted = q[gloss.start] in "，,"  # 「…，就是那种“X”」: the glosses reader found the quote
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(q, 0, gloss.start)), default=0)
    clause = q[start : gloss.start]
    name = gloss.parts[0]
    if len(clause) <= len(name) or name in clause:
        return None
    said = ctx.retriever.report_df
    described = () if quoted else ctx.retriever.analyze(clause).concepts
    if not quoted and not any(c.required and not said(c.alternatives, None) for c in described):
        return None  # every word of the clause is the reports' own: it keeps deciding
    named = ctx.retriever.analyze(q[:start] + (f"“{name}”" if quoted else name) + q[gloss.end :])
    if not any(c.required for c in named.concepts):
        return None
    return replace(
        analysis,
        concepts=named.concepts,
        search_terms=named.search_terms,
        quoted=named.quoted,
    )
