"""A count stated under the sub-heading that names its topic: 「（二）规范性文件备案审查」 then
「全年报备3件」.

Reports write a section's topic once, in its heading, and the sentences under it give the
figures without naming the topic again. A how-many question (「报备了几件规范性文件」) scored on
each sentence alone finds no sentence that names 规范性文件, and says nothing was found, though the
report states the count. Such a sentence, read with its heading (``sentences.heading_led``), is
as much an answer as one that repeats the topic; only one with a figure can give the count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.sentences import Span, heading_led
from reportqa.types import Chunk
from retrieval.query import Concept

_FIGURE = re.compile(r"[0-9０-９]")


def counted_under_heading(
    chunk: Chunk, concepts: Sequence[Concept], idf: dict[str, float], spans: Sequence[Span]
) -> list[Span]:
    """The sentences of ``chunk`` with a figure under a sub-heading naming a required
    concept, scored with the heading, that ``spans`` (those already read) do not hold."""
    have = {sp.start for sp in spans}
    return [
        sp
        for sp in heading_led(chunk, concepts, idf)
        if sp.start not in have and _FIGURE.search(sp.text)
    ]
