"""Which sentence of a passage is the plan: a later year dates its own clause, or the whole
item when it opens the item.

``dated_plans.dated_plan`` reads one sentence. Which-answers judge a whole passage (a chunk of
a section), and a plan part's paragraph often runs several items into one sentence:
「实施全民健身计划，继续办好中国杯帆船赛等品牌赛事，争取参与举办2021年世界沙滩运动会」 in a 2020
report dates the games of 2021, not the regatta held every year. So the passage is a plan for
the asked thing only when every sentence naming the thing is a dated plan *for it*: the later
year stands in the clause naming the thing, or in the item's opening clause
(「一是2022年实现村(社区)法律顾问全覆盖」 dates the whole item). A passage whose sentences never
spell the thing (it was met by a looser reading) is judged whole, as before.
"""

from __future__ import annotations

import re

from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from retrieval.dated_plans import dated_plan, later_plan, opens_start
from retrieval.due_years import own_years
from retrieval.fanout_sentences import any_of
from retrieval.plan_items import plan_creation
from retrieval.report_parts import plan_heading

__all__ = ["planned_for"]

_SENTENCES = re.compile(r"[^。！？；;!?]+[。！？；;!?]?")
_CLAUSES = re.compile(r"[^，,：:、]+")
# what every year a plan is dated by begins with (``due_years._YEAR``: 19xx年/20xx年)
_YEARISH = re.compile(r"(?:19|20)\d{2}")


def planned_for(text: str, section: str, info: ReportInfo, things) -> bool:
    """Is the passage ``text`` only a later year's plan for the thing spelled by ``things``
    (groups of spellings, simplified)?"""
    said = to_simplified(text)
    if not _YEARISH.search(said) and not plan_heading(section, info):
        # cheap test first, same answer: a plan is dated by a later year, or it stands under
        # the plan part's heading (every start, will item and creation reads that heading)
        return False
    groups = [tuple(s for s in group if s) for group in things]
    naming = _naming(said, groups)
    if not naming:
        return dated_plan(said, section, info)
    return all(
        _dated_for(s, section, info, groups) or plan_creation(s, section, info, groups)
        for s in naming
    )


def _naming(said: str, groups: list[tuple[str, ...]]) -> list[str]:
    """The sentences of ``said`` spelling some of the thing (``_named`` > 0), each tested by one
    search of all the spellings bounded to the sentence: a passage has ~7 sentences and a
    thing ~10 spellings, and a which-answer weighs ~20 000 passages a question at 3 000
    reports (perf82). A spelling holding a sentence stop is in no sentence (``_SENTENCES``)
    and a bounded search never finds it there either."""
    spellings = tuple(dict.fromkeys(s for group in groups for s in group))
    if not spellings:
        return []
    search = any_of(spellings).search
    return [
        m.group() for m in _SENTENCES.finditer(said) if search(said, m.start(), m.end()) is not None
    ]


def _named(text: str, groups: list[tuple[str, ...]]) -> int:
    """How many of the thing's concepts ``text`` spells."""
    return sum(any(s in text for s in group) for group in groups)


def _dated_for(sentence: str, section: str, info: ReportInfo, groups) -> bool:
    """A dated plan whose later year stands where the thing is: the item's opening clause, or
    a clause naming most of the thing (「…帆船赛等品牌赛事，争取举办2021年…赛事」: the regatta's
    clause spells two of its concepts, the games' one; 「加快村级服务室建设，争取2022年实现村级全覆盖」
    names 村 in both, and the dated one counts)."""
    if to_simplified(sentence) != sentence:  # (never: the sentence is cut from simplified text)
        if not dated_plan(sentence, section, info):
            return False
        if opens_start(sentence, section, info):
            return True
    elif opens_start(sentence, section, info):
        # 「一是启动…培育工程，计划2023年…」: not begun, whatever the year dates; ``dated_plan``
        # reads the start first, so here the sentence is read for it once
        return True
    elif not later_plan(sentence, section, info):
        return False
    clauses = [m.group() for m in _CLAUSES.finditer(sentence)]
    if not clauses or not info.year:
        return True
    later = [any(y > info.year for y in own_years(c)) for c in clauses]
    if later[0] or not any(later):
        return True  # the item opens on its year, or the plan is undated (启动…)
    named = [_named(c, groups) for c in clauses]
    best = max(named)
    return best > 0 and any(hit for hit, n in zip(later, named, strict=True) if n == best)
