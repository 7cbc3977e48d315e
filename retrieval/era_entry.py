"""「哪几个区说自己进入地铁时代了」: an era is entered in many verbs, and the era is the need.

Reports announce an era or a stage reached with any verb of arriving (进入/迈入/步入/跨入/迈进
/迎来/开启, or the era as subject: 「地铁时代正式到来」), so the asker's verb before a
「…时代」「…新纪元」 noun is no need: the era's name is. Only right before that
noun, with at most an aspect particle between: 「进入市场」 has no era after it and stays, and
a stage (「进入验收阶段」) is left to the verb: 阶段 alone is a word every report writes. The era
is named by a word of its own (地铁, 高铁, 数字化): 「进入新时代」 has only 新 before 时代, which
the reading drops, and 时代 alone would be every report's.

The era is one name, read as if quoted (``eras_named``): split into its words, 时代 is met by
every report's 「新时代」 and 「老龄化时代」 by any report on 人口老龄化; a report that entered
the era writes the era's name whole (「地铁时代正式到来」).
"""

from __future__ import annotations

import re

_ERA = re.compile(
    r"(?:进入|迈入|步入|跨入|迈进|踏入|迎来|开启)(?:了|到)?(?![了到])"
    r"(?=[\u4e00-\u9fff]{2,8}?(?:时代|新纪元))"
)


def era_named(text: str) -> str:
    """``text`` without the verb of arriving before an era it names."""
    return _ERA.sub(" ", text)


_NAMED = re.compile(
    r"(?:进入|迈入|步入|跨入|迈进|踏入|迎来|开启)(?:了|到)?(?![了到])"
    r"([\u4e00-\u9fff]{2,8}?(?:时代|新纪元))"
)


def eras_named(question: str) -> tuple[str, ...]:
    """The eras ``question`` says are entered, each one name (as a quoted term is)."""
    return tuple(_NAMED.findall(question))


__all__ = ["era_named", "eras_named"]
