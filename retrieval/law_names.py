"""Names of laws that jieba cuts apart.

A law is named by what it governs and the morpheme 法 (反有组织犯罪法, 行政复议法, 国家安全法),
and a report cites it whole, often inside 《中华人民共和国…》. When jieba does not know the
name it leaves 法 alone (反/有/组织/犯罪/法) or joins it to the verb after it (犯罪/法学/过:
「反有组织犯罪法学过」 is the law, then 学过); each piece alone is then a need of its own and
the question asks about 组织 and 犯罪 instead of the law. A single character before 法 is a
verb and 法 its object (述法, 学法, 普法: deeds, no names). The words right before a lone 法,
back to a particle, a question word or a comma, are read as the name; as where the name
starts is a guess (「宣传反有组织犯罪法」 could be a law called 宣传反…), each ending of it
of two words or more before 法 spells it too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reportqa.text import STOPWORDS
from retrieval.vocabulary import QUESTION_WORDS

Tagger = Callable[[str], list[tuple[str, str]]]
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
# what no name of a law holds: particles, pronouns, prepositions, conjunctions, numbers
_NO_NAME = ("u", "r", "p", "c", "y", "m", "q", "x", "e", "o")
_ASPECT = ("了", "过", "着")
# a statute's topic of one word is a compound of four characters or more (行政复议|法,
# 安全生产|法): a word that long before a lone 法 names a law, as two words do
_TOPIC = 4


def law_names_in(text: str, tagged: Tagger) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """(start, end, term, spellings) of each law named by words before a lone 法."""
    words: list[tuple[int, str, str]] = []
    pos = 0
    for word, flag in tagged(text):
        at = text.find(word, pos)
        if at < 0:
            continue
        pos = at + len(word)
        words.append((at, word, flag))
    found = []
    for i, (at, word, _flag) in enumerate(words):
        if _whole(word, _flag):  # 行政诉讼法: a name jieba knows, one word
            found.append((at, at + len(word), word, (word,)))
            continue
        end = at + 1
        lone = word == "法" or (
            len(word) == 2 and word[0] == "法" and text[at + 2 : at + 3] in _ASPECT
        )
        if not lone:
            continue
        run: list[str] = []
        start = at
        for back_at, back, flag in reversed(words[:i]):
            if (
                back_at + len(back) != start
                or not _HAN.match(back)
                or flag.startswith(_NO_NAME)
                or back in STOPWORDS
                or back in QUESTION_WORDS
            ):
                break
            run.insert(0, back)
            start = back_at
        if not run or len(run[-1]) < 2 or (len(run) < 2 and len(run[0]) < _TOPIC):
            continue  # 「干部述法」: 述法 is a deed, a verb of one character and its object 法
        spellings = tuple("".join(run[k:]) + "法" for k in range(max(1, len(run) - 1)))
        found.append((start, end, spellings[0], spellings))
    return found


def _whole(word: str, flag: str) -> bool:
    """A law jieba's dictionary holds as one noun (行政诉讼法, 行政处罚法): five characters or
    more ending in 法 and no other 法 — a deed on the law (学法用法, 述职述法) is shorter or
    says 法 twice. Read as a name like the ones cut apart, so 或 between two laws joins two
    names (``retrieval.named_either``), never a verb before one."""
    return flag == "n" and len(word) >= 5 and word.endswith("法") and word.count("法") == 1
