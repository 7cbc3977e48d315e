"""Two deeds offered with 或者 as a clause of their own before the question.

「老旧电梯更新或者老楼加装电梯，哪些区有写？」 fronts the topic as its own clause and offers it
two ways: a report writing either deed answers, as a 、 list fronted the same way does
(``retrieval.item_lists``: 「欠薪、拖欠工资，哪几个区…」). Read word by word, every word of both
sides (老旧, 电梯, 老楼, 加装) was required and only a report writing both deeds in one sentence
counted. So the two sides are rewritten as a list of examples, each side one item.

A user fronting a deed puts its object first (老旧电梯更新: the topic, then what is done to it);
a report's clause puts the verb before its object (更新改造老旧电梯). So a side that ends in its
two-character verb after a noun is also offered verb first, as the report would write it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Tagger = Callable[[str], list[tuple[str, str]]]

_WHICH = re.compile(r"哪些|哪几|哪个|哪家|有没有|是否|谁")
_OPEN = "，,。；;：:？?！!"
_NOUN = ("n", "vn", "j", "l", "nz", "b")
# the tagger reads a verb ending a clause with nothing after it as an adverb (更新/d)
_VERB = ("v", "vn", "d")


def _thing(side: str, tagged: Tagger) -> list[tuple[str, str]] | None:
    """The words of a side that names a thing (a noun among two words or more), or None."""
    words = tagged(side)
    nouns = any(f.startswith(_NOUN) and len(w) >= 2 for w, f in words)
    return words if nouns and len(words) >= 2 else None


def _deed(words: list[tuple[str, str]]) -> bool:
    """A verb among the words (the tagger takes some for adverbs or nouns: 更新/d, 新装/n —
    one side with a verb it knows is enough)."""
    return any(f.startswith("v") or (f == "d" and len(w) == 2) for w, f in words)


def _verb_first(words: list[tuple[str, str]]) -> str:
    """The side with its closing verb put before its object (老旧电梯更新 → 更新老旧电梯)."""
    (verb, flag), rest = words[-1], "".join(w for w, _ in words[:-1])
    before = words[-2][1]
    if len(verb) == 2 and flag.startswith(_VERB) and before.startswith(_NOUN) and len(rest) >= 2:
        return verb + rest
    return ""


def fronted_deeds(text: str, start: int, end: int, a: str, b: str, tagged: Tagger) -> str | None:
    """``text`` with the sides ``a`` or ``b`` of a fronted disjunction (``start``–``end``) as a
    list of examples, or None when the pair is no clause of its own before the question, a
    side names no thing or neither a deed (two names are ``alternatives._names_either``'s)."""
    if start and text[start - 1] not in _OPEN:
        return None
    if end >= len(text) or text[end] not in "，," or _WHICH.search(text[:start]):
        return None
    if not _WHICH.search(text, end) or min(len(a), len(b)) < 4 or max(len(a), len(b)) > 12:
        return None
    sides = [_thing(a, tagged), _thing(b, tagged)]
    if sides[0] is None or sides[1] is None or not (_deed(sides[0]) or _deed(sides[1])):
        return None
    items = [a, *(v for v in [_verb_first(sides[0])] if v), b]
    items += [v for v in [_verb_first(sides[1])] if v]
    return f"{text[:start]}{'、'.join(dict.fromkeys(items))}这类{text[end:]}"
