"""Yes-no questions built from a verb and its negation (the A-not-A form).

Chinese asks whether something was done by saying the verb, 没 or 不, and the verb again
(「学没学过民法典」「搞没搞禁毒宣传」「开不开会前学法」), or by closing the clause with 没有
(「法律顾问请了没有」「行政官司打过没有」). Either way the question is about the verb once:
a report says 学过, never 学没学, and no report's sentence answers 没有. The form is read
back to the plain verb before the topic is looked for; 有没有 and 是不是 stay, as other
rules read them as asking words (「有没有乡镇…」).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# 「学没学过」「搞没搞」「学习没学习」: the same one or two characters on both sides
_REDOUBLED = re.compile(r"(?P<v>[\u4e00-\u9fff]{1,2})[没不](?P=v)(?P<aspect>过|了)?")
# 「请了没有」「打过没有」「学了没」: an aspect particle, then 没(有) closing the clause
_CLOSING = re.compile(r"(?<=[了过])没有?(?=[？?，,。！!；;\s]|$)")
_KEPT = {"有", "是"}  # 有没有, 是不是: asking words read elsewhere
# a verb of saying said alone asks whether the text says it (「提没提府院联动」 is 「提到府院联动
# 没有」): read with its complement 到, as the reports' readers ask it (提到, 写到, 讲到…)
_SAYING = {"提", "写", "说", "讲", "谈"}
# a complement of its own right after the second A (写进, 写入, 提出, 说明, 讲在): the verb is
# already complete — 「写没写进村规民约」 is 写进, never 写到 + 进
_OWN_COMPLEMENT = "到及进入出上在成明给完"
# 「提不提供」「说没说明」「提没提高」: the A-not-AB form of a two-character verb (提供, 说明,
# 提高) says only its first character twice; the word read on from the second A is the verb
Tagger = Callable[[str], list[tuple[str, str]]]
# 「是否合规」「能否落实」「有无风险」: the written yes-no words, asking as A-not-A does
_WHETHER = re.compile(r"是否|能否|可否|有无")


def yes_no_at(text: str) -> int:
    """Where the first yes-no form of ``text`` starts (A-not-A, 有没有 and 是不是 included,
    or 是否/能否/有无), -1 when none: a yes-no form after a verb (「查一查合不合法」) is a
    question embedded as that verb's object, what is checked left unsaid."""
    found = [m.start() for p in (_REDOUBLED, _WHETHER) if (m := p.search(text))]
    return min(found, default=-1)


def plain_verb(question: str, tagged: Tagger | None = None) -> str:
    """The question with each A-not-A verb said once (「民法典学没学过」 → 「民法典学过」,
    「提没提」 → 「提到」); same length or shorter, nothing else changed. ``tagged`` (the
    tokenizer's) tells a saying verb said alone (提 of 「提没提府院联动」) from the first
    character of a longer verb (提 of 「提不提供法律援助」, which takes no 到)."""

    def alone(m: re.Match) -> bool:
        rest = m.string[m.end() - len(m.group("v")) : m.end() + 8]
        if tagged is None or not rest:
            return True
        words = tagged(rest)
        return not words or len(words[0][0]) <= len(m.group("v"))

    def once(m: re.Match) -> str:
        v = m.group("v")
        if v in _KEPT:
            return m.group(0)
        said = (
            v in _SAYING
            and not m.group("aspect")
            and m.string[m.end() : m.end() + 1] not in _OWN_COMPLEMENT
            and alone(m)
        )
        return v + ("到" if said else m.group("aspect") or "")

    return _CLOSING.sub("", _REDOUBLED.sub(once, question))
