"""Reports quote part of a term: 「结合“八五”普法规划」「深化“放管服”改革」「县“九五”普法」.

A question asks 「八五普法」 without quotes, and jieba keeps it one word, so the report's
「“八五”普法」 is no mention of it word for word. The quoted spellings of the term (its first
part quoted, the rest after the closing mark) are spellings of it too; the answer quotes the
report as written, quote marks and all.

Only a closing mark followed by the rest of the term joins: two quoted names side by side
(「“法治副校长”“学法积极分子”」) never read as one word across the ”“ between them.
"""

from __future__ import annotations

import re

from retrieval.legal_spellings import legal_variants
from retrieval.level_slots import level_slot_spellings

_HAN = re.compile(r"[\u4e00-\u9fff]{4,8}")


def quoted_forms(word: str) -> tuple[str, ...]:
    """「“八五”普法」 for 八五普法: each split into a quoted first part and the rest, both of two
    characters or more. Words shorter than four characters have no such split.

    The coined part a report quotes may as well be the last one, after the place or field
    it belongs to (「聚焦前海“扩区”」「推进燃气“瓶改管”」「建设数字“政府”」): the split with the
    last part quoted is a spelling of the term too, the characters still the term's own."""
    if not _HAN.fullmatch(word):
        return ()
    splits = range(2, len(word) - 1)
    first = (f"“{word[:i]}”{word[i:]}" for i in splits)
    last = (f"{word[:i]}“{word[i:]}”" for i in splits)
    return (*first, *last)


# marks that separate the parallel parts of a slogan: the enumeration comma, a comma, the
# interpunct, a slash, a space, or the closing and opening quotes of parts quoted one by one
_PARTS = re.compile(r"\s*(?:[、，,·•・/／\s]|”\s*“|\"\s*\")\s*")
_SEPARATORS = ("", "、", "，", "·", "”“")


def separated_forms(phrase: str) -> tuple[str, ...]:
    """「双随机、一公开」 is also written 「双随机一公开」「双随机·一公开」「“双随机”“一公开”」.

    A slogan of parallel parts (双随机 and 一公开; 谁执法谁普法、谁主管谁普法) is one name, and
    reports print its parts run together or split by whichever mark the writer uses: the
    enumeration comma, a comma, the interpunct, or each part quoted on its own. Every such
    spelling of a quoted slogan of two or more parts of two or more characters is the same
    slogan; a report writing one part alone (双随机抽查) writes no such spelling."""
    parts = [p for p in _PARTS.split(phrase.strip()) if p]
    if len(parts) < 2 or any(len(p) < 2 for p in parts):
        return ()
    forms = (sep.join(parts) for sep in _SEPARATORS)
    return tuple(f for f in dict.fromkeys(forms) if f != phrase)


def quoted_spellings(phrase: str) -> tuple[str, ...]:
    """Every spelling of a phrase the question quotes: as quoted, opened by another of
    法治/法律/法制 (``retrieval.legal_spellings``), its parts otherwise separated, and a
    five-year plan's code in full (“八五” ~ 第八个五年)."""
    full = tuple(f"第{m.group(1)}个五年" for m in [_PLAN_CODE.fullmatch(phrase)] if m)
    forms = (phrase, *legal_variants(phrase), *separated_forms(phrase), *full)
    # 「大事不出镇」 in a 乡's report: 「大事不出乡」 (``retrieval.level_slots``)
    return tuple(dict.fromkeys((*forms, *(s for f in forms for s in level_slot_spellings(f)))))


# a numbered five-year plan: 「第八个五年法治宣传教育规划」 is the “八五” plan; reports name it by
# the code (“八五”普法, 八五普法) or in full, and a question in either form asks the same
_PLAN_FULL = re.compile(r"第([一二三四五六七八九十]{1,3})个五年")
_PLAN_CODE = re.compile(r"([一二三四五六七八九十]{1,3})五")


def plan_codes(q: str) -> str:
    """「第八个五年普法规划」 → 「“八五”普法规划」: the plan by its quoted code, spelled in full too
    when the question quotes it (``quoted_spellings``)."""
    return _PLAN_FULL.sub(lambda m: f"“{m.group(1)}五”", q)


# an ellipsis in a quote (…, ……, ⋯, ...): the words the asker leaves out between two parts
_ELLIPSIS = re.compile(r"\s*(?:…+|⋯+|\.{3,}|。{3,})\s*")


def elided_parts(quoted: tuple[str, ...]) -> tuple[str, ...]:
    """「“邀请…专家”」 quotes a pattern, not a string: the ellipsis stands for whatever a report
    writes between the parts (邀请知名专家, 邀请法学专家), as in written Chinese a quotation cut
    with …… leaves words out. No report writes the ellipsis itself, so the phrase as quoted
    matched nothing; each part of two characters or more is quoted on its own instead."""
    out: list[str] = []
    for phrase in quoted:
        parts = [p for p in _ELLIPSIS.split(phrase) if p]
        out.extend([p for p in parts if len(p) >= 2] if len(parts) > 1 else [phrase])
    return tuple(dict.fromkeys(out))


# a term, quoted or not, then its other spelling in brackets: 「“理论学习中心组”（或党委中心组）」
_BRACKET = re.compile(
    r"(?P<open>[“「])(?P<term>[^”」]{2,30})(?P<close>[”」])\s*[（(]\s*(?P<or>或者?是?|或是)?\s*"
    r"(?P<other>[\u4e00-\u9fff]{2,12})\s*[）)]"
    r"|(?P<bare>[\u4e00-\u9fff]{2})\s*[（(]\s*(?P<or2>或者?是?|或是)\s*(?P<other2>[\u4e00-\u9fff]{2,12})\s*[）)]"
)


def _same_thing(term: str, other: str) -> bool:
    """Another spelling of a name keeps its head or its field (党委中心组 for 理论学习中心组,
    一村一顾问 for 一村一法律顾问): a bracket sharing neither says something else of it
    (「“八五”（2021—2025年）」 a span, 「“枫桥经验”（浙江）」 where)."""
    return term[-2:] == other[-2:] or term[:2] == other[:2]


def bracketed_or(q: str) -> str:
    """「X（或Y）」 → 「X或Y」, and 「“X”（或Y）」「“X”（Y）」 → 「“X”或“Y”」.

    Written Chinese gives a second name of the same thing in brackets after the first:
    「（或…）」 says outright that either name is meant, and a bare bracket right after a quoted
    term (「“一村一法律顾问”（一村一顾问）」) glosses it with the spelling others use. Read as
    brackets, the second name's words became needs of their own beside the quoted term, and a
    report writing either name alone fell short. So the bracket is read as the 或 it stands
    for: two quoted names joined by 或 are one concept (``retrieval.named_either``), and an
    unquoted 「X（或Y）」 naming the same kind (中心组) is read as 「X或Y」, the disjunction of
    two names (``retrieval.alternatives``); other unquoted brackets are left to the phrase rules
    (「制定（或修订）」, ``retrieval.phrases``) and to the optional parts (法治（政府）建设)."""

    def rewrite(m: re.Match) -> str:
        if m["bare"] and m["bare"] != m["other2"][-2:]:
            return m.group(0)  # 「制定（或修订）」「讲座（或培训）」: the phrase rules read these
        if m["bare"]:
            return f"{m['bare']}{m['or2']}{m['other2']} "  # the bracket's end stays an edge
        term, other = m["term"], m["other"]
        if not m["or"] and not _same_thing(term, other):
            return m.group(0)
        return f"{m['open']}{term}{m['close']}或“{other}”"

    return _BRACKET.sub(rewrite, q)
