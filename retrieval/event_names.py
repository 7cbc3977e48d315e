"""An event named by its sport and its kind: 帆船赛 is written 帆船巡回对抗赛.

A contest's name is its sport or subject, then qualifiers of the event, then its kind 赛
(「世界帆船巡回对抗赛总决赛」, 「国际马拉松邀请赛」, 「“中国杯”帆船赛」). A question names it short,
the sport and the kind (帆船赛, 马拉松赛), and a report writing the full name writes both inside
one name, with the qualifiers (巡回, 对抗, 国际, 邀请) between them. So such a term counts where its
head stands a few name characters before 赛 in one run: no punctuation, no coordinator (和, 与,
、: 「帆船、龙舟等赛事」 lists two things) and no more than ``QUALIFIERS`` characters, the length of
two qualifier words. The usual few-characters-apart reading (``split_words.GAP``) is too short for
a name and too loose for anything else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

KIND = "赛"
QUALIFIERS = 6  # 巡回对抗 (4), 国际邀请 (4), 青少年公开 (5)
# a character of a name: Chinese, not a coordinator, not a verb of holding that starts the
# next clause's deed (「帆船基地举办马拉松赛」 holds two things)
_NAME_CHAR = r"[\u4e00-\u9fff](?<![和与及或并同举办承])"


def event_term(word: str) -> bool:
    """A contest named short: a head of two or more characters, then 赛 (帆船赛, 马拉松赛)."""
    return len(word) >= 3 and word.endswith(KIND) and not word.endswith(KIND * 2)


@lru_cache(maxsize=512)
def _pattern(word: str) -> re.Pattern:
    head = re.escape(word[: -len(KIND)])
    return re.compile(rf"{head}(?:{_NAME_CHAR}){{1,{QUALIFIERS}}}?{KIND}")


def event_spans(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Where ``text`` writes the contest ``word`` as a longer name (帆船…赛)."""
    if not event_term(word) or KIND not in text or word[:-1] not in text:
        return
    yield from (m.span() for m in _pattern(word).finditer(text))


__all__ = ["event_spans", "event_term"]
