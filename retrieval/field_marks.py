"""Words that restrict the asked thing to a field or a form no report writes.

「哪个街道对税务证明事项实行告知承诺制」 asks for the 证明事项 of one field (税务); a report of
证明事项告知承诺制 in general is no report of the tax office's. Chinese restricts a thing to a
field, a trade or a group by a bare noun in front of it (税务证明, 涉农资金, 医疗纠纷, 渔业合同),
and the question's other words all repeat the general practice. So when no report in scope
writes that noun at all, the rest of the question finds the general practice in every report
that has it, and with enough other words the noun's weight alone no longer keeps them out:
the answer would name units for a field their reports never mention.

The same holds for a mark of form (小, 微, 短: ``retrieval.question_words``) that makes
another kind of the noun after it: a 小讲堂 is no 大讲堂, a 微视频 no plain 视频. Its bare
noun is no part that earns a share of the compound (:func:`form_marked`).

Such a word is therefore a condition (``Concept.must``): a sentence not naming it says the
general practice, not the one asked. Only a noun (jieba ``n``, never a person's name ``nr``)
or a form-marked compound, unspelled by every report in scope; a noun only when it stands
right before (or 的 before) another concept of the question that some report does spell —
the head it restricts. A word the library writes somewhere is weighed as usual.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from retrieval.compounds import Tagger
from retrieval.concept import Concept
from retrieval.question_words import FORM_MARKS


def form_marked(word: str, part: str, tagged: Tagger | None = None) -> bool:
    """``part`` is the bare noun of ``word``, a form mark before it (小讲堂 → 讲堂) that jieba
    cuts off (``tagged``, else jieba's own tagger): a dictionary word (小册子, 小区) is one
    word of the language, named as it is, and read as any other word."""
    if len(word) < 3 or word[0] not in FORM_MARKS or word[1:] != part:
        return False
    return len(_tagged(tagged)(word)) > 1


def _tagged(tagged: Tagger | None) -> Tagger:
    if tagged is not None:
        return tagged
    import jieba.posseg  # not at import: its tag table costs every start ~0.5 s

    return lambda text: [(p.word, p.flag) for p in jieba.posseg.cut(text)]


def field_marked(
    concepts: Sequence[Concept],
    question: str,
    report_df: Callable[[Sequence[str]], int],
    tagged: Tagger | None,
    quoted: Sequence[str] = (),
) -> list[Concept]:
    """``concepts`` with each unspelled field noun or form made a condition (``must``)."""
    if tagged is None or not question:
        return list(concepts)
    at = {c.term: question.find(c.term) for c in concepts}

    def restricts(c: Concept) -> bool:
        start = at.get(c.term, -1)
        if c.must or start < 0 or c.term in quoted or len(c.term) < 2:
            return False
        if report_df([c.term, *c.alternatives]):
            return False
        if form_marked(c.term, c.term[1:], tagged):
            return bool(report_df([c.term[1:]]))  # 小讲堂 unspelled, 讲堂 spelled
        words = tagged(c.term)
        if len(words) != 1 or not words[0][1].startswith("n") or words[0][1] == "nr":
            return False
        end = start + len(c.term)
        end += question[end : end + 1] == "的"
        head = next((h for h in concepts if h is not c and at.get(h.term, -1) == end), None)
        return head is not None and bool(report_df([head.term, *head.alternatives]))

    return [replace(c, must=True) if restricts(c) else c for c in concepts]
