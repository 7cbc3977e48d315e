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
So is a level noun that owns a report or a deed before the reform (「乡镇报告提到综合执法改革的」
「乡镇一级推进机构改革的」): a reform's name is a run of nouns (综合行政执法, 管理, 机构), and a
word of the documents or the level (报告, 政府, 一级, 层面) or a verb of doing or saying (推进,
开展, 提到, 写) after the level noun makes it the subject the question scopes.
"""

from __future__ import annotations

import re

__all__ = ["without_reformed_levels"]

# content characters that may stand between the level noun and the reform head: no particle
# (的, 里, 中), no verb of having or being (有, 是, 在), no asking or joining word, no word of the
# documents or the level, no verb of doing or saying: those make the level noun the subject
_SUBJECT = (
    r"报告|政府|材料|文件|一级|级|层面|推进|开展|实施|落实|深化|完成|启动|进行|搞|做|"
    r"提到|提及|涉及|写|讲|说|谈"
)
_JOIN = rf"(?:(?![的里中内有是在都和与及或哪谁几]|{_SUBJECT})[\u4e00-\u9fff]){{0,10}}?"
_REFORMED = re.compile(
    r"(?<![哪些各每个几])(?:乡镇|街道|镇街|街镇)(?:[（(]\s*街道\s*[）)])?"
    rf"(?={_JOIN}(?:改革|体制|赋权|扩权))"
)


def without_reformed_levels(q: str) -> str:
    """``q`` with each level noun that modifies a reform or system blanked (same length)."""
    return _REFORMED.sub(lambda m: "，" * len(m.group()), q)
