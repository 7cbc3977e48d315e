"""A relation idiom with one side asks for anything about that side.

「哪些区有跟直升机沾边的」「跟营商环境沾边的报告」 relate the answer to one thing only: nothing
stands on the other side of 跟 but the which-word and the units asked. The user means whatever
has to do with X (「跟X有关的」), not a report that joins X to something: read as the relation
verb 挂钩 (``retrieval.relation_idioms``) the idiom stayed a word of the topic that no report
writes beside X, and no unit answered. Only the colloquial idioms (沾边, 扯上关系) count: bare
挂钩 is a report's own word (与绩效挂钩) and keeps its sense. Two things related (「征地拆迁跟法治扯上关系的」) are left
to the relation reading.
"""

from __future__ import annotations

import re

# the colloquial idioms of touching on a thing (沾边, 沾上边, 扯上关系): no report writes them,
# so they are the asker's. Bare 挂钩 is a word reports write (与绩效挂钩: two things tied),
# never one-sided
_IDIOM = r"(?:沾(?:上|得上|到)?了?边|扯(?:上|得上|到)?了?关系)"
# what may stand before 跟 when it has no side: the start, a pause, or the which-word with the
# units asked and a verb of having or writing (「哪些区有」「有没有报告写了」)
_BEFORE = (
    r"(?:^|[，,。？?！!；;]\s*|(?:哪些|哪几个?|哪个|哪家|谁家?|有没有|是否)"
    r"(?:单位|地方|乡镇|镇街|街道|县区|区县|报告|区|县|镇|乡)?(?:还|也|都)?"
    r"(?:有|提到了?|提了|写了|写到了?|讲了)?)"
)
_ONE_SIDED = re.compile(
    rf"(?P<before>{_BEFORE})(?:跟|和|与|同)(?P<x>[^，,。？?！!；;跟和与同]{{2,12}}?){_IDIOM}"
)


def one_sided(question: str) -> str:
    """``question`` with each one-sided idiom of relating read 「X有关」."""
    return _ONE_SIDED.sub(lambda m: f"{m['before']}{m['x']}有关", question)
