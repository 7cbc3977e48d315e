"""「网络学习平台」: 网络 before a way of learning or serving is the online way.

Reports name the same online platform, course or service 网络, 在线, 网上 or 线上 (安徽干部教育在线平台,
网上学法, 线上培训); a user says 网络 for all of them. Only before such a noun: 网络 after a
noun (法治工作网络, 调解网络) is a network of bodies, and before 安全/诈骗/舆情 it is the
internet as a field of work, neither of them the online way.
"""

from __future__ import annotations

import re

from retrieval.concept import Concept

__all__ = ["online_in"]

_SPELLINGS = ("网络", "在线", "网上", "线上")
# what is learned, taught or served online: the nouns after which 网络 means "online"
_ONLINE = re.compile(
    r"网络(?=(?:学习|学法|培训|教育|课程|课堂|考试|平台|办理|办事|服务|直播|答题|讲座))"
)


def online_in(text: str) -> list[tuple[int, int, Concept]]:
    """Each 网络 of ``text`` that modifies a way of learning or serving, as one concept any
    of the four spellings meets; the noun after it stays a word of its own."""
    return [(m.start(), m.end(), Concept("网络", _SPELLINGS, True)) for m in _ONLINE.finditer(text)]
