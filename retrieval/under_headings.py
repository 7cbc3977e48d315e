"""The sentences under a section heading that names the topic.

Reports are written as numbered sections: 「（二）全方位助推营商环境优化提升」 names the topic
once, and the sentences under it say what was done (「开展民营企业“法治体检”活动…」) without
naming it again. Fan-out reads only sentences that hold a word of the question, so such a
report never answered a question on 营商环境. A heading line that holds a full spelling of a
required concept makes every sentence under it, up to the next heading, a candidate; each is
still scored with its heading (``judging._as_read``), so a sentence under it must carry the
rest of the need itself, and the quote is a sentence, never the bare heading.

A few characters with no closing mark (「街道」 as a web copy's last line, cut off mid-sentence)
are no sentence: they say nothing the heading's topic could be lent to, and a quote of them
tells the reader nothing. Such a section is left to the heading route of a mention question
(``heading_mentions``), which quotes the heading itself.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from retrieval.passages import is_heading

_FRAGMENT = 4  # characters: shorter, without a closing mark, a line is a cut-off piece
_CLOSED = "。；;！!？?"


def sentences_under(text: str, ends: list[int], heads: re.Pattern) -> dict[int, int]:
    """start → end of each sentence of ``text`` below a heading line holding ``heads``, up
    to the next heading line; ``ends``: the sentence ends of ``text``."""
    found: dict[int, int] = {}
    size = len(text)
    for m in heads.finditer(text):
        i = bisect_right(ends, m.start())
        start, end = (ends[i - 1] if i else 0), (ends[i] if i < len(ends) else size)
        if not is_heading(text[start:end]):
            continue
        while end < size:
            i = bisect_right(ends, end)
            nxt = ends[i] if i < len(ends) else size
            if is_heading(text[end:nxt]):
                break
            if said(text[end:nxt]):
                found.setdefault(end, nxt)
            end = nxt
    return found


def said(sentence: str) -> bool:
    """Is the stretch a sentence, not blank and not a cut-off piece (module docstring)?"""
    body = sentence.strip()
    return len(body) >= _FRAGMENT or (bool(body) and body[-1] in _CLOSED)
