"""A section heading is a mention, for a question that asks what reports mention.

Reports are written as numbered sections, and a section often names its topic only in its
heading: 「（三）规范性文件备案审查」 then 「全年报备3件」, or a heading over sub-headings
(「（一）规范性文件备案审查」「1.强化制度」…), or a bare line of a plan (「（二）推进合法性审查全覆盖」).
Fan-out reads body sentences under their headings, and a bare heading is never evidence of a
deed: 「哪些乡镇聘请了法律顾问」 is not answered by a heading 「二、法律顾问」. But a question
asking which reports *mention* something (提到/提及/写到/说到/讲到/谈到/涉及, 「在哪些报告里出现」,
「关于X的报告」) is answered by the report that names it as a section: that is a mention, and
the report is the one the user looks for.

So, for such a which-question only, a report none of whose sentences supports the need is
supported by a heading of its read chunks that spells every required concept whole and
covers ``SUPPORT`` of the need on its own (a mention under a negation, 「（二）尚未开展的…」,
counts for nothing, as everywhere). A section whose body says its topic is not done
(``denied_sections``: 「二、法律顾问」 then 「我乡尚未聘请法律顾问」) mentions it only to deny it,
and lends no mention: the answer would list a unit for what its report says it lacks. A
heading of a plan section (下一步/2025年工作打算) is a mention: the user asked what the report
mentions, and a plan names its topic as much as a record does.

The quote is the first sentence of the section (down to the next heading of the same level
or above, inside the chunk) that names a part of the need, else the first that gives a
figure, else the heading itself; it is cited with the heading as its section, so the reader
sees why the unit is listed. Deed questions never come here: their answers are unchanged.

Cost: nothing for a question of another shape; for a mention question, the headings of the
chunks already read of each report left unsupported (a chunk's heading spans are kept in the
sentence book), each distinct heading scored once per ask.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from reportqa.answer import Kind
from reportqa.frozen import quick
from reportqa.patterns import LEVEL1, LEVEL2, LEVEL3
from reportqa.types import Chunk
from retrieval.analysis import Analysis
from retrieval.denied_sections import denied
from retrieval.evidence import SUPPORT, Need, Sentence, names_in
from retrieval.measures import QUANTITY

# a verb that says a text mentions something: what the report says, not what the unit did
_SAYS = re.compile(r"提到|提及|写到|说到|讲到|谈到|谈及|论及|述及|涉及")
# 出现 of a text (「X在哪些报告里出现过」「出现在哪些报告中」), not of an event (出现了问题)
_APPEARS = re.compile(r"(?:报告|文中|材料)[^，,。？?]{0,6}出现|出现在[^，,。？?]{0,8}(?:报告|材料)")
# the report written about something: 「关于X的报告」「讲X的报告」「写了X的报告」「报告里写了X」
# (讲 as a verb: 讲座/讲堂/讲课 are things done)
_ABOUT = re.compile(
    r"(?:关于|有关|讲(?![座堂课解师话])|写了?)[^，,。？?]{1,24}的(?:报告|材料|内容|部分|章节|段落)"
    r"|报告(?:里|中|上)?(?:都|也|还)?(?:写|说|讲)了"
)


def asks_mention(question: str) -> bool:
    """Does the question ask which reports mention something (rather than which units did
    it)? The verb is one of saying or writing, or the report is named as about it."""
    return bool(_SAYS.search(question) or _APPEARS.search(question) or _ABOUT.search(question))


def mention_asked(analysis: Analysis) -> bool:
    """The heading route's question: a which-question asking what reports mention, not
    which give a figure (「哪几份报告给出了X的具体数字」 needs the count itself)."""
    return analysis.kind == Kind.WHICH and not analysis.number and asks_mention(analysis.question)


@quick
@dataclass(frozen=True)
class Headed(Sentence):
    """A report's mention through a section heading: the quoted sentence (or the heading
    itself) and where the heading it is cited under stands in the chunk."""

    heading_start: int = 0
    heading_end: int = 0


class HeadingMentions:
    """The heading route of one ask (``needs``, ``score``: the ask's sentence judge)."""

    def __init__(self, needs: Sequence[Need], score: Callable[[str], float]) -> None:
        self.needs = needs
        self.required = [n for n in needs if n.concept.required]
        self.score = score
        self.strings = tuple(
            dict.fromkeys(a for n in needs for a in (*n.full, *(p for p, _ in n.parts)) if a)
        )
        self.judged: dict[str, bool] = {}  # heading text → does it mention the need

    def mentions(self, heading: str) -> bool:
        """Does the heading spell every required concept whole (not read apart: 「依法全面履行
        政府职能」 holds no 依法行政) and cover the need?"""
        got = self.judged.get(heading)
        if got is None:
            got = self.judged[heading] = bool(self.required) and (
                all(any(map(heading.__contains__, n.full)) for n in self.required)  # cheap first
                and all(names_in(heading, n.full) for n in self.required)
                and self.score(heading) >= SUPPORT
            )
        return got

    def __call__(
        self, row: int, text: str, ends: Sequence[int], spans: Sequence[tuple[int, int]]
    ) -> Headed | None:
        """The mention in one chunk (``text`` simplified, ``ends`` its sentence ends,
        ``spans`` its heading sentences): the first heading that mentions the need and whose
        section does not deny it, with its quote."""
        for k, (s, e) in enumerate(spans):
            lead = len(text[s:e]) - len(text[s:e].lstrip())
            s += lead
            heading = text[s:e].strip()
            if not self.mentions(heading):
                continue
            stop = _section_end(text, spans, k)
            if denied(heading, text, e, stop):
                continue
            at = self._quote(text, ends, spans, e, stop)
            start, end = at if at is not None else (s, s + len(heading))
            return Headed(row, start, end, SUPPORT, s, s + len(heading))
        return None

    def _quote(
        self, text: str, ends: Sequence[int], spans: Sequence[tuple[int, int]], at: int, stop: int
    ) -> tuple[int, int] | None:
        """(start, end) of the section's first sentence naming a part of the need, else of
        its first giving a figure; None when it has neither (the heading is quoted)."""
        heads = {s for s, _ in spans}
        bounds = [x for x in ends if at < x < stop]
        figure = None
        start = at
        for end in (*bounds, stop):
            sentence, begun = text[start:end], start
            start = end
            body = sentence.strip()
            if begun in heads or not body:
                continue
            begun += len(sentence) - len(sentence.lstrip())
            span = (begun, begun + len(body))
            if any(a in body for a in self.strings):
                return span
            if figure is None and QUANTITY.search(body):
                figure = span
        return figure


def _level(heading: str) -> int:
    """1 for 「一、」, 2 for 「（一）」, 3 for 「1.」「（1）」 (``passages._level``)."""
    t = heading.strip()
    return next((n for n, p in enumerate((LEVEL1, LEVEL2, LEVEL3), 1) if p.match(t)), 0)


def _section_end(text: str, spans: Sequence[tuple[int, int]], k: int) -> int:
    """Where the section of heading ``k`` ends in the chunk: at the next heading of its
    level or above (its sub-headings and their sentences are its own), else the text's end."""
    level = _level(text[spans[k][0] : spans[k][1]])
    for s, e in spans[k + 1 :]:
        if 0 < _level(text[s:e]) <= level or not level:
            return s
    return len(text)


def under_heading(cut: Chunk, chunk: Chunk, x: Headed) -> Chunk:
    """The quote ``cut`` (of ``chunk``) cited under its heading: the chunk's section path
    down to the level above the heading, then the heading (「一、主要工作 > （二）府院联动」)."""
    heading = chunk.text[x.heading_start : x.heading_end].strip()
    level = _level(heading)
    path = list(chunk.section_path)
    while path and (path[-1] == heading or not 0 < _level(path[-1]) < level):
        path.pop()
    return replace(cut, section_path=(*path, heading))
