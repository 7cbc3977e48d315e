"""A verb copied after its object: 「学法学了几次」「调解纠纷调解了多少起」「开会开了3次」.

Spoken Chinese puts the aspect and the quantity of a verb–object deed on a second copy of
the verb (重动句): 学法学了几次 is 学法几次. Reports write the deed once (「中心组学法6次」),
and the copy left in a question would be read as a word of its own (学法学), a thing no report
names. So the copy and its 了/过 are dropped before the need is read — only where a quantity
is asked or given right after, and only where the verb and its object make a word of the
dictionary (学法, 开会, 调解纠纷): in 「评查抽查了多少宗」 查抽 is no word (评查 and 抽查 share
the 查), nor 诉讼败 in 「诉讼败诉了几宗」, so nothing there is a copy.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_COPY = re.compile(
    r"([\u4e00-\u9fff]{1,2}?)([\u4e00-\u9fff]{1,4}?)\1(?:了|过)?"
    r"(?=几|多少|[0-9０-９]|[一二两三四五六七八九十]+[次场回趟遍期轮起件])"
)


def without_verb_copy(question: str, is_word: Callable[[str], bool]) -> str:
    """「中心组学法学了几次」 → 「中心组学法几次」; ``is_word``: the dictionary."""

    def drop(m: re.Match) -> str:
        verb, rest = m.group(1), m.group(2)
        return verb + rest if is_word(verb + rest) else m.group(0)

    return _COPY.sub(drop, question)
