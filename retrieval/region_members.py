"""A province named as the topic is met by the places inside it: 广西 by 隆林县 or 靖西.

A report names the places it works with by their own names — the counties it is paired with
(「对口帮扶的西林县、隆林县」), the prefecture a project lies in (「河池市东兰县」) — and seldom
adds the province they lie in, which every reader of the genre knows (「靖西、那坡退出贫困县
序列」). A user asks by the province (「跟广西搞对口帮扶的有哪些区」), and a report naming only
its member places read as silent on it. So a province said as part of the topic (not as the
scope of the reports, which ``answering.region_scope`` reads) is also met by the names of its
prefecture cities and counties, read from the division list (``ingest.gazetteer.counties``),
never from a hand list.

Only names that say that one place are taken:

- a city's or county's full name (河池市, 西林县, 靖西市) listed once in the whole country —
  a name two counties share (南山区, 城中区) names neither for sure — and only where the tagger
  reads it as words of its own in some sentence: 海城市 of 滨海城市, 和县 of 领导和县委, 高县
  of 提高县域 and 云县 of 凌云县 are the characters of other words;
- never a city district (…区): districts are the parts of a city, named by common words
  (江南, 港口, 城中, 海城), and a report of a city district names its own district, not a
  place elsewhere;
- a name without its kind (靖西 for 靖西市, 西林 for 西林县) only when no other city or county
  is called so and the tagger reads it whole as a place name (ns): 和平 of 和平县 and 紫金 of
  紫金县 are words first, 大新 of 大新县 is the characters of 扩大新兴 and no word at all;
- and such a bare name only where the library writes it in the company that makes it that
  county: a sibling of the same province or the province itself within a few characters
  (「靖西、那坡退出贫困县序列」「广西凌云、乐业」). Two characters read alone are as often a word
  or a local place (商城 of 招商自贸商城, 兴国 of 科教兴国, 南城 of 华南城, 湖口 of 罗湖口岸,
  通山 of 通山达水, 罗山 a project site in 深圳) — read by the characters, such a name found a
  province in any report. A full name is read so too: the tagger knows 海城市 and 应城市 as
  words, and cuts 深圳山海城市 and 顺应城市 at them, so even a full name read whole is a place of
  that province only in its company (「对口帮扶的西林县、隆林县」「广西河池市东兰县」);
- and only the names some report of the library writes, so the question's search grows by
  the few the library has, not by the province's hundred.

A place the library's reports come from (their unit or the county above it: 蒙城县 of 许疃镇's
report, 深圳市 of every 深圳 district's) is never a member: each such report names its own home in
its title and every other page, which says nothing of its province as a topic — 「提到了安徽省的
经验」 is not met by a report heading 「蒙城县许疃镇」.

The members meet the concept but leave its weight as the province's own name gives it
(``Concept.members``): a county named tells no more of the topic than its province named, and a
concept met in more reports through them must not weigh less than the user's word did.

Cities and counties are never widened so (a city's districts are its own report's names); a
province that is the home of the library's reports is read the same way, so a report naming
its own county in a sentence about the province's topic meets it as its text says.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from retrieval.analysis import Analysis

log = logging.getLogger(__name__)

Tagger = Callable[[str], list[tuple[str, str]]]

_KIND = re.compile(r"(?:地区|盟|州|县|市|旗)$")
_NEAR = 8  # characters on each side of a bare county name where its company is read
_READ = 200  # chunks read for a bare name: where it is written, the first suffice


@functools.lru_cache(maxsize=2)
def _full_names(gaz: Any) -> frozenset[str]:
    """The cities' and counties' names with their kind (西林县, 百色市): they say the place."""
    return frozenset(n for kind in (gaz.cities, gaz.counties) for n in kind)


@functools.lru_cache(maxsize=2)
def _members(gaz: Any, tagged: Tagger) -> dict[str, tuple[str, ...]]:
    """Province (full name and short name) → the names of its cities and counties that say
    that one place (module docstring)."""
    where: dict[str, set[str]] = {}
    for kind in (gaz.cities, gaz.counties):
        for name, places in kind.items():
            where.setdefault(name, set()).update(p.province for p in places)
    once = {n: next(iter(ps)) for n, ps in where.items() if len(ps) == 1}
    for kind in (gaz.cities, gaz.counties):
        for name, places in kind.items():
            if len(places) > 1:
                once.pop(name, None)  # two counties of one province share it: neither for sure
    shorts = Counter(_short(n) for n in where)
    provinces = {short(p) for p in gaz.provinces}
    out: dict[str, list[str]] = {}
    for name, province in once.items():
        if name.endswith("区"):
            continue
        said = [name]
        s = _short(name)
        if (
            len(s) >= 2
            and "自治" not in name
            and shorts[s] == 1
            and s not in provinces
            and _place_word(s, tagged)
        ):
            said.append(s)
        for key in (province, short(province)):
            out.setdefault(key, []).extend(said)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def _place_word(s: str, tagged: Tagger) -> bool:
    """The tagger reads ``s`` as one word, a place name."""
    tags = tagged(s)
    return len(tags) == 1 and tags[0][1] == "ns"


# a province spoken of without its kind (广西 of 广西壮族自治区, 湖南 of 湖南省); the same reading
# as ``ingest.gazetteer.short``, which this floor may not import (ingest and retrieval stand apart)
_PROVINCE_KIND = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市")


def short(name: str) -> str:
    """湖南省 → 湖南, 广西壮族自治区 → 广西."""
    for suf in _PROVINCE_KIND:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            return name[: -len(suf)]
    return name


def _short(name: str) -> str:
    """西林县 → 西林, 河池市 → 河池: how running text names a place without its kind."""
    return _KIND.sub("", name)


class RegionMembers:
    """The member places the library writes, per province asked and index version."""

    def __init__(
        self,
        spelled: Callable[[str], bool],
        tagged: Tagger,
        places: Callable[[], Any] | None = None,
        rows_with: Callable[[list[str]], Any] | None = None,
        text: Callable[[int], str] | None = None,
        homes: Callable[[], set[str]] | None = None,
    ) -> None:
        self._spelled = spelled
        self._tagged = tagged
        self._places = places
        self._rows_with = rows_with
        self._text = text
        self._homes = homes
        self._cache: dict[tuple[str, str], tuple[str, ...]] = {}

    def read(self, analysis: Analysis, version: str) -> Analysis:
        """``analysis`` with each province said in a concept also met by its member places
        the library writes. Without a division list (``places``, given by the composition
        root from ``ingest.gazetteer.counties``) nothing is widened."""
        if self._places is None:
            return analysis
        concepts, added = list(analysis.concepts), []
        members = None
        for i, c in enumerate(concepts):
            fresh: list[str] = []
            for alt in c.alternatives:
                if members is None:
                    gaz = self._places()
                    if not gaz.counties:
                        return analysis
                    members = _members(gaz, self._tagged)
                if alt in members:
                    fresh += [s for s in self.written(alt, members[alt], version) if s not in fresh]
            fresh = [s for s in fresh if s not in c.alternatives]
            if fresh:
                log.debug("province %s met by %s", c.term, fresh)
                concepts[i] = replace(
                    c, alternatives=(*c.alternatives, *fresh), members=(*c.members, *fresh)
                )
                added.extend(fresh)
        return analysis.widened(concepts, added)

    def written(self, province: str, names: tuple[str, ...], version: str) -> tuple[str, ...]:
        key = (province, version)
        if key not in self._cache:
            if len(self._cache) > 64:
                self._cache.clear()
            full = _full_names(self._places()) if self._places else frozenset()
            # the company a bare name is read in: the province, its places and their bare names
            # (凌云 of 凌云县 stays company even where it is no member of its own)
            company = (province, short(province), *names, *(_short(n) for n in names if n in full))
            homes = set(self._homes()) if self._homes else set()
            homes |= {_short(h) for h in homes}
            self._cache[key] = tuple(
                n
                for n in names
                if n not in homes
                and self._accompanied(n, company)
                and (n not in full or self._whole(n))
            )
        return self._cache[key]

    def _whole(self, name: str) -> bool:
        """Does some report write the full ``name`` as words of its own? Read by characters a
        full name is also the tail or head of other words: 海城市 of 滨海城市, 和县 of 领导和县委,
        高县 of 提高县域, 云县 of 凌云县 — the tagger cuts the sentence around it, and a name
        begun or ended inside a word of the sentence is no place there."""
        if self._rows_with is None or self._text is None:
            return self._spelled(name)
        for text in self._near(name):
            at, ends = 0, set()
            for word, _ in self._tagged(text):
                ends.add(at)
                at += len(word)
            ends.add(at)
            for m in re.finditer(re.escape(name), text):
                if m.start() in ends and m.end() in ends:
                    return True
        return False

    def _near(self, name: str):
        """The stretches of the library's text around each place ``name`` is written."""
        assert self._rows_with is not None and self._text is not None
        for r in self._rows_with([name]).tolist()[:_READ]:
            text = self._text(r)
            for m in re.finditer(re.escape(name), text):
                yield text[max(0, m.start() - _NEAR) : m.end() + _NEAR]

    def _accompanied(self, name: str, company: tuple[str, ...]) -> bool:
        """Does some report write ``name`` next to a sibling or its province (module docstring)?
        Without the library's text (``rows_with``, ``text``) no name is taken."""
        if self._rows_with is None or self._text is None:
            return False
        others = [
            o for o in company if len(o) > 1 and name not in o and o not in name
        ]  # 成 of 成县
        for r in self._rows_with([name]).tolist()[:_READ]:
            text = self._text(r)
            for m in re.finditer(re.escape(name), text):
                near = (
                    text[max(0, m.start() - _NEAR) : m.start()]
                    + "|"
                    + text[m.end() : m.end() + _NEAR]
                )
                if any(o in near for o in others):
                    return True
        return False
