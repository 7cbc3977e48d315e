"""Spoken verbs of putting something into a scheme, read as the verb reports write.

Reports say a work was brought into an assessment, a system or a plan with 纳入 or 列入
(「将法治建设纳入综合绩效考核」「列入年度预算」). People say the same with the everyday
resultative 纳进/列进, or with 放进/放到/算进/算到/归到/划进 (「把法治建设纳进考核」「放到考核里」).
The spoken verb is no word a report writes, and jieba, not knowing 纳进, glues it to its
neighbours into one long word no report holds. So it is written 纳入/列入 before the concepts
are read. 放/算/归/划 + 进/到 put many things in many places (「放到网上」「算到今年」); they are
纳入 only before a scheme a work is brought into — an assessment, a system, a plan, a budget,
a list, a scope — so only there.
"""

from __future__ import annotations

import re

# 纳进/纳到 and 列进/列到 have no other reading: the spoken 纳入/列入
_INTO = re.compile(r"(纳|列)(?:进|到)(?:了|过)?")
# a scheme a work is brought into (考核, 体系, 规划, 预算, 清单, 范围, 议程 …)
_SCHEME = (
    r"(?:[\u4e00-\u9fff]{0,6}?)(?:考核|考评|绩效|评价|评估|评议|体系|规划|计划|预算|清单|目录|"
    r"范围|议程|重点|内容|台账|责任制|指标)"
)
_PUT = re.compile(rf"(?:放|算|归|划)(?:进|到|入)(?:了|过)?(?={_SCHEME})")


def written_inclusion(question: str) -> str:
    """``question`` with a spoken verb of inclusion written 纳入/列入 (same meaning; the
    length may change, so run it before positions are taken)."""
    question = _INTO.sub(lambda m: m.group(1) + "入", question)
    return _PUT.sub("纳入", question)
