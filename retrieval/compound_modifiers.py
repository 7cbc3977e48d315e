"""A compound with a generic head is a field, met by its modifier before any head.

Users name a field of work by its modifier and a head that says only "work in it": 托育服务,
心理服务, 禁毒工作. The modifier is what sets the field apart; the head (服务, 工作, 建设) is
written all over a report and adds nothing to it. A report writes the field with heads of its own — 「探索分层托育模式」「新建社区托育点」
「心理疏导和救助帮扶」 — and reads as silent on the compound while it speaks of the field. So for a
question's compound whose head is generic in the library and whose modifier is rare there, the
library's own spellings of the modifier *in modifier position* count for it: the modifier
starting a word and followed by a head of its own (托育|模式, 心理|疏导). Only for a
which-question: 「哪些区在推托育服务」 asks who works in the field, while 「常务会议学法几次」 asks
a count of the thing named (常务会议 is no field of 常务副组长).

In head position the same word names something else: 「边缘化心理较重」「侥幸心理，」 are a
mentality, no psychological service — the modifier there ends its phrase or is followed by an
adverb or a particle, and is not taken. Nor is the modifier as the tail of another word
(核心|理念 holds 心理 as characters only). A modifier of four characters or more is a
thing's name of its own, and what follows it is what the thing does (常务会议|学法). Only a head that says "work in the field"
is read so: any other head names one thing of the field, and the modifier's other heads are
other things — 校园|安全 is no 校园足球, 消防|安全 no 消防站, 国有|企业 no 国有资产, 心理|健康
no 心理疏导, and a specific head (垃圾|分类) names a practice. Such a compound keeps its own
spelling. So do
a compound whose modifier the library writes everywhere (法治 in a library of legal reports:
法治宣传 is no 法治政府), a compound that holds most of the library's mentions of its modifier
(海绵城市: the programme's name, 海绵 seldom written otherwise), a name the user quotes
(「“海绵城市”」 asks that name as written), and a synonym the reading added (法制服务 for
公共法律服务: 法制 is rare only as the old spelling of the common 法治) — only the user's own
compound is a field asked, and only whole (履职事项 of 「履职事项清单」 is no compound asked).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from reportqa.answer import Kind
from retrieval.analysis import Analysis

log = logging.getLogger(__name__)

_HAN = re.compile(r"[\u4e00-\u9fff]+")
# heads that say only "work in the field" (托育服务, 禁毒工作, 平安建设): no thing of their own
_FIELD_HEADS = frozenset({"服务", "工作", "建设"})
_RARE = 0.05  # the modifier is written in at most this share of the chunks in the library
_GENERIC = 0.05  # the head is written in at least this share of the chunks …
_HEAD_OVER = 3  # … and in this many times the modifier's chunks
# what follows a modifier that is no head of its own: adverbs and bound characters (较重),
# conjunctions, particles, prepositions, pronouns, locatives, measures, interjections
_NO_HEAD = re.compile(r"^(?:d\w*|zg|c|u\w*|p|r\w*|f|q\w*|y|e|x|o|k|h|eng|a\w*)$")
_BEFORE = 4  # characters read before and after a mention to see where its words end
_AFTER = 4
_NAMED = 2  # the compound is the modifier's name when it holds over 1/_NAMED of its chunks
_MOD_CHARS = 3  # a field is named by a short modifier (托育, 心理, 婴幼儿), not a body's name
_KEPT = 8  # spellings kept, the most written first
_READ = 2000  # chunks read: the spelling is a fact of the language, the first suffice

Tagger = Callable[[str], list[tuple[str, str]]]


class CompoundModifiers:
    """The library's spellings of a field's modifier before its own heads, per index version."""

    def __init__(
        self,
        rows_with: Callable[[Sequence[str]], np.ndarray],
        text: Callable[[int], str],
        tagged: Tagger,
        total: Callable[[], int],
    ) -> None:
        self._rows_with = rows_with
        self._text = text
        self._tagged = tagged
        self._total = total  # chunks in the library
        self._cache: dict[tuple[str, str], tuple[str, ...]] = {}

    def read(self, analysis: Analysis, version: str) -> Analysis:
        """``analysis`` with each compound of a generic head given the library's spellings of
        its modifier in modifier position (module docstring). Only a which-question asks for
        the units that work in a field; a fact or a comparison asks the thing it names."""
        if analysis.kind != Kind.WHICH:
            return analysis
        analysis = self._joined(analysis, version)
        concepts, added = list(analysis.concepts), []
        for i, c in enumerate(concepts):
            if c.term in analysis.quoted:
                continue  # 「“海绵城市”」: a name the user quotes is asked as written
            fresh: list[str] = []
            asked = [a for a in c.alternatives if a in analysis.question]
            for alt in c.alternatives:
                if alt not in asked or any(alt in a for a in asked if a != alt):
                    continue  # 法制服务, a synonym's spelling; 履职事项 inside 履职事项清单
                mod = self.field_modifier(alt)
                if mod:
                    spelled = self.written(mod, version)
                    fresh += [s for s in spelled if s not in c.alternatives and s not in fresh]
            if fresh:
                log.debug("field %s also spelled %s", c.term, fresh)
                concepts[i] = replace(c, alternatives=(*c.alternatives, *fresh))
                added.extend(fresh)
        return analysis.widened(concepts, added)

    def _joined(self, analysis: Analysis, version: str) -> Analysis:
        """The question's field read as two concepts side by side (托育 | 服务, where no report
        writes 托育服务 as one word) made one again: the generic head is no need of its own
        — a report writing 「分层托育模式」 has no 服务 to show — and the field is met by the
        whole or by the library's spellings of the modifier."""
        concepts = list(analysis.concepts)
        for i in range(len(concepts) - 1, 0, -1):
            mod, head = concepts[i - 1], concepts[i]
            whole = mod.term + head.term
            if not (mod.required and head.required and whole in analysis.question):
                continue
            if whole in analysis.quoted or mod.term in analysis.quoted:
                continue
            if self.field_modifier(whole) != mod.term:
                continue
            spelled = [s for s in self.written(mod.term, version) if s != whole]
            if spelled:
                concepts[i - 1 : i + 1] = [replace(mod, term=whole, alternatives=(whole, *spelled))]
        if len(concepts) == len(analysis.concepts):
            return analysis
        added = [a for c in concepts for a in c.alternatives]
        terms = tuple(dict.fromkeys((*analysis.search_terms, *added)))
        return replace(analysis, concepts=tuple(concepts), search_terms=terms)

    def field_modifier(self, compound: str) -> str:
        """The modifier of ``compound`` when its head is generic and the modifier rare in the
        library (托育|服务 → 托育), else ""."""
        if not (4 <= len(compound) <= 6 and _HAN.fullmatch(compound)):
            return ""
        words = self._tagged(compound)
        head = words[-1][0] if words else ""
        if head == compound:  # one word to the tokenizer (心理服务 once a report writes it)
            cuts = (k for k in range(2, len(compound) - 1) if len(self._tagged(compound[k:])) == 1)
            head = compound[next(cuts, len(compound)) :]
        mod = compound[: -len(head)] if head else ""
        if head not in _FIELD_HEADS or not 2 <= len(mod) <= _MOD_CHARS:
            return ""  # 校园|安全: a thing of the field; 常务会议|学法: a body and what it does
        total = max(1, self._total())
        mod_rows = self._rows_with([mod]).size
        head_rows = self._rows_with([head]).size
        if not 0 < mod_rows <= _RARE * total:
            return ""
        if head_rows < max(_HEAD_OVER * mod_rows, _GENERIC * total):
            return ""  # 垃圾|分类: a specific head names a practice, not a field
        if self._rows_with([compound]).size * _NAMED > mod_rows:
            return ""  # 海绵城市: the modifier is written mostly in this compound — its name
        return mod

    def written(self, mod: str, version: str) -> tuple[str, ...]:
        """What the library writes as ``mod`` starting a word and followed by a head of its
        own (托育模式, 心理疏导), the most written first."""
        key = (mod, version)
        if key not in self._cache:
            if len(self._cache) > 256:
                self._cache.clear()
            counts: dict[str, int] = {}
            for r in self._rows_with([mod]).tolist()[:_READ]:
                text = self._text(r)
                at = text.find(mod)
                while at >= 0:
                    found = self._before_head(text, at, mod)
                    if found:
                        counts[found] = counts.get(found, 0) + 1
                    at = text.find(mod, at + 1)
            ranked = sorted(counts, key=lambda f: (-counts[f], f))
            self._cache[key] = tuple(ranked[:_KEPT])
        return self._cache[key]

    def _before_head(self, text: str, at: int, mod: str) -> str:
        """``mod`` + the word after it, when ``mod`` at ``at`` starts a word, ends one, and a
        head follows (not an adverb, particle or punctuation); "" otherwise."""
        end = at + len(mod)
        if end >= len(text) or not _HAN.match(text[end]):
            return ""  # 「侥幸心理，」: the phrase ends on it — a head
        lo = max(0, at - _BEFORE)
        window = text[lo : end + _AFTER]
        pos, bounds, nxt = lo, set(), None
        for word, tag in self._tagged(window):  # punctuation is no word: find each in turn
            found = window.find(word, pos - lo)
            if found < 0:
                return ""
            pos = lo + found
            bounds.add(pos)
            if pos == end or (pos == at and len(word) > len(mod)):
                nxt = (word, tag)
            pos += len(word)
        if nxt and nxt[0].startswith(mod) and len(nxt[0]) > len(mod) >= 2:
            return nxt[0]  # 心理疏导, 托育服务: one word of the library's, the modifier first
        if at not in bounds or nxt is None or not _HAN.fullmatch(nxt[0]):
            return ""  # 核心|理念: the characters of another word
        if _NO_HEAD.match(nxt[1]):
            return ""  # 「边缘化心理较重」: an adverb follows, 心理 is the head
        return mod + nxt[0]
