"""Units the opening sentence names as winners of an honour are the writer's, not the writer.

A city's or county's report opens with its year and, often in the same sentence, the honours
its units won: 「2023年,武汉市认真贯彻…,江岸区、长江新区武湖街道和2个法治政府建设项目荣获全省第二批
法治政府建设示范命名。」 The subject is read as the most specific unit of the opening sentence
(宝鸡市陈仓区 → 陈仓区), so the street honoured there was taken for the writer, and every
question about the city's report went to a 街道 that wrote nothing. A clause that reports an
honour (荣获, 获评, 被评为, 被命名, 入选, 被确定为, 获得…称号) after an earlier clause already named a
unit lists those units as the writer's achievements: it is blanked before the subject is read.
When the honour clause is the first to name a unit (「2023年，白鹭镇荣获省级法治示范镇称号」), the
winner is the writer, and nothing is blanked.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_HONOUR = re.compile(r"荣获|获评|获得|被评为|评为|被命名|命名为|授予|入选|被确定为|被列为|荣膺")
_CLAUSE = re.compile(r"[^，,；;]+[，,；;]?")


def without_honoured(sentence: str, names_unit: Callable[[str], bool]) -> str:
    """``sentence`` with each honour clause after the first clause naming a unit blanked
    (same length: positions stay); ``names_unit``: does a stretch of text name a unit?"""
    out = []
    named = False
    for m in _CLAUSE.finditer(sentence):
        clause = m.group(0)
        if named and _HONOUR.search(clause):
            out.append(" " * len(clause))
            continue
        named = named or names_unit(clause)
        out.append(clause)
    return "".join(out) if out else sentence
