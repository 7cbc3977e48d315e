"""Two languages said together: 「苗语汉语双语」 is written 「苗汉双语」.

Chinese names a language by a character and 语 (苗语, 汉语, 藏语, 英语), and a pair of them
used side by side by the first characters alone, then what is done in both: 苗汉双语,
蒙汉双语, 藏汉双语, 汉英对照. A user spells each language whole (「用苗语汉语双语讲的」
「苗语和汉语双语宣讲」); no report writes that, so the words asked find nothing though the
report says it. The pair counted by its kind (「蒙语汉语两种语言」「藏语和汉语两种话」) is the
same contraction said plainly: 双语 is 「两种语言」. The pair is read as either spelling before
the question is analysed.
"""

from __future__ import annotations

import re

__all__ = ["paired_languages"]

# the languages whose name is longer than one character before 语 (蒙古语, 维吾尔语): the pair is
# still written with the first (蒙汉双语, 维汉双语, 朝汉双语, 哈汉双语)
_LONG = "蒙古|维吾尔|朝鲜|哈萨克|柯尔克孜"
# 「蒙语汉语两种语言」: the pair counted and named by its kind says 双语 in plain words
_TWO = r"(?:这)?(?:两|二|2)(?:种|门)(?:语言|话|文字)"
# X语 + (和/与/、/加)? + Y语, then the word that says both are used (双语, 对照, 互译)
_PAIR = re.compile(
    rf"(?P<a>{_LONG}|[\u4e00-\u9fff])(?:语|文)\s*(?:和|与|及|跟|加|、|/)?\s*"
    rf"(?P<b>{_LONG}|[\u4e00-\u9fff])(?:语|文)\s*(?P<both>双语|对照|互译|{_TWO})"
)
# a pair in these reports is a language with Chinese (or English): 苗汉, 藏汉, 汉英, 中英. Without
# one of them the two words are no languages (「原文译文对照」「条文释文对照」)
_COMMON = "汉中英"


def paired_languages(q: str) -> str:
    """``q`` with 「苗语汉语双语」 as either name, quoted (「“苗汉双语”或“苗语汉语双语”」: one
    concept, ``retrieval.named_either``) — a report may spell the pair whole too; unchanged
    without such a pair, or when the user quoted it (a quoted name is searched as written)."""

    def either(m: re.Match) -> str:
        a, b = m["a"][0], m["b"][0]
        if (m.start() > 0 and q[m.start() - 1] in "“\"「'‘") or not ({a, b} & set(_COMMON)):
            return m.group(0)
        both = "双语" if re.fullmatch(_TWO, m["both"]) else m["both"]
        return f"“{a}{b}{both}”或“{m.group(0)}”"

    return _PAIR.sub(either, q)
