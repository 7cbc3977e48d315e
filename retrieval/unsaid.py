"""A word of the question that no report in scope spells: the user's wording, or a lack?

A required concept no report writes decides a which-question alone: its weight is the rarest
term's, and no sentence can reach ``SUPPORT`` without it, so the answer is 「没有」. That is right
when the library lacks the thing (「普法剧本杀」「无人机巡查」「公职律师」: a kind of thing nobody
here names), and wrong when the user only said it in their own way. Whether jieba knows the
word does not tell the two apart; how the word is built, and what the reports do spell, does.
Each reading below says why the unsaid word is the user's and what the reports write instead;
anything else stays a lack:

- **A time word relative to the asking** (最近, 近期, 目前, 眼下, 这阵子): says when the user
  asks, never what. Unsaid by every report, it is the asker's frame and leaves the need. Only
  this closed class of deictic words: a time word that names a kind of thing (婚前体检, 会前学法;
  jieba tags 婚前 ``t`` too) stays.
- **The user's one-character verb glued to the thing** (晒政务信息, 搞政务公开, 搞了积分制):
  reports write the thing with a formal verb or none; when the rest (two characters or more,
  after an aspect particle) is a word some report spells, that rest is a spelling of the concept.
- **A place noun said aloud** (镇子, 村子, 镇儿): 子/儿 after a one-character level or
  place noun (乡, 镇, 村, 县, 区, 街, 旗) is how that noun is spoken; when no report writes the
  suffixed form, the bare noun is its spelling (common to the reports, it weighs next to
  nothing, as a place word should). Other nouns keep the suffix: 本子 is no 本, 扇子 no 扇.
- **A modifier nobody writes, on a head the question asks anyway** (「重大决策要走法定程序
  （重大行政决策程序那块）」): the compound's kind is its last part (程序); when that head is
  also a concept of its own in the question and no report writes the modifier (法定) at all,
  the modifier tells no report apart and the question names the thing again in other words —
  the compound leaves the need and the concepts that name the thing decide. A head asked only
  through the unsaid compound (「无人机巡查」, 「公职律师」) is never backed off: its modifier
  names the kind asked, and a report naming another kind of 巡查 or 律师 is no answer.

- **A word jieba cut across the question's boundary** (行政执法|人员培训 for 行政执法人员|培训):
  its first part goes with the word before, its rest is a word of its own (``retrieval.recut``).
- **An everyday compound whose parts reports spell** (升国旗, 提拔干部, 学生娃): read through
  its parts, by how it is built (``retrieval.compound_parts``).

Quoted words are meant word for word and never backed off.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from retrieval.compound_parts import read_compound
from retrieval.compounds import Tagger
from retrieval.concept import Concept
from retrieval.recut import recut

# deictic: relative to the moment the user speaks, so never part of what a report did
_NOW = frozenset(
    "最近 近期 近来 近日 目前 当前 现在 眼下 如今 这阵子 前阵子 这段时间 前段时间 这会儿".split()
)
_SUFFIXES = ("子", "儿")
_PLACES = frozenset("乡镇村县区街旗")  # level and place nouns of one character


def _without_verb(spelling: str, tagged: Tagger, said: Callable[[str], bool]) -> str:
    """The object of a one-character verb that opens ``spelling`` (晒|政务信息), when some
    report spells it; else ""."""
    pairs = tagged(spelling)
    if len(pairs) < 2 or len(pairs[0][0]) != 1 or not pairs[0][1].startswith("v"):
        return ""
    rest = spelling[1:].lstrip("了过着")  # 搞了积分制: the aspect particle is the verb's
    return rest if len(rest) >= 2 and said(rest) else ""


def _spoken_stem(term: str, said: Callable[[str], bool]) -> str:
    """镇 of 镇子: a one-character place noun and a spoken suffix, the noun spelled by reports."""
    if len(term) == 2 and term[0] in _PLACES and term[1] in _SUFFIXES and said(term[0]):
        return term[0]
    return ""


def _restated(
    c: Concept,
    others: Sequence[Concept],
    heads: Callable[[str], Sequence[str]],
    said: Callable[[str], bool],
    said_any: Callable[[Sequence[str]], int],
) -> bool:
    """``c``'s head is asked by another concept of the question and its modifier is written by
    no report: the compound adds only a word the library cannot tell reports apart by."""
    for head in heads(c.term):
        modifier = c.term[: -len(head)]
        if len(head) < 2 or len(modifier) < 2 or not c.term.endswith(head):
            continue
        if said(modifier) or not said(head):
            continue
        if any(o is not c and o.term.endswith(head) and said_any(o.alternatives) for o in others):
            return True
    return False


def back_off(
    concepts: Sequence[Concept],
    tokens: Callable[[str], list[str]],
    report_df: Callable[[Sequence[str]], int],
    tagged: Tagger | None,
    quoted: Sequence[str] = (),
) -> list[Concept]:
    """``concepts`` with every required concept no report in scope spells read as the user's
    wording where the module's readings say so; every other concept unchanged."""
    if tagged is None:
        return list(concepts)

    def said(s: str) -> bool:
        return report_df([s]) > 0

    def is_word(s: str) -> bool:
        return s in tokens(s)

    out: list[Concept] = []
    for c in concepts:
        if not c.required or c.term in quoted:
            out.append(c)
            continue
        # each side of 「建了法治宣传栏、搞了积分制」 is offered on its own
        added = [r for a in c.alternatives if not said(a) and (r := _without_verb(a, tagged, said))]
        if report_df(c.alternatives):
            out.append(replace(c, alternatives=(*c.alternatives, *added)) if added else c)
            continue
        if c.term in _NOW:
            continue  # 最近: when the user asks, not what
        if _restated(c, concepts, tokens, said, report_df):
            continue  # 法定程序 beside 重大行政决策程序
        stem = _spoken_stem(c.term, said)
        added += [stem] if stem else []
        before = out[-1].term if out else ""
        cut = None if added else recut(before, c.term, tagged, is_word, said)
        if cut:  # 行政执法|人员培训: 人员 is 执法人员's, 培训 a word of its own
            out.extend(Concept(p, (p,), True) for p in cut)
            continue
        reading = None if added else read_compound(c.term, tagged, is_word, said)
        if reading and reading.parts:  # 提拔干部: both words, each required
            out.extend(Concept(p, (p,), True) for p in reading.parts)
            continue
        added += list(reading.spellings) if reading else []
        if added:
            c = replace(c, alternatives=tuple(dict.fromkeys((*c.alternatives, *added))))
        out.append(c)
    return out if out else list(concepts)
