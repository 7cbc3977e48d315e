"""A unit's short name inside a longer common word is no mention of the unit.

A question names a unit by its short form as often as by its full name (「新驿的报告」 for
新驿镇), so the analyzer looks for both. But a short form is often also the start of a
common word of another meaning: 新华社 (a news agency) starts with the 新华 of 新华乡,
中山大学 with the 中山 of 中山镇, 大江南北 with the 大江 of 大江镇. Taken for the unit, such
a word scopes the whole question to one report the asker never named — an answer about
the wrong unit. A dictionary word that starts where the short form starts, runs past it,
and is not the start of the unit's own full name (新华乡, 中山镇的) is that other word.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterable

from reportqa.units import short_name
from retrieval.campaign_names import in_campaign_title
from retrieval.homophones import same_sound

log = logging.getLogger(__name__)
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")

_LONGEST = 4  # characters past the short form a common word reaches (新华|书店, 大江|南北)


def in_longer_word(q: str, pos: int, form: str, name: str, is_word: Callable[[str], bool]) -> bool:
    """Whether the short form ``form`` of ``name`` found at ``pos`` of ``q`` is only the
    start of a longer dictionary word that is not ``name`` itself, or the place of a drive's
    title (法治|宁波建设: ``retrieval.campaign_names``)."""
    if in_campaign_title(q, pos):
        return True
    end = pos + len(form)
    for extra in range(1, _LONGEST + 1):
        if end + extra > len(q):
            break
        word = q[pos : end + extra]
        if name.startswith(word):
            return False  # the full name (or its start) as typed
        if is_word(word):
            return True
    return False


# a unit named after a landmark — a city gate or a station — and its side (广安门|内, 崇文门|外,
# 浑河站|西) is called by the landmark's first character and the side: 广内, 崇外. Only such a
# landmark: in 艾尔木东乡 or 大朝山东镇 the direction is part of the name, no side of anything
_SIDES = "内外东西南北"
_LANDMARKS = "门站"
_REACH = 3  # characters before a form that a word it would be the end of reaches (推|广内容)


def contracted(name: str) -> str | None:
    """The contracted name of a unit whose name (less its kind) is a three-character
    landmark and a side: 广安门内街道 → 广内; else None."""
    core = short_name(name)
    if len(core) == 4 and core != name and core[2] in _LANDMARKS and core[-1] in _SIDES:
        return core[0] + core[-1]
    return None


@functools.lru_cache(maxsize=8)
def _contracted_forms(names: frozenset[str]) -> dict[str, str]:
    """Each contracted form that names one unit of ``names`` only and is no other unit's
    name or short name (two units sharing 广内 are named by neither)."""
    owners: dict[str, set[str]] = {}
    for n in names:
        form = contracted(n)
        if form:
            owners.setdefault(form, set()).add(n)
    taken = {f for n in names for f in (n, short_name(n))}
    return {f: next(iter(o)) for f, o in owners.items() if len(o) == 1 and f not in taken}


def spelled_in_full(q: str, names: frozenset[str], is_word: Callable[[str], bool]) -> str:
    """The question with each unit named by its contracted form (「广内那边」) named in full,
    when the form is no dictionary word (a common word names no unit), does not begin a
    longer word, and does not end one that starts before it (推广内容: 推广 is the word)."""
    forms = _contracted_forms(names)
    if not forms:
        return q
    out, i = [], 0
    while i < len(q):
        name = forms.get(q[i : i + 2])
        if name and not _inside_word(q, i, q[i : i + 2], name, is_word):
            out.append(name)
            kind = name[len(short_name(name)) :]  # 「广内街道」: the kind said after it too
            i += 2 + (len(kind) if q.startswith(kind, i + 2) else 0)
            continue
        out.append(q[i])
        i += 1
    return "".join(out)


def _inside_word(q: str, pos: int, form: str, name: str, is_word: Callable[[str], bool]) -> bool:
    if is_word(form) or in_longer_word(q, pos, form, name, is_word):
        return True
    return any(
        is_word(q[pos - k : pos + j]) for k in range(1, min(_REACH, pos) + 1) for j in (1, 2)
    )


def is_contracted_name(name: str, names: frozenset[str]) -> bool:
    """Whether ``name`` (「望外街道」, as a question writes a place) is one unit's contracted
    name with its kind: a known unit, not a place missing from the library."""
    form = short_name(name)
    unit = _contracted_forms(names).get(form)
    return unit is not None and unit.endswith(name[len(form) :])


# a special economic zone bears its city's name (深圳经济特区, 厦门特区), and users name the city
# by it: 「深圳特区那份报告」 is 深圳市's report, and 特区 no topic of it. The zone is a topic of
# its own where the question speaks of the zone as such — its founding and anniversaries
# (「特区建立之初」「经济特区建立40周年」), its area inside or outside the old line (特区内/外),
# its own laws (特区立法) — and any report of the city's districts may tell that: no rewrite then
_ZONE = re.compile(r"(?:经济)?特区")
_ZONE_TOPIC = re.compile(
    r"(?:建立|成立|设立|创办|创建|之初|初期|[内外]|一体化|立法|法规|[0-9一二三四五六七八九十]+\s*周年)"
)


def zone_named(q: str, names: frozenset[str]) -> str:
    """``q`` with 「X特区」「X经济特区」 spelled as the city X's full name (深圳特区 → 深圳市),
    for a city unit of the library."""
    if "特区" not in q:
        return q
    for name in names:
        if not name.endswith("市"):
            continue
        short = short_name(name)
        if not short or short == name:
            continue
        pattern = re.escape(short) + _ZONE.pattern + rf"(?!{_ZONE_TOPIC.pattern})"
        q = re.sub(pattern, name, q)
    return q


# a unit's kind of two characters (街道, 新区) is typed by sound as often as any word (蒲圻街到
# for 蒲圻街道: the input method offered the wrong pair); a one-character kind is not read so,
# since its homophones begin too many words of their own (荣成|是否, 溧阳|现在, 四都|相关)
_KIND_SIZE = 2


def kind_by_sound(q: str, names: Iterable[str], is_word: Callable[[str], bool]) -> str:
    """``q`` with a unit's short name followed by a same-sound spelling of its own kind
    (蒲圻街到) spelled as the unit's name (蒲圻街道). The typed pair must be no dictionary
    word (蒲圻接到通知: 接到 is meant) and begin none, and short name and pair no other unit."""
    if not _HAN_ONLY.search(q):
        return q
    known = set(names)
    for name in known:
        short = short_name(name)
        kind = name[len(short) :]
        if short == name or len(kind) != _KIND_SIZE or short not in q:
            continue
        pos = q.find(short)
        while pos >= 0:
            at = pos + len(short)
            typed = q[at : at + _KIND_SIZE]
            if (
                typed != kind
                and _HAN_ONLY.fullmatch(typed)
                and short + typed not in known
                and not any(is_word(q[at : at + k]) for k in range(_KIND_SIZE, _KIND_SIZE + 3))
                and same_sound(typed, kind)
            ):
                log.debug("unit kind by sound %s%s → %s", short, typed, name)
                q = q[:at] + kind + q[at + _KIND_SIZE :]
            pos = q.find(short, at)
    return q


# a stem of three characters or more: two-character stems have same-sound stems that are other
# real places too often (城关, 城官), a longer one so spelled is a slip of the input method
_STEM_SHORTEST = 3
_KINDS = ("街道", "苏木", "新区", "镇", "乡", "县", "区", "市", "旗", "州", "盟")


@functools.lru_cache(maxsize=4)
def _by_one_blank(names: frozenset[str]) -> dict[tuple[str, str], frozenset[str]]:
    """(kind, stem with one character blanked) → the unit names so spelled: a typed stem is
    looked up by its own blanked forms, so a question costs its length, not the library's
    size (10 000 units at bench scale)."""
    index: dict[tuple[str, str], set[str]] = {}
    for name in names:
        kind = next((k for k in _KINDS if name.endswith(k)), "")
        stem = name[: len(name) - len(kind)]
        if kind and len(stem) >= _STEM_SHORTEST and _HAN_ONLY.fullmatch(name):
            for i in range(len(stem)):
                index.setdefault((kind, stem[:i] + "_" + stem[i + 1 :]), set()).add(name)
    return {key: frozenset(found) for key, found in index.items()}


def stem_by_sound(
    q: str,
    names: frozenset[str],
    is_word: Callable[[str], bool],
    is_place: Callable[[str], bool] = lambda _n: False,
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """``q`` with a unit's name typed with one character of its stem swapped for a homophone
    (青成山镇 for 青城山镇, 准葛尔旗 for 准格尔旗) spelled as the library's unit, and the
    (typed, meant) pairs. Users type names by pinyin, and a slip makes a name no report has: the
    question is then refused (「库中没有青成山镇的报告」) or searched for a topic 准葛尔旗. The
    typed name must end in the unit's own kind, differ in one character of a stem of three or
    more, read alike (tones too, read as a phrase), be no dictionary word nor a unit or place of
    its own (``is_place``: the division list), and be the slip of exactly one unit."""
    if not _HAN_ONLY.search(q):
        return q, ()
    index = _by_one_blank(frozenset(names))
    lengths = {len(key[1]) for key in index}
    found: dict[tuple[int, int], set[str]] = {}
    for kind in _KINDS:
        at = q.find(kind)
        while at >= 0:
            for size in lengths:
                typed = q[at - size : at] if at >= size else ""
                if not typed or not _HAN_ONLY.fullmatch(typed) or typed + kind in names:
                    continue
                for i in range(size):
                    for name in index.get((kind, typed[:i] + "_" + typed[i + 1 :]), ()):
                        stem = name[: len(name) - len(kind)]
                        slip = stem != typed and same_sound(typed, stem) and not is_word(typed)
                        if slip and not is_place(typed + kind):
                            found.setdefault((at - size, at + len(kind)), set()).add(name)
            at = q.find(kind, at + 1)
    pairs = []
    for (s, e), meant in sorted(found.items(), reverse=True):
        if len(meant) == 1:
            name = meant.pop()
            pairs.append((q[s:e], name))
            log.debug("unit name by sound %s → %s", q[s:e], name)
            q = q[:s] + name + q[e:]
    return q, tuple(reversed(pairs))
