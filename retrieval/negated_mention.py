"""Is a mention of a concept said not to be so? 「尚未建立X」「未开展X」「X制度尚未落实」.

A report names a thing it has not done as readily as one it has (「尚未聘请专职法律顾问」), so a
mention under a negation is no support for it. The negation stands just before the mention
(a negator and at most two characters), just after it (「X尚在规划」「X仍在筹建」: named, and
said not to exist yet), or further off in a frame that reaches to the clause's end
(``retrieval.negation_reach``). Out of ``retrieval.evidence`` (which reads mentions), so the
same test serves ``retrieval.denied_sections``.
"""

from __future__ import annotations

import re

from retrieval.negation_reach import DEEDS, reached
from retrieval.negator_words import without_negator_words

_NEGATION = re.compile(r"(?:尚未|未能|未曾|没有|未|缺乏|缺少|无)[\u4e00-\u9fff]{0,2}$")
_NEG_CHARS = frozenset("未没缺无")  # one of them stands in every negation (``unnegated``)
_NOT_DONE_CHARS = frozenset("未没在缺")
# 「X制度尚未落实」「X尚在规划」「X仍在筹建」「X缺位」「X手段缺乏。」: the thing is named, and said not
# to exist yet (缺乏/缺少 only where it ends the clause: 「干部缺乏法治意识」 lacks the object).
# A report names it with the rest of its compound first (「法律顾问工作制度尚未建立」
# 「村级法律顾问全覆盖机制尚未建立」), so up to six characters of the compound may stand
# between it and the negation — never a 的, 了 or 过, which close the phrase (a deed done, or
# a relative clause over something else).
# A quoted name closes before its negation (「“一村一法律顾问”尚未实现全覆盖」「“法律明白人”培养
# 尚未启动」): the closing quote is part of the name, not a break in the phrase.
_NOT_DONE = re.compile(
    rf"[”」』’\"]?[^\W\d的了过是和与及、，,。；;]{{0,6}}?(?:(?:尚未|仍未|还未|暂未|未能|没有|未)(?:{DEEDS}|到位|覆盖|投用)"
    r"|(?:尚在|仍在|还在|正在)(?:规划|筹建|筹备|谋划|论证)|(?:仍|尚|还)?(?:缺位|空缺|缺失)"
    r"|(?:仍|尚|还|较为|比较|严重|相对)?(?:缺乏|缺少)(?=[，,。；;！!]|$))"
)


# 「全镇还没有一处专门的法治文化广场」「没有任何一家…」: none at all of the thing, a count of one
# denied, with at most a short modifier between (专门的, 像样的)
_NONE_OF = re.compile(
    r"(?:没有|未有|无)(?:任何|一|任何一)(?:处|个|家|名|所|座|支|项|间|块|套|台)(?:(?![不未没])[^\W\d，,。；;]){0,10}$"
)
_STILL = re.compile(r"[尚仍还正]在")  # 「X尚在规划」: the one negation written without them


def unnegated(text: str) -> bool:
    """No mention in ``text`` can be negated: each frame of a negation (before, after, or
    reaching to the clause's end, ``negation_reach`` by 未 and 没) is written with 未, 没, 缺
    or 无, or says the thing is still being planned (尚在, 仍在, 还在, 正在); most sentences
    a report writes of what was done hold none of them, so no mention needs the test."""
    # four substring tests, not ``_NEG_CHARS.isdisjoint(text)``: that makes and hashes a
    # string object for every character of the text (~4-9 µs a sentence, asked of every
    # candidate sentence of a fan-out: 12 000-34 000 per which-question at 10k reports);
    # ``in`` scans the text in C without making any. Same answer: the set is these four.
    return (
        "未" not in text
        and "没" not in text
        and "缺" not in text
        and "无" not in text
        and _STILL.search(text) is None
    )


def negated(text: str, pos: int, end: int) -> bool:
    """「尚未建立X」 before it, or 「X制度尚未落实」 right after it. The 未 of 未成年 negates
    nothing (``negator_words``)."""
    text = without_negator_words(text)
    before, after = text[max(0, pos - 4) : pos], text[end : end + 12]
    return bool(
        (not _NEG_CHARS.isdisjoint(before) and _NEGATION.search(before))
        or (not _NOT_DONE_CHARS.isdisjoint(after) and _NOT_DONE.match(after))
        or reached(text, pos, end)  # 「尚未聘请专职法律顾问」: to the clause's end
        or bool(_NONE_OF.search(text[max(0, pos - 14) : pos]))  # 「没有一处专门的X」
    )
