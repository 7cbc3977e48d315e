"""A yes-no question about one unit asks exactly what the which-question asks of that unit.

「云溪镇的报告有没有写到规范性文件备案审查」「云溪镇提没提府院联动」「云溪镇开展过X吗」 ask whether
the unit's report says something; 「哪些报告写到了规范性文件备案审查」 asks the same of every
report. The fact path looks for the sentence that carries a fact, and a report may support the
need only in a way the which-path's judge reads — a section heading naming it (for a question
of saying, ``retrieval.heading_mentions``), a sentence read under its heading, a compound's
parts, a synonym. An answer 「没有找到」 where the which-answer lists the unit with a quote is a
false claim of absence, the worst answer there is.

So before a yes-no question about a named unit is answered 没有找到, the unit's own reports are
judged as the which-question judges them (``answering.kinds`` ``Kind.WHICH``, the same needs,
the scope the unit's few reports): if the judge supports the unit, the answer is 有 with its
quote. Never the other way: only an answer with no quote is read again, so a 没有 the fact
path quotes (尚未…) stands, and the which-path's own readings of denial and lack
(``answering.denied``, ``answering.lacked``) keep a report that says it lacks the thing out. A
question asked the negative way (「云溪镇没有开展X吗」) is not read again: 有 would be read both
ways, and a which-reading of it lists the units that did not.

Cost: only for a yes-no question whose fact answer quotes nothing, over one unit's few
reports (``absent.absent_scope``), the sentences the fact path's ``with_judged`` read already.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from answering.absent import absent_scope
from answering.extractive import WHO, _quoted
from answering.sentences import wants_number
from reportqa.answer import Answer, Kind, Paragraph, Text, Unsaid, verdicts
from reportqa.text import to_simplified
from retrieval.polarity import NEGATOR, negator_at, positive
from retrieval.question_scope import FEW
from retrieval.when_asked import asks_when

if TYPE_CHECKING:
    from answering.kinds import Context
    from retrieval.filters import Filters
    from retrieval.query import Analysis

# asked yes or no: 有没有/有无/是否, an A-not-A verb (提没提, 是不是), a clause closed by
# 了没有/过没, or a closing 吗/么/嘛
_WHETHER = re.compile(
    r"有没有|有无|是否|([\u4e00-\u9fff])[没不]\1|[了过]没有?(?=[？?。！!，,\s]|$)"
    r"|[吗么嘛][？?。！!\s]*$"
)
# asked something else than whether: a choice (还是), a figure, a time, a name, a way
_OTHER = re.compile(r"还是|怎么|如何|怎样|什么|哪些|哪个|哪几|哪家|哪里|何时")
# asked the negative way (「云溪镇没有开展X吗」「是不是还未建立X」): a negator outside the asking
# words; 未成年/未来/没收 negate nothing
_NEGATIVE = re.compile(rf"{NEGATOR}(?!成年|来|收)")
_ASKING = re.compile(r"有没有|([\u4e00-\u9fff])[没不]\1|[了过]没有?(?=[？?。！!，,\s]|$)")


def asks_whether(question: str) -> bool:
    """Is ``question`` (as the user wrote it, before A-not-A is read back to one verb) a
    yes-no question, asked the positive way, about whether a thing is there?"""
    q = to_simplified(question)
    if not _WHETHER.search(q) or _OTHER.search(q):
        return False
    if wants_number(q) or asks_when(q) or WHO.search(q):
        return False
    if _NEGATIVE.search(_ASKING.sub("", q)):
        return False
    return negator_at(q) is None and positive(q) is None


def answer(ctx: Context, analysis: Analysis, filters: Filters, found: Answer, asked: str) -> Answer:
    """``found``: the fact path's answer to ``asked`` (the user's question); returned as it
    is unless it quotes nothing and the which-path's judge supports the one unit asked."""
    if found.citations or analysis.kind != Kind.FACT or not analysis.concepts:
        return found
    if not asks_whether(asked) or not absent_scope(ctx.retriever.scope(filters), FEW):
        return found
    from answering.kinds import answerers  # the registry imports this module's caller

    got = answerers()[Kind.WHICH](ctx, replace(analysis, kind=Kind.WHICH), filters)
    if not got.townships or not got.citations or got.unshown:
        return found
    first, *rest = got.citations
    lines = [
        Paragraph(
            (
                Text("有。"),
                _quoted(first.quote, first.n, f"据《{first.title}》（{first.section}）："),
            )
        ),
        *(Paragraph((_quoted(c.quote, c.n, f"据《{c.title}》（{c.section}）："),)) for c in rest),
    ]
    notes = [b for b in got.body if isinstance(b, Unsaid)]  # a word read otherwise, said
    return Answer(
        question=analysis.question,
        resolved_question=analysis.question,
        kind=Kind.FACT,
        mode="extractive",
        body=(*lines, *notes),
        units=verdicts(got.townships),
        citations=got.citations,
        searched=got.searched,
    )
