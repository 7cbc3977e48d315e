"""A deed a report states only to forswear it: 「不干预司法活动」「严禁插手」「全年未发生」.

Reports of 法治政府建设 state duties and outcomes in the negative as often as deeds in the
positive: 「领导干部不干预司法活动」「严禁违规插手工程」「杜绝推诿扯皮」「全年未发生重大
事故」. A which-question that asks for the deed itself — 「哪个镇的干部干预过司法活动」「哪些
地方发生过群体性事件」 — is answered by none of those sentences: they say the deed was not
done. The evidence judge reads the negators of a deed (未, 没有, 尚未: ``retrieval.polarity``)
but not 不 or a verb of forbidding, since 不 opens many words that negate nothing (不断, 不仅).
This reads them where they stand straight before the asked verb, and only for a verb of the
question (jieba tags it a verb): a noun under 杜绝 (「杜绝违法行为」) may still be what a report
acts on. A question that negates the verb itself (「不干预」「没有居民来参加」) asks the
negative, and nothing here applies to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from reportqa.text import to_simplified
from retrieval.concept import Concept

# a negator or a verb of forbidding, then at most a manner word, straight before the verb
_DENY = (
    r"(?:不得|不准|不能|不会|不再|绝不|决不|从不|从未|不曾|不|严禁|禁止|杜绝|防止|避免|拒绝|"
    r"未曾|尚未|未|没有|没)"
)
_MANNER = r"(?:随意|擅自|违规|违法|非法|任何|再|得|以任何形式|过)?"
# 「未发生领导干部干预司法活动的情况」: a negated happening negates the event it names, its
# doer included, up to the clause's end
_NO_EVENT = r"(?:未|没有|从未|未曾|不曾|杜绝|防止|避免)(?:发生|出现)(?:过)?[^，,。；;、]{0,10}"
# a negation anywhere in the question's clause: the question asks the negative
_NEGATIVE = re.compile(r"不|没|未|无|禁止|严禁|杜绝|防止|避免")
_VERB = ("v", "vd", "vi")


@lru_cache(maxsize=2048)
def _verb(word: str) -> bool:
    import jieba.posseg  # not at import: its tag table costs every start ~0.5 s (library_process)

    pairs = list(jieba.posseg.cut(word))
    return bool(pairs) and pairs[-1].flag in _VERB


def _is_verb(word: str, tagged: Callable[[str], list[tuple[str, str]]] | None) -> bool:
    """The library's own tagger when given (loaded with the library: no second tag table in
    the first answer), else jieba's."""
    if tagged is None:
        return _verb(word)
    pairs = tagged(word)
    return bool(pairs) and pairs[-1][1] in _VERB


def _clause(question: str, word: str) -> str:
    """The clause of ``question`` holding ``word`` (up to its punctuation)."""
    for part in re.split(r"[，,。；;？?！!、]", question):
        if word in part:
            return part
    return ""


def asked_deeds(
    question: str,
    concepts: Sequence[Concept],
    tagged: Callable[[str], list[tuple[str, str]]] | None = None,
) -> tuple[tuple[str, ...], ...]:
    """The spellings of each verb the question asks positively (干预, 发生, 插手)."""
    text = to_simplified(question)
    out = []
    for c in concepts:
        spelled = [s for s in (c.term, *c.alternatives) if s and s in text]
        if not spelled or not _is_verb(spelled[0], tagged):
            continue
        if _NEGATIVE.search(_clause(text, spelled[0])):
            continue
        out.append(tuple(dict.fromkeys(s for s in (c.term, *c.alternatives) if s)))
    return tuple(out)


def denies(sentence: str, deeds: Sequence[Sequence[str]]) -> bool:
    """Does ``sentence`` write an asked verb, and every time under a negator or a verb of
    forbidding (「不干预」「严禁插手」「未发生」)? Then it says the deed was not done."""
    text = to_simplified(sentence)
    for spellings in deeds:
        seen = [m.start() for m in _spelled(tuple(spellings)).finditer(text)]
        if not seen:
            continue
        if all(_DENIED.search(text[max(0, s - 16) : s]) for s in seen):
            return True
    return False


# what stands straight before a denied verb (``denies``)
_DENIED = re.compile(rf"(?:{_DENY}{_MANNER}|{_NO_EVENT})$")


@lru_cache(maxsize=256)
def _spelled(spellings: tuple[str, ...]) -> re.Pattern:
    """One verb's spellings, longest first: made once per question's verb, not per sentence
    (a which-answer at 10 000 reports reads thousands of supporting sentences)."""
    return re.compile("|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True)))
