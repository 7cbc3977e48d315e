"""A stretch of the question jieba cut into lone characters, that a report writes verbatim.

A name coined by reports — a project (碧道), a named typhoon (天鸽), a fair (高交会) — is often
unknown to jieba's dictionary, which cuts it into single characters and may tag them as a
measure word (碧|道: 道 as the measure of 一道题) or a time word (天|鸽). The question's reading
drops lone characters (they are function words, measures and question words far more often
than names), so such a name leaves the need: 「那碧道呢」 searches nothing, 「天鸽台风」 searches
every 台风. Whether a stretch is such a name is a fact of the library: the reports write it,
character for character. A stretch the reading lost and a report writes verbatim is read as
the user quoting it (「“碧道”」), which is how a user marks a string meant word for word.

Only a stretch of at least two lone Chinese characters, none of them a function word, question
word, pronoun, numeral or verb by jieba's tag (说|了, 那|块, 哪|份 and 一|二 are the question's
own talk), not opened by a measure word after a count (多少|宗|案, 几|条|河) or by a level's
character closing a place's name (郑东新|区|大), and inside no unit's name (坪|山 is scope). The library's verbatim spelling decides,
so a stretch no report writes changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from reportqa.text import STOPWORDS
from reportqa.types import ReportInfo
from reportqa.units import short_name
from retrieval.analysis import Analysis
from retrieval.question_words import FUNCTION_CHARS
from retrieval.vocabulary import QUESTION_FRAME, QUESTION_WORDS

# jieba's tags of a character that is the question's own grammar, never a piece of a name:
# verbs, adverbs, prepositions, particles, conjunctions, pronouns, numerals, interjections
_GRAMMAR_TAGS = ("v", "d", "p", "u", "c", "r", "m", "y", "e", "o", "x", "f")
_LONGEST = 6  # a coined name is short; a longer stretch of lone characters is talk
# after a count (多少宗案, 几条河) a lone character is the measure word, no name's first
_COUNTS = frozenset(("多少", "几", "第几", "每", "哪", "这", "那", "该", "好几", "若干"))
# a level's character right after a word closes a place's name (郑东新|区|大…), never opens one
_LEVELS = frozenset("省市县区镇乡村街")
OPEN, CLOSE = "「", "」"
# a conjunction or list mark beside the run: it is one member of a list (「天鸽和山竹台风」
# 「海绵城市和碧道」), each member asked on its own, none a condition of the other's sentence
_JOINS = ("和", "与", "及", "或", "、", "跟", "同", "以及", "或者", "还有", "，", ",")


def _name_char(word: str, flag: str) -> bool:
    return (
        len(word) == 1
        and "\u4e00" <= word <= "\u9fff"
        and word not in STOPWORDS
        and word not in FUNCTION_CHARS
        and word not in QUESTION_FRAME
        and word not in QUESTION_WORDS
        and not flag.startswith(_GRAMMAR_TAGS)
    )


def lone_runs(question: str, tagged: Callable[[str], list[tuple[str, str]]]) -> list[str]:
    """Stretches of two or more lone name characters, in question order."""
    runs: list[str] = []
    current, before = "", ("", "x")
    for word, flag in tagged(question):
        opens = not (before[0] in _COUNTS or before[1].startswith("m"))
        opens = opens and not (word in _LEVELS and "\u4e00" <= before[0][-1:] <= "\u9fff")
        before = (word, flag)
        if _name_char(word, flag) and (current or opens):
            current += word
            continue
        if 2 <= len(current) <= _LONGEST:
            runs.append(current)
        current = ""
    if 2 <= len(current) <= _LONGEST:
        runs.append(current)
    return list(dict.fromkeys(runs))


def _lost(run: str, analysis: Analysis) -> bool:
    """No concept of the reading spells the run, nor is it inside a unit's name."""
    spelled = [s for c in analysis.concepts for s in (c.term, *c.alternatives)]
    if any(run in s for s in spelled) or any(run in q for q in analysis.quoted):
        return False
    units = (*analysis.townships, *analysis.counties, *analysis.excluded)
    return not any(run in f for u in units for f in (u, short_name(u)))


def inside_units(infos: Iterable[ReportInfo]) -> Callable[[str], bool]:
    """Whether a run is inside some report's unit or county name, read only when a lost run
    is met (most questions have none): a unit's short form the reading left unresolved."""
    return lambda run: any(run in n for i in infos for n in (i.township, i.county) if n)


def _listed(text: str, marked: str) -> bool:
    """``marked`` stands beside a conjunction or a list mark in ``text``."""
    at = text.find(marked)
    after = text[at + len(marked) :]
    return at >= 0 and (text[:at].endswith(_JOINS) or after.startswith(_JOINS))


def verbatim_lost(
    question: str,
    analysis: Analysis,
    tagged: Callable[[str], list[tuple[str, str]]],
    written: Callable[[Sequence[str]], bool],
    of_unit: Callable[[str], bool] = lambda run: False,
) -> tuple[str, tuple[str, ...]]:
    """``question`` with each lost run a report writes marked as quoted, and those runs
    (none: the reading stands). ``of_unit``: the run is inside a library unit's name — a
    short form of it the reading did not resolve (芦台|开发区 for 芦台经济开发区) is scope,
    never a name the sentence must write."""
    marked, runs = question, []
    for run in lone_runs(question, tagged):
        lost = _lost(run, analysis) and question.count(run) == 1 and not of_unit(run)
        if lost and written([run]):
            marked = marked.replace(run, f"{OPEN}{run}{CLOSE}")
            runs.append(run)
    return marked, tuple(runs)


def unmarked(analysis: Analysis, runs: Sequence[str]) -> Analysis:
    """The reading of the marked question, its question without the marks added: the
    readers after this one see the words the user wrote."""
    text = analysis.question
    for run in runs:
        text = text.replace(f"{OPEN}{run}{CLOSE}", run)
    # 「天鸽台风」: the name is what is asked, a sentence without it (台风山竹) says nothing;
    # a member of a list (「天鸽和山竹台风」) is one of the things asked, no such condition
    alone = {r for r in runs if not _listed(analysis.question, f"{OPEN}{r}{CLOSE}")}
    named = tuple(replace(c, must=True) if c.term in alone else c for c in analysis.concepts)
    return replace(analysis, question=text, concepts=named)


def verbatim_read(
    question: str,
    analyze: Callable[[str], Analysis],
    tagged: Callable[[str], list[tuple[str, str]]],
    written: Callable[[Sequence[str]], bool],
    of_unit: Callable[[str], bool] = lambda run: False,
) -> Analysis:
    """``analyze(question)``, read again with the lost runs a report writes quoted."""
    read = analyze(question)
    marked, runs = verbatim_lost(question, read, tagged, written, of_unit)
    return unmarked(analyze(marked), runs) if runs else read


__all__ = ["inside_units", "lone_runs", "unmarked", "verbatim_lost", "verbatim_read"]
