"""A quoted phrase is a strong concept, but still a term of the domain.

People quote a slogan or a reform by its name (「“放管服”」「“最多跑一次”」) to say it is one
name, to be read whole. It is still the same term as unquoted: reports write 放管服 as
证照分离, 简政放权, 审批制度改革 as often as by its name, and the thesaurus
(``retrieval/synonyms.txt``) lists those spellings for it. A quoted phrase kept only its
quoted spellings (``retrieval.quoted_terms``), so quoting a term found fewer reports than
not quoting it. Its synonyms apply after its own spellings — unless the quote is the object of
a verb of mentioning (「哪些报告提到“公共法律服务”」「写了“持证上岗”的」): that asks whether the
words themselves are written, the quote marks the string, as in 「这个词出现了吗」.

A quoted phrase can also be one item of a list in a topic slot: 「在“放管服”、政务服务上各自
抓了什么」 names two alternative topics, either of which answers, as 「放管服、政务服务」 does
unquoted (``retrieval.phrases.merge_alternatives``). Taken out of the question before the
words were read, the quoted item left its neighbour alone as a second required topic, and
both were needed in one sentence. So a quoted phrase joined to a neighbour by 、 keeps its
place among the words (its quote marks too), where the list rule joins it; 「“A”或者B」 is
read as either already (``retrieval.named_either``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from retrieval.concept import Concept
from retrieval.quoted_everyday import everyday_spellings
from retrieval.quoted_terms import quoted_spellings
from retrieval.quoted_whole import whole_term_spellings

# the enumeration comma (or a slash) right after the closing mark or right before the
# opening one; a quote joined by 或 is read with its partner already (``named_either``)
_AFTER = re.compile(r"\s*[、/／]\s*(?![\s，,。？?！!；;]|$)")
_BEFORE = re.compile(r"(?<![\s，,。？?！!；;])\s*[、/／]\s*$")
_OPEN, _CLOSE = "“「\"'‘『", "”」\"'’』"

# a verb of mentioning right before the quote (提到, 写了, 出现过, 用到): the words are asked
_MENTION = re.compile(
    r"(?:提到|提及|提过|写到|写了|写过|写有|讲到|说到|出现|用到|用了|含有|包含|涉及)了?过?$"
)

Found = tuple[int, int, Concept]


def _mentioned(question: str, phrase: str) -> bool:
    """Whether ``question`` quotes ``phrase`` right after a verb of mentioning."""
    at = question.find(phrase)
    return at > 0 and bool(_MENTION.search(question[: at - 1].rstrip()))


def quoted_concepts(
    text: str,
    quoted: Sequence[str],
    synonyms: Callable[[str], tuple[str, ...]],
    question: str,
) -> tuple[str, list[Concept], list[Found]]:
    """``text`` without the quoted phrases, the concepts they stand for, and those of them
    that are items of a list with their span (quote marks included) in the returned text;
    ``question`` tells a quote mentioned from a quote naming a topic."""
    concepts: list[Concept] = []
    listed: list[Found] = []
    for phrase in quoted:
        thesaurus: tuple[str, ...] = ()
        if not _mentioned(question, phrase):  # 行政执法“三项制度”: keyed whole (quoted_whole)
            thesaurus = (*synonyms(phrase), *whole_term_spellings(question, phrase, synonyms))
            thesaurus = (*thesaurus, *everyday_spellings(phrase))  # 「“懂法带头人”」
        c = Concept(phrase, tuple(dict.fromkeys((*quoted_spellings(phrase), *thesaurus))), True)
        at = text.find(phrase)
        start, end = at - 1, at + len(phrase) + 1
        marked = at > 0 and text[start] in _OPEN and text[end - 1 : end] in _CLOSE
        if marked and (_AFTER.match(text, end) or _BEFORE.search(text[:start])):
            text = text[:at] + " " * len(phrase) + text[at + len(phrase) :]  # marks kept
            listed.append((start, end, c))
            continue
        concepts.append(c)
        text = text.replace(phrase, " ")
    return text, concepts, listed
