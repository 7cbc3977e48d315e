"""「X或者类似的Y」: the kind word after a hedge widens the named thing, it is no need of its own.

A user who names a thing and adds 「或者类似的班子」「或其他类似机构」「以及别的…」 says that X is an
example and Y the rough kind it belongs to: they ask about X and let its kin count. Y is an
everyday umbrella word (班子, 机构, 活动, 东西) that reports rarely write beside X — reports name
the body itself (法治建设领导小组), not its kind. Read as a need of its own, Y makes every report
that names X fall short of the evidence line, and the answer is 「没有」 although the reports
say X. So the hedge and its kind word are blanked: the question is read on X, strictly (a
report naming only another body of the kind is not claimed — what the user would count as
「类似」 is theirs to judge). The hedge needs a join before it (或者/或/以及/还是/和): 「类似的
机构有哪些」 alone has no X and stays as typed.
"""

from __future__ import annotations

import re

_HEDGE = re.compile(
    r"(?:或者|或是|或|以及|还是|和|及)(?:跟它|和它|与之|与其)?"
    r"(?:(?:其他|其它|别的)(?:类似|相似|相近)?|类似|相似|相近|差不多|相仿)(?:的)?"
    r"[\u4e00-\u9fff]{1,4}?(?=[，。？！,.?!；;、\s）)]|也算|都算|也行|都行|$)"
)


def without_hedge(text: str) -> str:
    """``text`` with each 「或者类似的Y」 blanked (same length)."""
    return _HEDGE.sub(lambda m: " " * len(m.group(0)), text)
