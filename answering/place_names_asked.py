"""The names of places asked (「对口的那四个县分别叫啥」): given only by a place's own name.

A question asking what some counties or towns are called is answered by a sentence that
names them — 「广西西林县」「百色市凌云县」. Reports also speak of such places as a set by a
numeral and the level (对口“四县”, 帮扶三个县), which counts them and names none; a quoted label
beside them (“对口帮扶示范区”) is the name of something else. So when the word before the
asking word is a level of place (县, 区, 市, 镇, 乡, 旗), a sentence gives the names only when
it holds a name the division list knows at that level; else the report does not name them
and the answer says so (``answering.no_name``). Villages are left out: the division list
holds none.

Reports also name partner counties by their short names in a list (「扶贫协作靖西和那坡」
「对口帮扶凌云、乐业」). A short name alone is too often a common word (合作, 资源, 通道), but
two short county names joined by 、/和/及/与 are, in practice, places named: such a list
gives the names when a county-level name is asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.gazetteer import Gazetteer, gazetteer

_LEVEL = frozenset("县区旗市镇乡")  # levels of place the division list names
_BARE_BEFORE = frozenset("个的些几那这该各两三四五六七八九十")
_COUNTY_LEVEL = frozenset("县区旗市")
_JOIN = re.compile(r"[、和及与]")


def place_level_asked(thing: tuple[str, ...]) -> str:
    """The level character the name is asked of (the last spelling of ``named_thing``: 县 of
    「那四个县叫啥」), or "" when it names no level of place."""
    if len(thing) < 2 or thing[-1] not in _LEVEL:
        return ""
    # the level word alone, after a count, a demonstrative or 的 (那四个县, 哪个县, 对口的县);
    # a compound ending so (示范区, 开发区, 特色小镇) names a thing with a name of its own
    return thing[-1] if thing[-2][0] in _BARE_BEFORE else ""


def names_place(text: str, level: str, places: Callable[[], Gazetteer] = gazetteer) -> bool:
    """Does ``text`` hold a place name the division list knows, ending in ``level``?"""
    gaz = places()
    for m in re.finditer(re.escape(level), text):
        for start in range(max(0, m.start() - 5), m.start() - 1):
            name = text[start : m.end()]
            if name in gaz.counties or name in gaz.towns or name in gaz.cities:
                return True
    return level in _COUNTY_LEVEL and _short_list(text, gaz.short_names("区县"))


def _short_list(text: str, shorts: frozenset[str]) -> bool:
    """Two short county names joined by a list mark (靖西和那坡, 凌云、乐业)?"""
    for m in _JOIN.finditer(text):
        left, right = text[max(0, m.start() - 4) : m.start()], text[m.end() : m.end() + 4]
        if any(left[-k:] in shorts for k in (2, 3, 4)) and any(
            right[:k] in shorts for k in (2, 3, 4)
        ):
            return True
    return False
