"""「学浙江那套“枫桥经验”」「借鉴深圳的做法」: the place a practice is learnt from is no need.

People name a practice by where it was first made (枫桥经验 from 浙江, 最多跑一次 from 浙江,
街乡吹哨 from 北京) and ask who else took it up: 「学浙江那套X」「照搬外地的那种X」. The
reports that answer are the takers' own, far from that place, and they write only X
(「坚持和发展新时代“枫桥经验”」) — never the place the asker credits it to. Read word by
word the place became a second need every report of another province lacked.

A verb of learning or borrowing, then the source, then 那套/那种/这套 (the demonstrative of a
way of doing things) or a 的 before the practice. The source must be a place by the tagger
(ns) or a word for elsewhere (外地, 人家, 先进地区): what one learns otherwise is the content
(「学习法律知识的那种讲座」「学习民法典的内容」 keep 法律知识 and 民法典).

The practice must be named after the source: 「学习了杭州市的经验吗」 names none — a bare 经验/做法
is told apart only by its place, so the place stays asked (test_probes_coord32 ad4).
"""

from __future__ import annotations

import re

from retrieval.spoken import Tagger

__all__ = ["without_source_place"]

_LEARN = r"(?:学习|学|借鉴|效仿|仿照|照搬|复制|引进|参照)(?:了|过|着)?"
# 那套/那种/这套/那一套 (with or without 的 before it): a way of doing things borrowed
_WAY = re.compile(
    _LEARN
    + r"(?P<source>[\u4e00-\u9fff]{2,5}?)的?(?:那一?套|这一?套|那种|这种)的?(?=[“\"「\u4e00-\u9fff])"
)
_OF = re.compile(_LEARN + r"(?P<source>[\u4e00-\u9fff]{2,4}?)的(?=[“\"「\u4e00-\u9fff])")
_PLACE_FLAGS = ("ns",)
# a way of doing things left unnamed (经验, 做法, 模式…) and the question ends: the place names it
_UNNAMED = re.compile(
    r"(?:经验做法|先进经验|经验|做法|模式|办法|方法|路子|套路)(?:[吗呢吧啊]|[？?。！!，,]|$)"
)
# words for somewhere else, the source of a borrowed way whatever its name
_ELSEWHERE = frozenset(
    ["外地", "人家", "别人", "别处", "外省", "外市", "先进地区", "兄弟单位", "别的地方"]
)


def without_source_place(q: str, tagged: Tagger) -> str:
    """``q`` with 「学 + source + 那套」 blanked before the practice it names (the practice kept)."""
    out = q
    for pattern in (_WAY, _OF):
        for m in pattern.finditer(out):
            if _is_source(m["source"], tagged) and not _UNNAMED.match(out, m.end()):
                out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


def _is_source(source: str, tagged: Tagger) -> bool:
    """A place (浙江, 诸暨市) or a word for elsewhere (外地)."""
    if source in _ELSEWHERE:
        return True
    words = tagged(source)
    return len(words) == 1 and words[0][1] in _PLACE_FLAGS
