"""A verb copied after its object: 「学法学了几次」「调解纠纷调解了多少起」「开会开了3次」.

Spoken Chinese puts the aspect and the quantity of a verb–object deed on a second copy of
the verb (重动句): 学法学了几次 is 学法几次. Reports write the deed once (「中心组学法6次」),
and the copy left in a question would be read as a word of its own (学法学), a thing no report
names. So the copy and its 了/过 are dropped before the need is read — only where a quantity
is asked or given right after, so no other repeated character is touched.
"""

from __future__ import annotations

import re

_COPY = re.compile(
    r"([\u4e00-\u9fff]{1,2}?)([\u4e00-\u9fff]{1,4}?)\1(?:了|过)?"
    r"(?=几|多少|[0-9０-９]|[一二两三四五六七八九十]+[次场回趟遍期轮起件])"
)


def without_verb_copy(question: str) -> str:
    """「中心组学法学了几次」 → 「中心组学法几次」."""
    return _COPY.sub(r"\1\2", question)
