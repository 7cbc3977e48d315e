"""Quoted examples and the kind they stand for: 「“A”或“B”这类工作指标」「“C”等执法要求」.

A general fact of Chinese questions: an asker who knows the reports' own names for a thing
quotes them, then says what kind of thing they are with a kind word (这类, 这种, 之类的, 等)
and a label of their own (治理品牌, 工作指标, 执法要求). The quoted names are what reports
write; the label is the asker's class for them, which a report naming the example seldom
writes beside it (a report writes 「落实“街乡吹哨”机制」, not 「…这一治理品牌」). So the
words of the label leave the need: the quoted examples, required, are what a sentence must
name (kept light, a label of three words — 社会治理机制 — still outweighed one rare example).
``item_lists`` states the same for unquoted lists (``absorb_kind``); quoted examples are read
apart by ``named_either`` and reach this rule instead. Without a kind word after the quote
(「“八进”普法的受众人数」) the words after it stay needs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.concept import Concept

# a closing quote, a kind word, then the label up to a clause mark, 的 or an asking word
_KIND_AFTER_QUOTE = re.compile(
    r"[”」』\"](?:[这那]一?[类种]|[这那]样的|之类的?|一类|等等?)"
    r"(?P<label>[^，。？！,?!；;：:的哪谁有是在都“”「」\s]{1,8})"
)


def kind_labels(question: str) -> tuple[str, ...]:
    """The labels after quoted examples and a kind word (工作指标 of 「“A”这类工作指标」)."""
    return tuple(m.group("label") for m in _KIND_AFTER_QUOTE.finditer(question))


def kind_after_quotes(question: str, concepts: Sequence[Concept]) -> tuple[Concept, ...]:
    """``concepts`` without the words of a label after quoted examples: the examples carry
    the need. Only when a required concept besides the label remains (the quoted one)."""
    labels = kind_labels(question)
    if not labels:
        return tuple(concepts)
    in_label = {c.term for c in concepts if any(c.term in lb for lb in labels)}
    if not any(c.required and c.term not in in_label for c in concepts):
        return tuple(concepts)
    return tuple(c for c in concepts if c.term not in in_label)
