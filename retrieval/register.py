"""The everyday words people use for the practices reports name officially (round qa51).

A villager says 打官司, 挨家挨户, 上了岁数; a 法治政府建设 report writes 行政诉讼/应诉, 入户, 老年人.
The genre's vocabulary is small and known, so ``register.txt`` lists, for its frequent practice
terms (read from the reports' side, ``scripts/practice_terms.py``), the everyday words for each.

Many such words are phrases jieba cuts apart (打|官司, 上|了|岁数) or whose parts the analyzer
drops as verbs and particles, so a per-word synonym lookup never sees them whole. They are
found here in the question's characters, longest first, before the words are cut — but only
where the stretch begins and ends on a word boundary of jieba's cut of the whole question, so
a key never fires inside a longer word of another meaning (「老板娘」, 「晚上会」 has no 上会),
nor where its tail begins the people a unit organises (``retrieval.actors``): 「组织领导干部」
is 组织 + 领导干部, no 组织领导, though jieba cuts 领导|干部.
"""

from __future__ import annotations

import functools
from pathlib import Path

from retrieval.actors import ACTORS
from retrieval.aspect_split import aspect_spellings
from retrieval.concept import Concept
from retrieval.spoken import Tagger
from retrieval.synonym_file import read_synonyms

__all__ = ["joined_words", "rank_de_spellings", "read_register", "register_in", "register_tail"]

REGISTER_FILE = Path(__file__).with_name("register.txt")


@functools.cache
def read_register(path: Path = REGISTER_FILE) -> dict[str, tuple[str, ...]]:
    """``everyday word → report words`` (the key itself counts too, first). A line whose right
    side names its key again is a report word (宣传栏, 横幅, 直播): the reports write it, so
    the per-word rules read it inside its compound (禁毒宣传栏), never taken out whole."""
    return {
        k: tuple(dict.fromkeys((k, *alts)))
        for k, alts in read_synonyms(path).items()
        if k not in alts  # a word the reports write themselves (宣传栏): read word by word
    }


def register_in(
    text: str, tagged: Tagger, lexicon: dict[str, tuple[str, ...]] | None = None
) -> list[tuple[int, int, Concept]]:
    """(start, end, concept) of each everyday phrase in ``text``, longest first, not
    overlapping, each on word boundaries of the tagger's cut of ``text``."""
    lexicon = read_register() if lexicon is None else lexicon
    split = aspect_spellings(text, lexicon)  # 「输了官司」: 输官司 (``aspect_split``)
    lexicon = {**lexicon, **{s: lexicon[k] for s, k in split.items()}} if split else lexicon
    lexicon = {**lexicon, **rank_de_spellings(text, lexicon)}  # 「国家级的法治政府示范」
    keys = [k for k in lexicon if k in text and not _says_it(k, lexicon[k])]
    if not keys:
        return []
    starts, ends, at = set(), set(), 0
    for word, _ in tagged(text):  # the tagger leaves out spaces and marks: find each word
        at = max(text.find(word, at), at)
        starts.add(at)
        at += len(word)
        ends.add(at)
        if word.endswith("们"):  # 「老板们」: the plural ends the word before it too
            ends.add(at - 1)
    taken: list[tuple[int, int, Concept]] = []
    for key in sorted(keys, key=lambda k: (-len(k), k)):
        pos = text.find(key)
        while pos >= 0:
            end = pos + len(key)
            free = not any(s < end and pos < e for s, e, _ in taken)
            whole = end in ends and not into_actor(text, pos, end)
            if free and pos in starts and whole and not _inside_own(text, pos, key, lexicon):
                taken.append((pos, end, Concept(key, lexicon[key], True)))
                break  # one concept per key: a repeated word asks the same thing
            pos = text.find(key, pos + 1)
    return one_practice(text, sorted(taken, key=lambda t: t[0]))


