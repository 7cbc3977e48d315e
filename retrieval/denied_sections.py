"""A section that says its own topic is not done lends its heading to none of its sentences.

Fan-out scores a sentence read under its section heading (``judging._as_read``): under
「一、法律顾问工作」 the sentence 「全年召开法律事务分析会四次」 names 法律顾问 through the heading.
Reports also write, under such a heading, that the deed is missing — 「因经费紧张，尚未聘请律师担任
乡政府法律顾问，合同由乡司法所代为审查」 — and the section's other sentences then describe what
stands in for it. Read under the heading they would list the township as having a 法律顾问, the
worst error (an invented claim). So when a sentence of the section mentions the heading's topic
under a negated deed (``negation_reach.reached``: 尚未聘请…, 未建立…, …均未开展), the heading is
not read with the section's sentences; each must then name the need itself. A section that
also mentions the topic as done (「对尚未建立法律顾问制度的村全部配备了法律顾问」) is not denied.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from retrieval.evidence import negated

# the heading's number (一、 （一） 1. （1）) and the generic words a heading ends with
_NUMBER = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十百零〇\d]+[）)、.．]\s*)+")
_TAIL = re.compile(r"(?:工作|情况|方面|建设|等)+$")
_PIECES = re.compile(r"[，,；;：:。\s]+")


def topics(heading: str) -> list[str]:
    """The words a heading names its section by: 「一、法律顾问工作」 → [法律顾问]."""
    text = _NUMBER.sub("", heading.strip())
    out = []
    for piece in _PIECES.split(text):
        piece = _TAIL.sub("", piece)
        if len(piece) >= 2:
            out.append(piece)
    return out


def denied(heading: str, text: str, start: int, stop: int) -> bool:
    """Does ``text[start:stop]`` (the heading's section) mention one of its topics only to
    say it is not done (every mention under a negation, 尚未聘请… or …尚在规划)?"""
    for topic in topics(heading):
        said = False
        pos = text.find(topic, start, stop)
        while pos >= 0:
            if not negated(text, pos, pos + len(topic)):
                said = False
                break
            said = True
            pos = text.find(topic, pos + len(topic), stop)
        if said:
            return True
    return False


def section_of(
    at: int, size: int, lines: tuple[tuple[int, int], ...], ends: list[int]
) -> tuple[int, int, int]:
    """(index of the heading line over ``at`` or -1 for the chunk's own heading, the
    section's start, its end): from the heading line before ``at`` (``ends``: the lines'
    ends) to the next heading line, or the chunk's text before its first heading line."""
    i = bisect_right(ends, at) - 1
    start = ends[i] if i >= 0 else 0
    stop = lines[i + 1][0] if i + 1 < len(lines) else size
    return i, start, stop
