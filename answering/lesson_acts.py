"""「分别请了谁来讲法治课」: 讲课 and 上课 are verbs a speaker splits around the lesson's subject
(讲 + 法治课, 上 + 法律课). A report writes the lesson by its act — 授课, 专题讲座, 专题辅导,
讲课 — or as a course of a school's programme (「在市委党校…课程中设置习近平法治思想专题」),
and gives the subject in the lecture's title, in its section, or not at all (「邀请省司法厅…
陈欢欢同志专题授课」 under a heading on 学法; 「邀请专家在市政府常务会议上作习近平法治思想专题
辅导」). The colloquial list reads 法治课 only as 法治讲座/法律讲座, so such a unit had no passage
and its cell said 「未提及」 though its report names the lecture and the lecturer.

In a comparison each named unit is searched in its own report, so the act spelled alone stands
for the lesson the question names. 讲授 is left out: reports write 讲授党课, a lesson on another
subject; a unit whose report gives no lecture at all still says 「未提及」.
"""

from __future__ import annotations

import re
from dataclasses import replace

from retrieval.query import Analysis

# the acts a report writes a lesson by, and 课程; none is a 党课's usual spelling (讲党课, 讲授党课)
LESSON_ACTS = ("授课", "讲课", "讲座", "辅导", "课程")
_SPLIT_VERB = re.compile(r"[讲上](?:过|了)?[^，,。？?！!；;讲上]{0,4}$")


def with_lesson_acts(analysis: Analysis) -> Analysis:
    """The lesson word of a question that says 讲/上 before it (「讲法治课」「上过法律课」) takes
    the acts a report writes a lesson by as further spellings; any other question is kept."""
    q = analysis.question
    out, changed = [], False
    for c in analysis.concepts:
        at = q.find(c.term)
        if c.term.endswith("课") and len(c.term) >= 2 and at > 0 and _SPLIT_VERB.search(q[:at]):
            alts = tuple(dict.fromkeys((*c.alternatives, *LESSON_ACTS)))
            out.append(replace(c, alternatives=alts))
            changed = True
        else:
            out.append(c)
    return replace(analysis, concepts=tuple(out)) if changed else analysis
