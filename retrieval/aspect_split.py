"""An everyday verb–object phrase said with 了 or 过 inside it: 「输了官司」 is 输官司.

People say a deed of the past with an aspect particle after its verb, and a one-character
verb with its object (输官司, 打官司, 吃官司) takes it inside the phrase: 「有输了官司的吗」
「打过官司没有」. ``register.txt`` lists the phrase bare, and its lookup by the question's
characters (``register``) found no 输官司 in 输了官司, so 官司 was left a need no report
writes while 输了 alone was read. A key of three or more characters is also found with 了 or
过 straight after its first character, and stands for the key. Only that place: a particle
elsewhere (「打官了司」) says nothing, and two-character keys (输了 itself) are left alone.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["aspect_spellings"]

_ASPECT = ("了", "过")


def aspect_spellings(text: str, keys: Iterable[str]) -> dict[str, str]:
    """{spelling in ``text``: key} for each key of three or more characters the text writes
    with 了 or 过 after its first character (「输了官司」: 输官司)."""
    if "了" not in text and "过" not in text:
        return {}
    out = {}
    for key in keys:
        if len(key) < 3 or key[1] in _ASPECT:
            continue
        for p in _ASPECT:
            spelled = key[0] + p + key[1:]
            if spelled in text:
                out[spelled] = key
    return out
