"""Measure words a question's measure word also stands for, one way only.

Reports count documents in 件 as often as in 份 (「公开重大决策文件162件」「制发规范性文件
12件」), so 「多少份文件」 is answered by N件. The reverse does not hold: 「办结多少件」 asks
for matters or cases, and 「发放宣传资料3000份」 counts no matter. ``retrieval.measures``
reads this when it widens a question's measure word to its class.
"""

from __future__ import annotations

_ALSO: dict[str, tuple[str, ...]] = {
    "份": ("件",),  # documents: 文件162件 answers 多少份文件
    "本": ("件",),
}


def also_counted(measure: str) -> tuple[str, ...]:
    """The measure words that answer for ``measure`` beyond its own class ('' for none)."""
    return _ALSO.get(measure, ())
