"""A short form glossed by its full form in brackets: 「棚改（棚户区改造）」「环评（环境影响评价）」.

Chinese abbreviations (缩略语) are built by taking characters of the full name in order,
the first always among them: 棚户区改造 → 棚改, 环境影响评价 → 环评, 医疗保险 → 医保. A user
who writes the short form and then the full one in brackets names one thing twice, and a
report writes either (a plan says 推进棚户区改造, a review 棚改项目). Read as words, the
bracket's parts became needs of their own beside the short form, and a report writing one
name alone fell short of the other's words.

So 「X（Y）」, X two to four characters that Y spells in order from its first character, Y
longer, is read as the two quoted names 「“X”或“Y”」: one concept, either spelling counts
(``retrieval.named_either``). A bracket that is no spelling of the word before it stays as it
was: a scope (「法律顾问（2024年）」), an aside inside a term (「村（社区）」), an optional part
(「法治（政府）建设」), or another name (``retrieval.quoted_terms.bracketed_or``).
"""

from __future__ import annotations

import re

_BRACKET = re.compile(
    r"(?P<run>[\u4e00-\u9fff]{2,})\s*[（(]\s*(?P<full>[\u4e00-\u9fff]{3,12})\s*[）)]"
)


def abbreviates(short: str, full: str) -> bool:
    """``short`` is built from ``full``'s characters in order, opening with its first, and is
    shorter than it (棚改 of 棚户区改造; 村 of 社区 is not). A full name that opens with the short
    one (扫黑 of 扫黑除恶专项斗争) only spells the term out: the term stays as the question says
    it, with its own spellings (``abbreviations``, ``glosses``)."""
    if not 2 <= len(short) < len(full) or short[0] != full[0] or full.startswith(short):
        return False  # 「扫黑（扫黑除恶专项斗争）」 spells the term out (``glosses``)
    at = 0
    for ch in short:
        at = full.find(ch, at) + 1
        if at == 0:
            return False
    return True


def glossed_short_forms(q: str) -> str:
    """「X（Y）」 → 「“X”或“Y”」 where X abbreviates Y (the longest such X ending before the
    bracket: 「搞了棚改（…）」 gives 棚改, not 了棚改)."""

    def rewrite(m: re.Match) -> str:
        run, full = m["run"], m["full"]
        for n in range(min(4, len(run)), 1, -1):
            if abbreviates(run[-n:], full):
                return f"{run[:-n]}“{run[-n:]}”或“{full}”"
        return m.group(0)

    return _BRACKET.sub(rewrite, q)
