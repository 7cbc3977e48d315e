"""A mention whose words are the asked ones but whose referent is another: 科技副校长 for
校长 (``substring_decides.deputy``), 政府法律顾问 for a village's (``adviser_client``),
动物疫情 for 新冠疫情 (``other_epidemic``) — each no mention of the thing asked.
"""

from __future__ import annotations

from retrieval.adviser_client import other_client
from retrieval.other_epidemic import another_epidemic
from retrieval.substring_decides import deputy


def names_another(text: str, pos: int, needle: str, need) -> bool:
    """Does the mention of ``needle`` at ``pos`` name another post, client or epidemic than
    the one ``need`` (an ``evidence.Need``; None: no question, only the post test) asks for?"""
    if needle[:1].isdigit() and pos and text[pos - 1].isdigit():
        return True  # a figure is read whole: 6号线 inside 16号线 is another line, another count
    if deputy(text, pos, needle) or other_client(text, pos, needle, need):
        return True
    return need is not None and another_epidemic(text, pos, needle, need.concept)
