"""A relation idiom with one side asks for anything about that side.

「哪些区有跟直升机沾边的」「跟营商环境沾边的报告」 relate the answer to one thing only: nothing
stands on the other side of 跟 but the which-word and the units asked. The user means whatever
has to do with X (「跟X有关的」), not a report that joins X to something: read as the relation
verb 挂钩 (``retrieval.relation_idioms``) the idiom stayed a word of the topic that no report
writes beside X, and no unit answered. Two things related (「征地拆迁跟法治扯上关系的」) are left
to the relation reading.
"""

from __future__ import annotations

import re

# the spoken idioms of relating (as ``retrieval.relation_idioms`` lists them)
_IDIOM = r"(?:(?:扯|搭|拉|沾|牵)(?:上|得上|到)?了?(?:关系|边)|挂(?:上|了|得上)?了?钩)"
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
