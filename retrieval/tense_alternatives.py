"""A deed asked at any time: 「办过或者准备办」「搞了还是打算搞」 asks the deed, once.

Users ask whether a unit has done a thing or plans to by saying the verb twice, once with the
aspect of the past (过, 了) and once after a word of intention (准备, 打算, 计划, 要, 想). A
report writes either a review (举办了…) or a plan (将举办, 计划…), and either answers: the two
halves are one deed in two tenses, not two needs. Read as words, the planned half (准备办)
became a need no report's sentence says, weighing down every sentence that does say the deed.

So the same verb said done, then planned, joined by 或者/或/还是/和, is read as the done one
alone. Two different verbs (「办过或者准备建」) stay: they are two deeds.
"""

from __future__ import annotations

import re

_BOTH = re.compile(
    r"(?P<v>[\u4e00-\u9fff])(?P<aspect>过|了)\s*(?:或者|或是|或|还是|和|、|/)\s*"
    r"(?:正在|准备|打算|计划|将要|将|要|想|拟)(?P=v)(?:过|了)?"
)


def once(text: str) -> str:
    """``text`` with each deed said done and planned said done only (module docstring)."""
    return _BOTH.sub(lambda m: m["v"] + m["aspect"], text)
