"""A township level noun that names what a reform or a system is about, not whose reports.

Government writing names the reforms and systems of township governance after the level they
reshape: 「乡镇（街道）综合行政执法改革」「镇街赋权」「街道管理体制改革」「乡镇机构改革」. The
county or district leads such a reform over its towns (「研究镇街综合行政执法改革等重点工作」)
and the towns report carrying it out, so a question naming it (「镇街综合行政执法改革有哪些报告
提到」) asks for every report writing the reform; read as 「哪些乡镇」 it searched the township
reports only and lost the district that led it.

The level noun is the reform's modifier when a run of content characters joins it to the
reform head (改革, 体制, 赋权, 扩权) with no particle or asking word between (的, 里, 有, 哪些…);
one with an asking or grouping word before it (「哪些乡镇综合执法改革…」「各街道管理体制改革」)
is a scope again, as is every level noun set apart from the head (「乡镇里谁推进了机构改革」).
"""

from __future__ import annotations

import re

__all__ = ["without_reformed_levels"]

# content characters that may stand between the level noun and the reform head: no particle
# (的, 里, 中), no verb of having or being (有, 是, 在), no asking or joining word
_JOIN = r"(?:(?![的里中内有是在都和与及或哪谁几])[\u4e00-\u9fff]){0,10}?"
_REFORMED = re.compile(
    r"(?<![哪些各每个几])(?:乡镇|街道|镇街|街镇)(?:[（(]\s*街道\s*[）)])?"
    rf"(?={_JOIN}(?:改革|体制|赋权|扩权))"
)


def without_reformed_levels(q: str) -> str:
    """``q`` with each level noun that modifies a reform or system blanked (same length)."""
    return _REFORMED.sub(lambda m: "，" * len(m.group()), q)
