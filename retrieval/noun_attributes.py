"""「2017年新增国家高新企业」: a word jieba tags as an adverb between two nouns is an attribute.

An adverb modifies a verb or an adjective; it never stands between two nouns of one phrase.
jieba guesses some short forms of report vocabulary as adverbs — 高新 (高新技术) is tagged d —
and a function word by its tag is no topic (``vocabulary.is_frame``), so 「国家高新企业」 lost
its one distinctive word and was read as 国家 + 企业. A two-character word tagged d whose
neighbours on both sides are common nouns (n, vn, nz: not a place or a person's name, which
open a clause: 「南山一共企业多少家」) is read as a noun attribute and stays a topic word.
The word after must be a plain noun (n, nz): a verbal noun after a true adverb is its verb
(「企业共同发展」「服务不断优化」「园区逐步建设」: jieba tags 发展/优化/建设 vn), and the adverb
stays a function word there.
"""

from __future__ import annotations

from collections.abc import Sequence

_NOUN = ("n", "vn", "nz")
_PLAIN_NOUN = ("n", "nz")  # after the attribute: a verbal noun (vn) makes the word an adverb


def between_nouns(words: Sequence[tuple[int, str, str]], i: int) -> bool:
    """Is ``words[i]`` (position, word, flag) a two-character adverb by its tag standing
    right between two common nouns?"""
    if not (0 < i < len(words) - 1):
        return False
    (_, before, bflag), (at, word, flag), (nat, _, aflag) = words[i - 1], words[i], words[i + 1]
    if flag != "d" or len(word) != 2 or nat != at + 2:
        return False
    if words[i - 1][0] + len(before) != at:
        return False
    return bflag in _NOUN and aflag in _PLAIN_NOUN
