"""Established abbreviations of campaign topics in Chinese administrative language.

Users ask in the short form the campaigns are known by (「反诈宣传」「扫黑工作」「控辍」), reports
write the long one (「防范电信网络诈骗宣传」「扫黑除恶专项斗争」「控辍保学」), or the other way
round. jieba knows few of the short forms, so 反诈 falls apart into two lone characters and
the question keeps only 宣传. An abbreviation found in the question is one concept, any of
whose spellings counts.

Each spelling names the campaign itself, never only the thing it fights: 反诈 is spelled
防诈骗 or 反电信网络诈骗, not 诈骗 — 「审结电信诈骗案件」 is a trial, not anti-fraud work.
Only abbreviations in general use across government reports belong here (each has its own
made-up probe in ``tests/test_probes_qa16.py``), never one a single report coined.
"""

from __future__ import annotations

from collections.abc import Callable

# the campaign is named by a verb of warding off and the fraud, each said long or short:
# 反诈, 防电诈, 预防电信网络诈骗 (a product, not a list, so no pairing is left out)
_WARD = ("反", "防", "防范", "预防")
_FRAUD_SAID = ("诈", "电诈", "诈骗", "电信诈骗", "网络诈骗", "电信网络诈骗")
_FRAUD = (
    *(w + f for w in _WARD for f in _FRAUD_SAID),
    "防骗",
    "打击治理电信网络诈骗",
    "打击电信网络诈骗",
)
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "反诈": _FRAUD,
    "反电诈": _FRAUD,
    "防诈": _FRAUD,
    "扫黑": ("扫黑除恶", "扫黑"),
    "禁毒": ("禁毒", "毒品"),
    "控辍": ("控辍保学", "控辍"),
}
# a spelling that is no campaign name by itself: found in a report, never read in a question
# (「毒品案件」 asked is no 禁毒 work)
_ONE_WAY = frozenset({"毒品"})
_GROUP = {
    w: spellings
    for short, spellings in ABBREVIATIONS.items()
    for w in (short, *spellings)
    if w not in _ONE_WAY
}
_LONGEST = sorted(_GROUP, key=len, reverse=True)


def abbreviations_in(
    q: str, is_word: Callable[[str], bool] | None = None
) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """(start, end, term, spellings) of each campaign named in the question, short or spelled
    out (反诈, 防范电信网络诈骗): the longest name at each place, none overlapping. Given
    ``is_word``, a name the tokenizer keeps as one word (禁毒, 扫黑) is left to the words, so
    it still joins the noun after it (禁毒公约); ``synonyms.txt`` spells it out."""
    out: list[tuple[int, int, str, tuple[str, ...]]] = []
    taken = [False] * len(q)
    for name in _LONGEST:
        start = q.find(name)
        while start >= 0:
            end = start + len(name)
            if not any(taken[start:end]) and not (is_word and is_word(name)):
                out.append((start, end, name, tuple(dict.fromkeys((name, *_GROUP[name])))))
                taken[start:end] = [True] * len(name)
            start = q.find(name, end)
    return sorted(out)
