"""「考试是开卷还是闭卷」「培训是线上还是线下」: options a question offers for its thing.

The options of an 「A还是B」 question are kinds of the thing asked, and a report names the kind
it chose inside the thing's compound, right before its head: 「法律知识闭卷考试」, 「法治线上培训」.
A thing searched only as the question spells it (法律知识考试) is then missed in the very sentence
that answers, and the answer says nothing was found. So each option, set before the head of the
thing (its last two characters), is one more spelling of it; a report naming neither option
still has to name the thing as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from retrieval.query import Analysis

# 「…是开卷还是闭卷」「…线上还是线下」: two short options, the question's end
_OPTIONS = re.compile(
    r"(?:是|采取|采用|用)?(?P<a>[\u4e00-\u9fff]{2,3}?)(?:的)?还是(?P<b>[\u4e00-\u9fff]{2,3}?)"
    r"(?:的|形式|方式)?(?:呢|啊)?[？?。！!]*$"
)
_HEAD = 2  # the head of a compound thing (考试 of 法律知识考试, 培训 of 法治培训)


def options(question: str) -> tuple[str, ...]:
    """The two options an 「A还是B」 question ends with, or ()."""
    m = _OPTIONS.search(question.strip())
    return (m.group("a"), m.group("b")) if m else ()


def with_options(analysis: Analysis) -> Analysis:
    """``analysis`` whose required things of four or more characters are also spelled with
    either option before their head (法律知识考试 ~ 法律知识闭卷考试)."""
    opts = options(analysis.question)
    if not opts:
        return analysis
    concepts = []
    for c in analysis.concepts:
        if c.required and len(c.term) > _HEAD + 1 and c.term not in opts:
            extra = tuple(
                a[:-_HEAD] + o + a[-_HEAD:]
                for a in c.alternatives
                if len(a) > _HEAD + 1
                for o in opts
            )
            c = replace(c, alternatives=tuple(dict.fromkeys((*c.alternatives, *extra))))
        concepts.append(c)
    return replace(analysis, concepts=tuple(concepts))
