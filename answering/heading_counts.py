"""A count stated under the sub-heading that names its topic: 「（二）规范性文件备案审查」 then
「全年报备3件」.

Reports write a section's topic once, in its heading, and the sentences under it give the
figures without naming the topic again. A how-many question (「报备了几件规范性文件」) scored on
each sentence alone finds no sentence that names 规范性文件, and says nothing was found, though the
report states the count. Such a sentence, read with its heading (``sentences.heading_led``), is
as much an answer as one that repeats the topic; only one with a figure can give the count.

A sub-heading may state the count itself (「（十一）着力办好42项民生实事，增强市民获得感」): the
sentences under it tell what the 42 are, none repeats the figure, so the heading line — report
text like any other, quoted as written — is the sentence that answers 「要办多少项民生实事」.
A heading with one count is so read; one with two (「办好20件民生实事和1000件民生微实事」)
leaves the choice to the body sentence that states the one asked. A numbered attachment line
(「3．附件3 2020年宝安区民生实事项目（42项）.docx」) is a file's name, no heading of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.sentences import Span, heading_led, is_heading, score_text
from reportqa.text import to_simplified
from reportqa.types import Chunk
from retrieval.query import Concept

_FIGURE = re.compile(r"[0-9０-９]")
# a count of a heading: a number not a year's (「2020年」 dates the heading, counts nothing)
_COUNT = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?(?![0-9０-９.．]|\s*年)")
# the weight of a heading holding several counts against a body sentence
_TWO = 0.5
# an attached file's line: 附件N, or a document's file name
_ATTACHMENT = re.compile(r"附件\s*[0-9一二三四五六七八九十]|\.(?:docx?|pdf|xlsx?|wps)\b", re.I)


def counted_under_heading(
    chunk: Chunk, concepts: Sequence[Concept], idf: dict[str, float], spans: Sequence[Span]
) -> list[Span]:
    """The sentences of ``chunk`` with a figure under a sub-heading naming a required
    concept, scored with the heading, that ``spans`` (those already read) do not hold."""
    have = {sp.start for sp in spans}
    led = [
        sp for sp in heading_led(chunk, concepts, idf) + _counting_headings(chunk, concepts, idf)
    ]
    return [sp for sp in led if sp.start not in have and _FIGURE.search(sp.text)]


def _counting_headings(
    chunk: Chunk, concepts: Sequence[Concept], idf: dict[str, float]
) -> list[Span]:
    """The sub-heading lines of ``chunk`` naming a required concept with a figure beside it."""
    required = [c for c in concepts if c.required] or list(concepts)
    out: list[Span] = []
    at = 0
    for line in chunk.text.split("\n"):
        start, at = at, at + len(line) + 1
        text = line.strip()
        said = to_simplified(text)
        counts = len(_COUNT.findall(said))
        if not (text and counts and is_heading(text)) or _ATTACHMENT.search(said):
            continue
        if any(a in said for c in required for a in c.alternatives):
            s = chunk.start + start + line.index(text)
            score = score_text(said, concepts, idf, True)
            # two counts: the body sentence stating the one asked comes first
            out.append(Span(s, s + len(text), text, score if counts == 1 else score * _TWO))
    return out
