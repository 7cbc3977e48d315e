"""An everyday compound no report spells, read through its parts that reports do spell.

jieba keeps many everyday compounds whole (升国旗, 提拔干部, 学生娃, 手机软件), and a whole word
no report in scope writes decides a which-question alone: the answer is 「没有」 even when every
part is the report's own word. A three- or four-character everyday compound is built of two
words, and how it is built says how a report writes the same thing:

- **Verb + object, both words of two characters or more** (提拔|干部): a report writes the
  two words with its own words between or around them (「提拔任用干部」). Both stay required,
  each its own concept, so a sentence must hold both — never one alone. A modifier + head
  (公职|律师, 年度|考核, 行政|诉讼, 手机|软件) is never split: the modifier names the kind asked,
  and a report writing the two words apart names another kind (measured: of six such splits
  over the dev sets' unspelled words five were wrong and one doubtful, 主题|公园).
- **A one-character verb + its two-character object** (升|国旗, 讲|法律): reports contract the
  verb-object to the verb and one character of the object (升旗, 讲法); that contracted word is
  a spelling of the concept. The object alone is not (讲法律 is no mention of every 法律), and
  a first character that is a level or place (村|干部, 县|法院) is a modifier, never a verb:
  jieba tags such bound characters ``zg`` just as it tags 升; nor is a bound character that
  makes a word with the next one (车轮|子) — a real verb may (讲|法治 → 讲法).
- **A word of two characters or more + a suffix of address** (学生娃, 老乡们, 打工仔): 娃, 仔
  and 们 are said of people, the noun is its spelling (子 is not: 车轮子, 本子 name things).

Only a compound no report in scope spells is read (``retrieval.unsaid`` asks), and only when
the parts are spelled: a part no report writes makes no reading. Idioms and set phrases
(jieba's ``i``/``l``: 新官上任, 被告席上, 头一回) are never split — their parts are not their
meaning (新官上任 says when, not 新官 and 上任). A first part that is no verb (黑|社会, 无人|机)
makes no reading either.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from retrieval.compounds import Tagger

log = logging.getLogger(__name__)

_ADDRESS = frozenset("娃仔们")  # 学生娃, 打工仔, 老乡们: said of people, never a kind
_PLACE_CHARS = frozenset("省市县区乡镇村街")  # 村|干部, 县|法院: where, never a verb
_SET_PHRASES = ("i", "l")  # jieba's idioms and set phrases
_VERB_FLAGS = ("v", "zg")


@dataclass(frozen=True)
class Reading:
    """How a compound is read: its parts as concepts of their own (``parts``: each required),
    or further spellings of the one concept (``spellings``)."""

    parts: tuple[str, ...] = ()
    spellings: tuple[str, ...] = ()


def read_compound(
    term: str,
    tagged: Tagger,
    is_word: Callable[[str], bool],
    said: Callable[[str], bool],
) -> Reading | None:
    """The reading of ``term`` (unspelled by every report in scope) through its spelled parts,
    or None when no split holds."""
    if not 3 <= len(term) <= 4 or not all("\u4e00" <= ch <= "\u9fff" for ch in term):
        return None
    pairs = tagged(term)
    if len(pairs) == 1 and pairs[0][1].startswith(_SET_PHRASES):
        return None  # 新官上任: an idiom's parts are not its meaning
    reading = _two_words(term, tagged, is_word, said) or _verb_object(term, tagged, is_word, said)
    reading = reading or _addressed(term, tagged, is_word, said)
    if reading:
        log.debug("compound %s read as %s", term, reading)
    return reading


def _content(word: str, tagged: Tagger) -> bool:
    pairs = tagged(word)
    return len(pairs) == 1 and pairs[0][1][:1] in ("v", "n", "a")


def _two_words(
    term: str, tagged: Tagger, is_word: Callable[[str], bool], said: Callable[[str], bool]
) -> Reading | None:
    """提拔|干部: two words of two characters or more, each spelled by some report."""
    if len(term) != 4:
        return None
    left, right = term[:2], term[2:]
    if not (is_word(left) and is_word(right)) or tagged(left) != [(left, "v")]:
        return None  # 公职|律师, 年度|考核, 行政|诉讼: a modifier names a kind, never apart
    if not _content(right, tagged) or not (said(left) and said(right)):
        return None
    return Reading(parts=(left, right))


def _verb_object(
    term: str, tagged: Tagger, is_word: Callable[[str], bool], said: Callable[[str], bool]
) -> Reading | None:
    """升|国旗: a one-character verb and a two-character object; the verb with either character
    of the object (升旗), where some report spells it."""
    if len(term) != 3 or term[0] in _PLACE_CHARS:
        return None  # 村|干部, 县|法院
    verb, obj = term[0], term[1:]
    # a one-character verb: jieba tags 升 alone zg (a bound morpheme), 讲 v
    if not tagged(verb) or not tagged(verb)[0][1].startswith(_VERB_FLAGS) or not is_word(obj):
        return None
    if tagged(verb)[0][1] == "zg" and is_word(term[:2]):
        return None  # 车轮|子: a bound character that makes a word with the next is no verb
    if not tagged(obj)[0][1].startswith("n"):
        return None
    forms = [f for f in (verb + obj[0], verb + obj[1]) if is_word(f) and said(f)]
    return Reading(spellings=tuple(forms)) if forms else None


def _addressed(
    term: str, tagged: Tagger, is_word: Callable[[str], bool], said: Callable[[str], bool]
) -> Reading | None:
    """学生|娃: a people noun and a suffix of address; the noun is the spelling."""
    stem = term[:-1]
    if term[-1] not in _ADDRESS or len(stem) < 2 or not is_word(stem):
        return None
    if tagged(stem)[0][1].startswith("n") and said(stem):
        return Reading(spellings=(stem,))
    return None
