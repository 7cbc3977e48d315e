"""A place named inside a campaign's title is no scope: 「法治宁波建设」「平安浙江」「法治中国」.

Chinese government work names its drives as a value and the place it covers — 法治中国,
法治浙江, 法治宁波, 平安中国, 美丽乡村's kin 美丽浙江, 数字中国, 健康中国, 清廉宁波 — and a
report below that place writes the title as a phrase of its own («以法治宁波建设“六大抓手”为
重点内容» in a township report of 余姚市). A question quoting the title asks who writes it,
over every report: read as the scope, the place keeps only the reports whose parent is named
so (镇海区 of 宁波市) and drops the townships under its county-level cities that wrote it.
A place right after such a value word is part of the title, not where the asker looks.

Nor is the title two words: read word by word 法治明州建设 is 法治 and 建设 with a place beside
them, and every report's 法治建设 answered. A value word, a place and 建设 is one required
concept, the title with or without its 建设 (法治明州建设, 法治明州). The middle is a place when
the tagger calls it one (ns, nr) or it is no dictionary word (明州, 云和); a common noun
(法治社会建设, 法治乡村建设, 平安校园建设) names a field of the work, not a drive.
"""

from __future__ import annotations

import re

from retrieval.concept import Concept
from retrieval.spoken import Tagger

# the value words Chinese drives are titled with before the place they cover
_VALUES = ("法治", "平安", "美丽", "数字", "健康", "智慧", "清廉", "诚信", "信用", "书香", "文明")
_BEFORE = re.compile("(?:" + "|".join(_VALUES) + ")$")
_TITLE = re.compile("(?P<title>(?:" + "|".join(_VALUES) + r")(?P<place>[\u4e00-\u9fff]{2,3}?))建设")
_PLACE_FLAGS = ("ns", "nr")


def in_campaign_title(q: str, pos: int) -> bool:
    """Whether the place named at ``pos`` of ``q`` follows a drive's value word (法治|宁波)."""
    return bool(_BEFORE.search(q, 0, pos))


def drive_titles_in(text: str, tagged: Tagger) -> list[tuple[int, int, Concept]]:
    """(start, end, concept) of each drive's title in ``text`` (法治宁波建设), spelled with and
    without its 建设."""
    out = []
    for m in _TITLE.finditer(text):
        words = tagged(m.group("place"))
        if len(words) == 1 and not words[0][1].startswith(_PLACE_FLAGS):
            continue  # 法治社会建设, 平安校园建设: a field of the work
        title = m.group("title")
        out.append((m.start(), m.end(), Concept(m.group(0), (m.group(0), title), True)))
    return out


def is_drive_title(term: str) -> bool:
    """``term`` is a drive's title as one concept (法治宁波建设): meant word for word, as
    法治建设 alone, without the place, is no part of it (``retrieval.anchors.numbered``)."""
    return _TITLE.fullmatch(term) is not None
