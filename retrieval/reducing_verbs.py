"""减 and 降: the two verbs of reducing, written one for the other in a verb–object word.

Government writing names a cut by a one-character verb of reducing and a one-character
object: 减税, 降费, 减负, 降本, 减租, 降息. 减 and 降 both mean "cut" there, and the same cut is
written with either (降费 and 减费, 减负 and 降负, 降本 and 减本); the policy pairs built of two
such words are copied the same way — 「减税降费」 is also written 「减税减费」「降税减费」, and a
report listing 「减税减费减租减息减支」 writes the cut a user asks as 减税降费.

So a word of two characters opening with one of them, or of four built of two such halves,
is spelled with each verb in each half. The object morpheme is never changed (减税 is no
降费), so the swap names the same cut or a word no report writes; a verb of reducing with a
longer object (减少, 降低 are words of their own) is left as it is.
"""

from __future__ import annotations

import itertools

__all__ = ["reducing_spellings"]

_REDUCE = ("减", "降")
# verb morphemes that are no object: 减少, 降低, 降落 are words of their own, not a cut of a thing
_NOT_OBJECT = frozenset("少低落下至到去")


def _half(pair: str) -> tuple[str, ...]:
    """The spellings of one verb–object half, or () when it is no such half."""
    if len(pair) != 2 or pair[0] not in _REDUCE or pair[1] in _NOT_OBJECT:
        return ()
    return tuple(v + pair[1] for v in _REDUCE)


def reducing_spellings(word: str) -> tuple[str, ...]:
    """The other spellings of a cut: 降费 → 减费; 减税降费 → 减税减费, 降税降费, 降税减费."""
    if len(word) == 2:
        return tuple(s for s in _half(word) if s != word)
    if len(word) == 4:
        first, second = _half(word[:2]), _half(word[2:])
        if first and second:
            return tuple(a + b for a, b in itertools.product(first, second) if a + b != word)
    return ()
