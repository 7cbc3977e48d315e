"""A thing written once before a list of what is done to it: 「规范性文件备案审查、制定程序」.

Chinese names the thing a list of practices is about once, before the first item, and every
item is about it: 「规范性文件备案审查、制定程序」 is 规范性文件的备案审查 and 规范性文件的制定程序,
as 「规范性文件的备案审查、制定程序」 would say with 的. Read as plain alternatives the first item
keeps the thing and the later ones lose it, and any 制定程序 (of a 重大行政决策) would answer;
read as a doer (``retrieval.shared_subject``) the cut falls before the last verbal word, and
备案 of 备案审查 becomes a word of its own that a report writing 「规范性文件制定程序」 lacks.

Where the thing ends: parallel items are written alike, so the first item's own part is as
long as its peers — the cut is the word boundary after a noun whose rest is nearest their
length (规范性文件|备案审查 for 制定程序). Only before items that open with a verb (制定程序,
审核合同): a list of things (电子证照、掌上办) has none, and only where the first item is longer
than its peers, so something stands before its own part. A person or a body there
(「依法治区委员会会议、推进会」) is no thing done to: it holds the meetings, and its name is
one of the items' own words.
"""

from __future__ import annotations

from collections.abc import Callable

from retrieval.shared_subject import DOER, shared_subject

Tagger = Callable[[str], list[tuple[str, str]]]

_NOUNS = ("n", "j", "nz", "l")  # what the thing's name ends in (规范性文件 n, 村规民约 l)


def shared_modifier(first: str, others: list[str], tagged: Tagger) -> str:
    """The thing ``first`` names before its own part when every later item opens with a
    verb, or "" (module docstring)."""
    if not others or len(first) <= max(len(o) for o in others) + 1:
        return ""
    if not all(_verb_led(o, tagged) for o in others):
        return ""
    size = sum(len(o) for o in others) / len(others)
    words = tagged(first)
    at, best, gap = 0, 0, None
    for word, flag in words[:-1]:
        at += len(word)
        rest = len(first) - at
        if not flag.startswith(_NOUNS) or rest < 2 or at < 2:
            continue
        if gap is None or abs(rest - size) < gap:
            best, gap = at, abs(rest - size)
    return "" if DOER.search(first[:best]) else first[:best]


def written_once(items: list[str], tagged: Tagger) -> str:
    """What the first item writes once for every item: its doer (``shared_subject``), else
    the thing the items are about, or ""."""
    return shared_subject(items, tagged) or shared_modifier(items[0], items[1:], tagged)


def _verb_led(item: str, tagged: Tagger) -> bool:
    """An item opening with a verb; one spelled in lone characters (托/位) is a word jieba
    does not know, its tags guessed a character at a time, never a verb and its object."""
    words = tagged(item)
    unknown = all(len(w) == 1 for w, _ in words)
    return len(words) >= 2 and words[0][1].startswith("v") and not unknown


__all__ = ["shared_modifier", "written_once"]
