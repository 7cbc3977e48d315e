"""Numeral-coded names jieba cuts apart: 四议两公开 → 四/议/两/公开, 一村一辅警 → 一村/一/辅/警.

Chinese policy names are often coded by numerals: each numeral opens a one- or two-character
word (三重一大 = 三重|一大, 四议两公开 = 四议|两公开, 两学一做, 双随机一公开, 一村一辅警). Jieba
knows a few of them whole; the rest fall apart into numerals and single characters, and then
no part is the name the report writes (「落实“四议两公开”工作法」). So a question's run of
words that reads as such a code is one concept, spelled as written, and the judge treats it as
a fixed term (``retrieval.anchors``). A run whose numerals count things (一年一次, 三年两次:
a measure word after the numeral) is no name.

Names coded in Latin letters and digits are single tokens too: an indicator (PM2.5, PM10,
COD, 5G) and a structure formula (「1+10+81」应急指挥体系, 1+3+N: a count at each level joined
by +). Jieba cuts them at the point or the plus, and a cut 2.5 reads as a month-day, 1+10+81
as three bare numbers that name nothing; unquoted, they are one name as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.quoted_terms import quoted_forms, separated_forms

NUMERALS = "一二三四五六七八九十两双百千万"
# measure words: after a numeral they count (一次, 两年, 三个), they name nothing
_MEASURES = "个次年月日天周场件名人项期批份条起家所届轮位遍回"
# a part never holds a word of coordination (或, 及, 与, 和): 「两学一做或三会一课」 lists two
# names, and 或 joins them
_CODE = re.compile(rf"(?:[{NUMERALS}][^{NUMERALS}或及与和\W\d]{{1,2}}){{2,4}}")
_MAX = 8
# PM2.5, PM10, SO2: letters then a number (a decimal point inside); 1+10+81, 1+3+N: parts
# joined by plus signs, the first a number; neither glued to more letters or digits
_LATIN_CODE = re.compile(
    r"(?<![A-Za-z0-9.．+＋])"
    r"(?:[A-Za-z]{1,6}\d+(?:[.．]\d+)?|\d+(?:\s*[+＋]\s*(?:\d+|[A-Za-z]))+)"
    r"(?![A-Za-z0-9+＋])"
)

Tagger = Callable[[str], list[tuple[str, str]]]


def is_code(span: str) -> bool:
    """Two to four numeral-led words of one or two characters, none a count."""
    if len(span) > _MAX or not _CODE.fullmatch(span):
        return False
    return not any(span[i + 1] in _MEASURES for i, ch in enumerate(span) if ch in NUMERALS)


def coded_in(text: str, tagged: Tagger) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """(start, end, name, spellings) of each coded name in ``text`` that jieba split into
    two words or more, the longest run from each word boundary; names jieba keeps whole
    (三重一大) are left to the words, and never extended (三重一大|集体 is no code)."""
    if sum(ch in NUMERALS for ch in text) < 2:
        return []  # most questions: no tagging at all
    bounds, pos = [], 0
    for word, _ in tagged(text):
        at = text.find(word, pos)
        if at < 0:
            return []
        bounds.append((at, at + len(word)))
        pos = at + len(word)
    out, i = [], 0
    while i < len(bounds):
        start = bounds[i][0]
        best = None
        if text[start] in NUMERALS and not is_code(text[start : bounds[i][1]]):
            for j in range(i + 1, len(bounds)):
                end = bounds[j][1]
                if end - start > _MAX:
                    break
                if is_code(text[start:end]):
                    best = j
        if best is None:
            i += 1
            continue
        end = bounds[best][1]
        name = text[start:end]
        out.append((start, end, name, (name, *_separated(name))))
        i = best + 1
    return out


def latin_names_in(text: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """(start, end, name, spellings) of each Latin-and-digit name in ``text`` (PM2.5,
    1+10+81), spelled as reports print it: half- or full-width plus and point."""
    out = []
    for m in _LATIN_CODE.finditer(text):
        name = re.sub(r"\s+", "", m.group(0))
        wide = name.replace("+", "＋").replace(".", "．")
        out.append((m.start(), m.end(), name, tuple(dict.fromkeys((name, wide)))))
    return out


def code_spellings(word: str) -> tuple[str, ...]:
    """A word jieba keeps whole (两学一做) is a coded name too: itself and its parts separated
    (两学、一做); any other word itself alone."""
    return (word, *_separated(word)) if is_code(word) else (word,)


def word_spellings(word: str) -> tuple[str, ...]:
    """A question's word as reports also print it: quoted in part (「“八五”普法」) and, a coded
    name, with its parts separated (两学、一做)."""
    return (*quoted_forms(word), *code_spellings(word)[1:])


def _separated(name: str) -> tuple[str, ...]:
    """「双随机一公开」 is also written 「双随机、一公开」「“双随机”“一公开”」: a coded name's
    numeral-led parts are printed run together or split by a mark
    (``retrieval.quoted_terms.separated_forms``)."""
    opens = [
        i for i, ch in enumerate(name) if ch in NUMERALS and (i == 0 or name[i - 1] not in NUMERALS)
    ]
    parts = [name[a:b] for a, b in zip(opens, [*opens[1:], len(name)], strict=True)]
    listed = "、".join(parts)
    forms = (listed, *separated_forms(listed)) if len(parts) > 1 else ()
    return tuple(f for f in forms if f != name)
