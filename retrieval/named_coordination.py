"""Named things listed as alternatives: 「宪法日或国际禁毒日」「12·4宪法宣传周、宪法日」.

Dates and named days, campaign abbreviations, coded names and party sessions are read whole
before the question's words (jieba would cut them), and their spans are blanked. The 、 or
或 between two of them then joins blanks, and each became a need of its own: a report naming
one of them was not counted. Named things listed with 、/或/及 are coordinated like any
other names: one concept, any of them counts. A predicate said again on each side
(「在宪法日搞活动或者在国际禁毒日搞了活动」) is the shared deed, no break in the list. A
named thing joined to a plain word (「国际禁毒日、法治宣传周」) is kept in its place, so the
words' reader (``retrieval.phrases.merge_alternatives``) joins them as it joins two words.
"""

from __future__ import annotations

import re

from retrieval.concept import Concept

Named = tuple[int, int, Concept]

_JOIN = r"\s*(?:、|/|或者是?|或是|或|以及|及)\s*"
# the deed said again on each side: 搞活动, 开展了宣传 (a light verb and its generic object)
_DEED = r"(?:(?:搞|开展|举办|组织|办|做)[了过]?(?:活动|宣传|工作)?)?"
_GAP = re.compile(rf"{_DEED}{_JOIN}(?:在|于)?")
_JOINED_BEFORE = re.compile(rf"[^\s，。？！,.?!；;]{_JOIN}$")
_JOINED_AFTER = re.compile(rf"{_JOIN}[^\s，。？！,.?!；;]")
# the far side of a named thing joined to a word must end the item there: a mark, the
# text's edge, a verb of saying's 到 or a preposition before it, 的/a light verb after it —
# else the name is the tail or head of a longer item (执法|全程记录、…) and stays apart
_ITEM_OPENS = re.compile(r"(?:^|[\s，。？！,.?!；;：:“”「」到在于把对从])$")
_ITEM_ENDS = re.compile(r"$|[\s，。？！,.?!；;：:“”「」的搞开举组有是都等这那里中上时期]")


def coordinated(text: str, named: list[Named]) -> tuple[list[Named], list[tuple[int, Concept]]]:
    """Named things of ``text`` (their spans not blanked) split in two: those coordinated — a
    run of them listed merged into one concept, or one joined to a word — with their span,
    to be read among the words; and the rest, (index in ``named``, concept), each a concept
    of its own as before. A soft one (a light phrase) is never listed with the names."""
    order = sorted(range(len(named)), key=lambda n: named[n][0])
    runs: list[list[int]] = []
    for n in order:
        prev = runs[-1][-1] if runs else None
        joins = prev is not None and _GAP.fullmatch(text[named[prev][1] : named[n][0]])
        if joins and named[prev][2].required and named[n][2].required:
            runs[-1].append(n)
        else:
            runs.append([n])
    placed: list[Named] = []
    alone: list[tuple[int, Concept]] = []
    for run in runs:
        start, end = named[run[0]][0], named[run[-1]][1]
        sides = [named[n][2] for n in run]
        if len(run) > 1:
            alts = tuple(dict.fromkeys(a for c in sides for a in c.alternatives))
            placed.append((start, end, Concept("/".join(c.term for c in sides), alts, True)))
        elif sides[0].required and (
            (_JOINED_BEFORE.search(text[:start]) and _ITEM_ENDS.match(text, end))
            or (_JOINED_AFTER.match(text, end) and _ITEM_OPENS.search(text[:start]))
        ):
            placed.append(named[run[0]])
        else:
            alone.append((run[0], sides[0]))
    return placed, sorted(alone, key=lambda a: a[0])
