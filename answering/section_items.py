"""The items of a section, never its own heading or the next section's.

A report's numbering nests: under 「（一）健全法治工作体系」 the items are 「一是」「1.」 and the
like, of a deeper level. A chunk that runs past its section's end (a heading written inline
with its body, no line break before 「（二）」) holds lines marked like its own heading: the
heading itself and the next sibling section. Those are sections, not the items a 「有哪些」
question asks to list, so a section's items are only those numbered deeper than it.

Which questions ask for a section's items at all: 「有哪些」「做了什么」「怎么做」. Not 「“公园”什么的」,
where 什么的 hedges a half-remembered name (the name is asked, quoted whole), nor 「原句怎么写的」,
where 怎么 asks the wording (怎么写/说/讲, 怎么表述, 怎么提的): each wants one sentence, never the
list under a heading. 「怎么提升的」「怎样提高」 ask how, as 怎么做 does: 提 asks the wording only as
提的/提法.
"""

from __future__ import annotations

import re

from answering.sentences import Span, enumerated_items
from reportqa.patterns import LEVEL1, LEVEL2, LEVEL3
from reportqa.types import Chunk

__all__ = ["KEYS_ASKED", "LIST_QUESTION", "items_under", "keyed_items"]

LIST_QUESTION = re.compile(
    r"哪些|什么(?!的)|有何|主要|举措|做法|措施|如何|(?:怎么|怎样)(?![写说讲]|表述|表达|提的|提法)"
)

_LEVELS = (LEVEL1, LEVEL2, LEVEL3)


def _level(line: str) -> int:
    """1–3 by the numbering a line opens with, 4 for 「一是」 and any other item mark."""
    return next((k for k, p in enumerate(_LEVELS, 1) if p.match(line.lstrip())), 4)


def items_under(chunk: Chunk) -> list[Span]:
    """:func:`enumerated_items` of ``chunk`` numbered deeper than its own section heading."""
    own = _level(chunk.section_path[-1]) if chunk.section_path else 0
    return [s for s in enumerated_items(chunk) if _level(s.text) > own]


# 「从哪几个字入手」「抓了哪几个方面」: the asked items are named by a key, not described
# (「在哪些方面加强了…」 asks what was done, any list)
KEYS_ASKED = re.compile(r"哪(?:几|些)个?(?:字|词)|哪几个方面|哪(?:几|些)张牌")
# an item's mark opening a clause: 「一是」「（二）」「3.」
_MARK = re.compile(
    r"(?:^|(?<=[\n。；;]))[ \t　]*(?P<mark>(?P<cn>[一二三四五六七八九十])是"
    r"|[（(](?P<par>[一二三四五六七八九十])[)）]|(?P<num>\d{1,2})[.、．])"
)
# the key a frame names its item by: a quoted word named as a character or a card, right
# after the mark (「以“法”字推进…」「打好“生态”牌」「打好“产业牌”」) — a quoted slogan in
# an item (“一带一路”, “关键少数”, 在“近”与“远”的统筹中, “金字招牌”) names a policy, not
# the item
_KEY = re.compile(
    r"[^“\n。；;]{0,6}“(?P<key>[^”\n]{1,4}”(?=[字牌])|[^”\n]{1,2}[字牌]”)[^。；;\n]*[。；;]?"
)
_NUMERALS = "一二三四五六七八九十"


def _number(m: re.Match) -> tuple[str, int]:
    """(the mark's style, its number)."""
    if m.group("num"):
        return "num", int(m.group("num"))
    style = "cn" if m.group("cn") else "par"
    return style, _NUMERALS.index(m.group(style)) + 1


def keyed_items(text: str) -> list[list[tuple[int, int, str]]]:
    """The runs of ``text``'s parallel items framed by keys: each run the lead clauses
    (start, end, key) of items marked in order from the first (一是, 二是, 三是…), every item
    of the run keyed, two items at least.

    Plans frame parallel items by a key each (「一是以“法”字推进法治…二是以“新”字打造…三是以
    “实”字坚持为民服务」): 「哪几个字/哪几个方面」 asks for those keys, so each item's lead
    clause, which says the key and what it stands for, answers — never a body sentence that
    only matches the question's verb. A frame is the whole run: items of two lists, or a list
    with an item that names no key, frame nothing, or the answer would lose items."""
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    whole, style, last = True, "", 0
    for m in _MARK.finditer(text):
        kind, n = _number(m)
        if kind != style or n != last + 1:
            if whole and len(run) >= 2:
                runs.append(run)
            run, whole, style = [], n == 1, kind
            if n != 1:
                last = n
                continue
        last = n
        key = _KEY.match(text, m.end())
        if key is None:
            whole = False
        else:
            run.append((m.start("mark"), key.end(), key.group("key")))
    if whole and len(run) >= 2:
        runs.append(run)
    return runs
