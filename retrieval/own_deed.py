"""「自己制定了…工作要点」: what the unit made itself, never what it only cites.

Every report cites its superiors' plans — 「贯彻落实《××区2025年法治政府建设工作计划》」
「对照《县委全面依法治县委员会工作要点》」「围绕《法治杭州建设工作要点》」 — with a verb of
following, and names its own with a verb of making: 「制定《万古镇2025年法治政府建设工作要点》」
「研究制定」「牵头制定」「出台」「编制」. Both sentences hold the document's words, so a question
asking which units made such a plan themselves (自己, 自行, 本单位, 本级) counted every report
that cites one. Where the question says the unit itself made it, the verb of making is a
condition of the sentence (``Concept.must``), spelled, never stood for by another verb of
doing (贯彻落实 is a deed, not the making): a sentence that only follows a plan says nothing
of making one. Without such a word the verb stays as soft as before — 「哪些报告提到
工作要点」 asks for any mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

_SELF = re.compile(r"自己|自行|自身|本单位|本级|本镇|本乡|本街道")
MAKING = ("制定", "出台", "编制", "印发", "起草", "制订")


def made_itself(question: str, concepts: Sequence[Concept]) -> list[Concept]:
    """``concepts`` with the verb of making a condition, when ``question`` says the unit
    itself made the thing; unchanged otherwise."""
    if not _SELF.search(question):
        return list(concepts)
    out = []
    for c in concepts:
        if c.term in MAKING:
            spellings = tuple(dict.fromkeys((*c.alternatives, *MAKING)))
            # a term of its own: no other verb of doing stands for it (``evidence._do``)
            term = "/".join(dict.fromkeys((c.term, "出台")))
            c = replace(c, term=term, alternatives=spellings, required=True, must=True)
        out.append(c)
    return out
