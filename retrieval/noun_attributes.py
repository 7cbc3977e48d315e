"""「2017年新增国家高新企业」: a word jieba tags as an adverb between two nouns is an attribute.

An adverb modifies a verb or an adjective; it never stands between two nouns of one phrase.
jieba guesses some short forms of report vocabulary as adverbs — 高新 (高新技术) is tagged d —
and a function word by its tag is no topic (``vocabulary.is_frame``), so 「国家高新企业」 lost
its one distinctive word and was read as 国家 + 企业. A two-character word tagged d whose
neighbours on both sides are common nouns (n, vn, nz: not a place or a person's name, which
open a clause: 「南山一共企业多少家」) is read as a noun attribute and stays a topic word.
The word after must be a plain noun (n, nz): a verbal noun after a true adverb is its verb
(「企业共同发展」「服务不断优化」「园区逐步建设」: jieba tags 发展/优化/建设 vn), and the adverb
stays a function word there. The word after is judged as jieba's own dictionary tags it
standing alone (not the domain list, which files deeds such as 出庭应诉 as one noun): a phrase
the question's rewriting put there as one word (「负责人亲自去法院出庭打行政官司」 →
「负责人亲自出庭应诉」) is a deed when its own parts are verbs (出庭|应诉 v), and 亲自 stays
the adverb it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# 「第三方评估」「第三方机构」: jieba tags the party 第三方 a numeral (m), read as a count and no
# topic; it names who does the thing and tells a 第三方评估 from a 风险评估 or 自我评估
_PARTY = re.compile(r"第[一二三四]方")
_NOUN = ("n", "vn", "nz")
_PLAIN_NOUN = ("n", "nz")  # after the attribute: a verbal noun (vn) makes the word an adverb


def between_nouns(
    words: Sequence[tuple[int, str, str]],
    i: int,
    tagged: Callable[[str], list[tuple[str, str]]] | None = None,
) -> bool:
    """Is ``words[i]`` (position, word, flag) a two-character adverb by its tag standing
    right between two common nouns? The word after is re-read on its own by ``tagged``
    (jieba's dictionary when not given): every part must be a plain noun."""
    if not (0 < i < len(words) - 1):
        return False
    (_, before, bflag), (at, word, flag), (nat, _, aflag) = words[i - 1], words[i], words[i + 1]
    if flag != "d" or len(word) != 2 or nat != at + 2:
        return False
    if words[i - 1][0] + len(before) != at:
        return False
    if bflag not in _NOUN or aflag not in _PLAIN_NOUN:
        return False
    return all(f in _PLAIN_NOUN for _, f in (tagged or _jieba_tagged)(words[i + 1][1]))


def _jieba_tagged(text: str) -> list[tuple[str, str]]:
    import jieba.posseg  # not at import: its tag table costs every start ~0.5 s

    return [(p.word, p.flag) for p in jieba.posseg.cut(text)]


def party_noun(word: str) -> bool:
    """Is ``word`` a party named by its ordinal (第三方), a noun whatever jieba tags it?"""
    return bool(_PARTY.fullmatch(word))