def one_practice(
    text: str, taken: list[tuple[int, int, Concept]]
) -> list[tuple[int, int, Concept]]:
    """「当被告打官司」「告政府吃官司」: everyday words side by side whose report words meet
    (行政诉讼, 应诉) say one practice twice over, as speech piles up words for one thing.
    Read as two needs, the one report word weighed twice, and a sentence naming it alone
    (「作为被告的行政诉讼案件1件，已一审胜诉」) passed a question whose other need (输过:
    败诉) it lacked. They are one need, met by the report words both share: the union would
    let 「镇长出庭打官司」 be met by a bare 诉讼, the 出庭 it asks dropped."""
    out: list[tuple[int, int, Concept]] = []
    for start, end, c in taken:
        if out and not text[out[-1][1] : start].strip():
            s, _, prev = out[-1]
            if set(prev.alternatives[1:]) & set(c.alternatives[1:]):
                shared = [w for w in prev.alternatives if w in c.alternatives]
                words = tuple(dict.fromkeys((text[s:end], *shared)))
                out[-1] = (s, end, Concept(text[s:end], words, True))
                continue
        out.append((start, end, c))
    return out


def joined_words(term: str) -> int:
    """How many everyday words of the question a need stands for: a need ``one_practice``
    joined (骗子骗钱 of 骗子 + 骗钱, 当被告打官司) is one practice to the judge, yet the asker
    said two words for it — what a reading that counts the question's words (``graded``:
    no reading rests on one word) must still count as two. 1 for any other need."""
    lexicon = read_register()
    t = "".join(term.split())
    if t in lexicon:
        return 1
    # the splits of ``t`` into the register's keys: (end → the keys up to it)
    cut: dict[int, list[str]] = {0: []}
    for i in range(len(t)):
        if i in cut:
            for j in range(i + 2, len(t) + 1):
                if t[i:j] in lexicon and j not in cut:
                    cut[j] = [*cut[i], t[i:j]]
    keys = cut.get(len(t), [])
    # joined only when every key's report words meet, as ``one_practice`` joins them
    met = set.intersection(*(set(lexicon[k][1:]) for k in keys)) if len(keys) > 1 else set()
    return len(keys) if met else 1


# a rank said before what it ranks (国家级, 省级, 市级, 县级): 「国家级的示范」 is 「国家级示范」,
# the 的 only marks the rank as an attribute, so a key spelled with the rank reads either way
_RANK = "级"


def rank_de_spellings(text: str, lexicon: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Each key with a rank inside it (国家级法治政府示范), spelled with 的 after the rank as the
    question spells it (国家级的法治政府示范) → the key's report words."""
    out: dict[str, tuple[str, ...]] = {}
    for key, words in lexicon.items():
        at = key.find(_RANK)
        if 0 < at < len(key) - 1:
            spelled = f"{key[: at + 1]}的{key[at + 1 :]}"
            if spelled in text:
                out[spelled] = words
    return out


# 「网上骗钱」「电话骗钱」: a channel or place of one or two characters before the everyday word
_QUALIFIER = 2


def register_tail(item: str) -> tuple[str, ...]:
    """The report words of the everyday word an item of a list is or ends in, after a short
    qualifier (「电话、网上骗钱」: 网上骗钱 is 骗钱 said of one channel, a report writes 诈骗)."""
    lexicon = read_register()
    for at in range(min(_QUALIFIER, len(item) - 2) + 1):
        if item[at:] in lexicon:
            return lexicon[item[at:]][1:]
    return ()


def _says_it(key: str, words: tuple[str, ...]) -> bool:
    """「打热线」「签合同」: one light character (a verb, a suffix) before or after a report word
    of the key's own line — the question already spells the report's word, and the per-word
    rules read it together with the lists and items around it, which taking the stretch
    whole would hide. 「家家户户」「驻村律师」 say more than their 户户 or 律师: they are read."""
    return any(w != key and w in key and len(key) - len(w) <= 1 for w in words)


def _inside_own(text: str, pos: int, key: str, lexicon: dict[str, tuple[str, ...]]) -> bool:
    """「法律明白人」: the question spells a report word of the key's own line around the key,
    so it already speaks the reports' words there; the key translates nothing."""
    for w in lexicon[key][1:]:
        at = w.find(key)
        if at >= 0 and text[pos - at : pos - at + len(w)] == w:
            return True
    return False


def into_actor(text: str, pos: int, end: int) -> bool:
    """Does a word of the people organised (领导干部, 领导班子) start inside the stretch
    ``text[pos:end]`` and run on past it? The stretch then ends inside that word — in a
    question, and as much in a report's sentence (「组织领导干部参加考试」, ``retrieval.bodies``)."""
    return any(
        text.startswith(a, at) and at + len(a) > end for at in range(pos + 1, end) for a in ACTORS
    )
