"""「行政执法人员培训」 cut 行政执法|人员培训: a word jieba took across the question's own boundary.

jieba picks the likeliest cut, and for a run of nouns it often joins the head of one word to
the next: 行政执法人员|培训 comes out 行政执法|人员培训, 法治宣传|教育基地 may come out 法治|
宣传教育|基地. The word so made (人员培训) is no word of the question — no report writes it,
and as an unspelled required word it decides the which-question alone: 「没有」, though every
report says 执法人员 and 培训. Chinese builds such a run from whole words, so the cut can be
checked against the library: when the unspelled word's first part, written after the word
before it (or that word's last part: 执法 + 人员), makes a word the library spells (执法人员),
and its rest is a word the library spells (培训), the first part belongs to the word before
and the rest is a word of its own: both are read as required words, each to be found.

Only a noun first part (a head of the word before: 人员, 机构, 工作) and a rest of two
characters or more; a word no split of which meets both tests stays whole (``retrieval.unsaid``
reads it further or keeps it as a lack).
"""

from __future__ import annotations

from collections.abc import Callable

from retrieval.compounds import Tagger

__all__ = ["recut"]


def _tails(word: str) -> list[str]:
    """The word before and its last parts of two characters or more (行政执法 → 执法)."""
    return [word[i:] for i in range(len(word) - 1)]


def recut(
    before: str,
    term: str,
    tagged: Tagger,
    is_word: Callable[[str], bool],
    said: Callable[[str], bool],
) -> tuple[str, str] | None:
    """(first part, rest) of ``term`` when the first part belongs to ``before``, else None."""
    if not before or len(term) < 4:
        return None
    for k in range(2, len(term) - 1):
        head, rest = term[:k], term[k:]
        if not is_word(head) or not is_word(rest) or not said(rest):
            continue
        if not tagged(head) or not tagged(head)[0][1].startswith("n"):
            continue
        if any(is_word(t + head) and said(t + head) for t in _tails(before)):
            return head, rest
    return None
