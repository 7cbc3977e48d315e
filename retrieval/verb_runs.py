"""A run of two verbs on one object: 「矛盾纠纷排查化解」「预防化解矛盾纠纷」「排查调处纠纷」.

Government prose names a practice by its object and a run of two verbs, the steps of the one
work (排查 then 化解, 预防 then 化解, 排查 then 调处). Reports write the same practice with
the whole run, or with either verb alone (「化解各种矛盾纠纷」「农村矛盾纠纷化解」「排查矛盾
纠纷」): the object carries the need, and the run is one concept either verb of which counts.
Two concepts, each weighed as a word of its own, would ask a report to write both verbs in one
sentence.

Only a run ending in a plain verb (化解, not the noun-verb 教育 of 学习教育), with a noun the
question requires as its object, is read so: a report writing a verb of the run about
something else (「排查安全隐患」 for 矛盾纠纷排查化解) still names no object. Two verbs after a
noun are as often a compound whose head is the last word (法治政府示范创建, 安全生产体检: jieba
tags 示范 and 生产 as verbs), so a run counts only before its object (「排查化解了矛盾纠纷」), or
after it when a word of the domain list swallowed the run's first verb (矛盾纠纷排查 before
化解: a practice name that already holds one verb of its object), split back into the object
and that verb (a generic head, 建设 of 法治政府建设, is no verb of a run). Only two content
verbs of two characters sharing no character make a run: parallel formulas (述职述法,
学法用法) are two things asked about, and the generic verbs of doing (开展, 落实:
``SOFT_VERBS``) are weighed light on their own.

A run right before a count (「行政复议撤销了几宗」「矛盾纠纷排查化解了多少起」) is never read so:
reports count each step apart (「排查矛盾纠纷130起，化解126起」), so the verb before the count
names the number asked, and a report's other step is another number. The same holds for a noun
ending in a verb before it (行政复议 then 撤销: the count of decisions revoked, not of reviews).

A legal term whose noun names the domain or the agent, not the object (行政复议, 行政执法, 司法
鉴定, 法律援助, 人民调解), holds no swallowed verb: 复议 of 行政复议 is not done to 行政, so
「行政复议听证」 asks a hearing of administrative review, never 复议 alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from retrieval.concept import Concept
from retrieval.vocabulary import GENERIC_HEADS, SOFT_VERBS

Found = tuple[int, int, Any]  # (start, end, Concept) in the question's text
Tagged = Callable[[str], list[tuple[str, str]]]
Spell = Callable[[str], tuple[str, ...]]

_VERB = ("v", "vn")
# the run's last verb is a plain verb: a noun-verb (vn) last is the kind of a compound whose
# word before it says which (学习教育, 宣传服务, 知识竞赛 name one thing, never either word)
_LAST = ("v",)
_ASPECT = ("", "了", "过")
# nouns that open a legal term as its domain or agent, never as the object of its verb
_DOMAINS = ("行政", "司法", "法律", "人民")  # between the run and the object after it
# a count asked right after the run: 「撤销了几宗」「化解了多少起」「调处过3起」
_COUNT_AFTER = re.compile(
    r"\s*[了过]?\s*(?:几|多少|\d|[一二两三四五六七八九十百千万]+[个件起宗次人项])"
)


def _verb(word: str, tagged: Tagged, flags: tuple[str, ...] = _VERB) -> bool:
    """A content verb of two characters, as the tagger reads it alone (``flags``: ``v``
    alone for a verb that cannot head a noun)."""
    if len(word) != 2 or word in SOFT_VERBS:
        return False
    got = tagged(word)
    return len(got) == 1 and got[0][1] in flags


def _noun(word: str, tagged: Tagged) -> bool:
    got = tagged(word)
    return len(got) == 1 and got[0][1].startswith("n") and got[0][1] != "nr"


def _split_swallowed(
    found: Sequence[Found], text: str, tagged: Tagged, spell: Spell
) -> tuple[list[Found], set[int]]:
    """「矛盾纠纷排查|化解」: a noun word ending in a verb, right before another verb, is its
    object and the run's first verb (a generic head, 建设 of 法治政府建设, is no verb of a run).
    Also the places of the first verbs split off."""
    out: list[Found] = []
    split: set[int] = set()
    for i, (start, end, c) in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        stem, first = c.term[:-2], c.term[-2:]
        if (
            nxt is not None
            and nxt[0] == end
            and not _COUNT_AFTER.match(text, nxt[1])
            and c.required
            and len(stem) >= 2
            and stem not in _DOMAINS
            and first not in GENERIC_HEADS
            and _verb(nxt[2].term, tagged, _LAST)
            and _verb(first, tagged)
            and not set(first) & set(nxt[2].term)
            and _noun(stem, tagged)
        ):
            out.append((start, end - 2, Concept(stem, spell(stem), True)))
            split.add(len(out))
            out.append((end - 2, end, Concept(first, spell(first), True)))
            continue
        out.append((start, end, c))
    return out, split


def verb_runs(found: Sequence[Found], text: str, tagged: Tagged, spell: Spell) -> list[Found]:
    """``found`` (in ``text``) with each run of two verbs on a required noun joined into one
    concept whose spellings are the run's and each verb's (``spell``: a word's spellings)."""
    found, split = _split_swallowed(found, text, tagged, spell)
    out: list[Found] = []
    i = 0
    while i < len(found):
        start, end, c = found[i]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and (i in split or (nxt[0] == end and _run(found, i, text, tagged))):
            d = nxt[2]
            run = c.term + d.term
            alts = (*spell(run), *c.alternatives, *d.alternatives)
            joined = Concept(run, tuple(dict.fromkeys(alts)), c.required or d.required)
            out.append((start, nxt[1], replace(joined, light=c.light and d.light)))
            i += 2
            continue
        out.append((start, end, c))
        i += 1
    return out


def _run(found: Sequence[Found], i: int, text: str, tagged: Tagged) -> bool:
    """found[i] and found[i + 1] are two verbs of a run before the required noun they act on
    (「排查化解了矛盾纠纷」: joined by 了 at most)."""
    a, b = found[i][2].term, found[i + 1][2].term
    if set(a) & set(b) or not (_verb(a, tagged) and _verb(b, tagged, _LAST)):
        return False
    if _COUNT_AFTER.match(text, found[i + 1][1]):
        return False  # 「排查化解了多少起」: each step its own number
    after = found[i + 2] if i + 2 < len(found) else None
    return bool(
        after is not None
        and after[2].required
        and not _verb(after[2].term, tagged)
        and text[found[i + 1][1] : after[0]] in _ASPECT
    )
