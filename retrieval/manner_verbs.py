"""A manner word before a generic verb (严格执行, 认真落实, 切实加强) names no deed of its own.

Chinese government reports decorate their verbs with a small stock of manner words — 严格,
认真, 切实, 全面, 扎实, 积极, 深入, 持续, 不断, 大力, 着力, 有效, 稳步 — almost at random:
one report writes 「严格执行“三重一大”集体决策制度」, the next 「按照“三重一大”规定进行集体
讨论」, a third 「研究解决“三重一大”事项340余项」. A user asking 「哪些单位严格执行“三重一大”」
asks which units apply 三重一大; the verb 执行 is already a soft verb (``SOFT_VERBS``), and the
manner word before it changes what kind of deed it is no more than it does in the reports.
So a concept that is such a manner word and a soft verb weighs like the soft verb alone, and a
manner word standing alone as a concept weighs soft: the distinctive object beside it carries
the need. A manner word before a verb of content
(严格审查, 认真学习) is left alone — 审查 and 学习 name a deed.
"""

from __future__ import annotations

import re

from retrieval.vocabulary import SOFT_VERBS

MANNER = (
    "严格",
    "认真",
    "切实",
    "全面",
    "扎实",
    "积极",
    "深入",
    "持续",
    "不断",
    "大力",
    "着力",
    "有效",
    "稳步",
)


# a manner word written as the predicate (「执法不够严格」, 「落实不深入」, 「执法严格」) is what
# is asked, not a decoration: only one written before the next word, with no negation or degree
# word before it, is an adverb of the verb it precedes
_PREDICATE = "不够欠未没很较"


def _adverb(word: str, question: str) -> bool:
    at = [m.start() for m in re.finditer(re.escape(word), question)]
    return any(
        (i == 0 or question[i - 1] not in _PREDICATE)
        and re.match(r"[^的\W\d_a-zA-Z]|[“「\"]", question[i + len(word) : i + len(word) + 1])
        for i in at
    )


def manner_soft(term: str, question: str = "") -> str:
    """The soft verb of ``term`` when it is a manner word and a soft verb (执行 of 严格执行,
    落实 of 认真落实), else "": it names no deed, and weighs as that verb alone — by how many
    reports write the verb, not the decoration a few of them put before it. A manner word the
    analysis left standing alone (严格 of 「严格落实河长制」, its verb dropped as frame) is
    returned itself: soft, weighed by its own spread — but only when the question writes it
    before the next word as an adverb: 「执法不够严格」 asks about the manner itself."""
    if term in MANNER:  # 「严格落实河长制」 read as 严格 + 河长制: the manner word alone
        return term if not question or _adverb(term, question) else ""
    return next(
        (term[len(m) :] for m in MANNER if term.startswith(m) and term[len(m) :] in SOFT_VERBS),
        "",
    )
