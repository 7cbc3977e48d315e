"""An event's name drops the 比 of 比赛: 帆船比赛 is 帆船赛 in a report.

A contest is named by what is contested and 赛: 帆船赛, 龙舟赛, 马拉松赛, 足球联赛 — 比赛 in
full is the everyday word, 赛 closing the name the written one; and the 赛 may close a longer
name built on the same modifier (帆船邀请赛, 帆船对抗巡回赛). Other heads do not shorten
safely: the last character of 公园, 协会 or 企业 closes other kinds of thing (科技园 is no
科技公园, 旅游业 no 旅游企业, …委员会 no 协会), so only the head 比赛 is read this way
(``_EVENT_HEADS``) — and 工作站, whose 站 closes only names of service points (judge70).

A user says the head in full, so the question asks 帆船 and 比赛 while the report writes
neither 比赛 nor any of its synonyms — and a report holding the event reads as not
mentioning it. So where the question says a modifier and 比赛 side by side (帆船|比赛) and
no report writes the compound, the library is read for what it writes instead: the modifier,
at most a few characters, then 赛 closing a word
(``written_short``). Those spellings count for the head (each holds the modifier too, so the
sentence still names both). Only what reports write is taken — the question's own wording is
never assumed to shorten. The short spellings are read even when some report writes the
compound whole: each report spells its events its own way (one writes 象棋比赛, another
全国象棋对抗赛), and one report's spelling rules out nobody else's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from retrieval.analysis import Analysis
from retrieval.vocabulary import GENERIC_HEADS

# the everyday head of a kind → the character its written names end in. A service point is
# named by what it serves and 工作站 in full or 站 short (公共法律服务工作站 = 公共法律服务站,
# 退役军人服务站): 站 ending a word of three or more (服务站, 联络站) is the same kind, a
# two-character word ending in 站 (网站, 车站, 驿站) another thing, kept out by ``_closes_word``
_EVENT_HEADS = {"比赛": "赛", "工作站": "站"}
FULL_HEADS = _EVENT_HEADS  # read by ``bracket_roles``: 「服务站（工作站）」 names the full head
# a service point is named by its whole service (公共法律服务站, 政务服务站): the words the
# question glues before 工作站 are read as one modifier, never its last word alone (服务站 of
# 政务|服务 names any service's station)
_WHOLE_SERVICE = frozenset({"工作站"})
_HAN_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}")
# characters of a longer name between the modifier and the kind (邀请, 对抗巡回). A service
# point's short spelling glues 站 to its whole service (公共法律服务站): a word between names
# another kind of point (人大代表联络站 is no 人大代表工作站, review70)
_BETWEEN = {"赛": 4, "站": 0}
_KEPT = 6  # spellings kept, the most written first
_READ = 2000  # chunks read: the spelling is a fact of the language, the first suffice


def _served(concepts: Sequence, i: int, q: str) -> str:
    """The concepts right before ``concepts[i]`` that ``q`` writes glued to it, as one run."""
    run = ""
    for c in reversed(concepts[:i]):
        # a deed before the service (建设 of 建设公共法律服务工作站) is what is done to it
        if c.term + run + concepts[i].term not in q or not c.required or c.term in GENERIC_HEADS:
            break
        run = c.term + run
    return run or concepts[i - 1].term


class CompoundHeads:
    """The library's short spellings of modifier + head compounds, per index version."""

    def __init__(
        self,
        rows_with: Callable[[Sequence[str]], np.ndarray],
        text: Callable[[int], str],
        words: Callable[[str], list[str]],
    ) -> None:
        self._rows_with = rows_with
        self._text = text
        self._words = words  # a string cut into words, in order (where its words end)
        self._cache: dict[tuple[str, str, str], tuple[str, ...]] = {}

    def read(self, analysis: Analysis, version: str) -> Analysis:
        """``analysis`` with each head said in full beside its modifier given the library's
        short spellings of the compound (module docstring)."""
        q, concepts = analysis.question, list(analysis.concepts)
        added: list[str] = []
        for i in range(1, len(concepts)):
            mod, head = concepts[i - 1], concepts[i]
            modifier = _served(concepts, i, q) if head.term in _WHOLE_SERVICE else mod.term
            whole = modifier + head.term
            if not (
                head.required and head.term in _EVENT_HEADS and whole in q and len(mod.term) >= 2
            ):
                continue
            short = self.written_short(modifier, _EVENT_HEADS[head.term], version)
            fresh = tuple(s for s in short if s not in head.alternatives)
            if fresh:
                concepts[i] = replace(head, alternatives=(*head.alternatives, *fresh))
                added.extend(fresh)
        return analysis.widened(concepts, added)

    def written_short(self, modifier: str, kind: str, version: str) -> tuple[str, ...]:
        """What the library writes as ``modifier`` … ``kind``: the modifier, up to
        ``_BETWEEN`` characters, then ``kind`` ending a word (帆船赛, 帆船邀请赛; never the 赛
        of 赛道), the most written first."""
        key = (modifier, kind, version)
        if key not in self._cache:
            if len(self._cache) > 256:
                self._cache.clear()
            pattern = re.compile(
                rf"{re.escape(modifier)}[\u4e00-\u9fff]{{0,{_BETWEEN[kind]}}}?{re.escape(kind)}"
            )
            counts: dict[str, int] = {}
            for r in self._rows_with([modifier]).tolist()[:_READ]:
                text = self._text(r)
                for m in pattern.finditer(text):
                    found, after = m.group(0), _HAN_AFTER.match(text, m.end()).group(0)
                    if self._closes_word(found, after, kind):
                        counts[found] = counts.get(found, 0) + 1
            ranked = sorted(counts, key=lambda f: (-counts[f], f))
            self._cache[key] = tuple(ranked[:_KEPT])
        return self._cache[key]

    def _closes_word(self, found: str, after: str, kind: str) -> bool:
        """``kind`` ends a word of ``found`` + ``after`` (the characters that follow it in the
        text) as the tokenizer cuts them, the word being the kind alone or a name of the kind
        of three characters or more (邀请赛, 巡回赛): never a character that opens the next
        word (赛道 of 龙舟码头赛道) or closes another two-character word (同比)."""
        at = 0
        for word in self._words(found + after):
            at += len(word)
            if at == len(found):
                return word.endswith(kind) and (word == kind or len(word) >= 3)
            if at > len(found):
                return False
        return False
