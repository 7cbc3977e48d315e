"""「换个说法呢」「有没有类似的」: the last question asked again, for what the reports say
near it.

After an answer that found nothing — most often because the user's word is not the reports'
(官司 for 诉讼) — people ask for the same thing in other words or for something like it. The
sentence names no topic of its own, so searching it as one (「没有找到关于「换个说法呢」的
内容」) answers nothing. It asks the last question again: that answer names the words no
report writes and shows the closest passages as related (``answering.unsaid_words``,
``answering.absent.near_value``), never as the answer. A sentence that names its own topic
(「有没有类似调解室的机构」) is a new question and is not matched.
"""

from __future__ import annotations

import re

_LEAD = re.compile(r"^(?:那么?|那你|你|麻烦|请)?(?:再|还)?")
_TAIL = re.compile(r"(?:呢|吧|吗|啊|呀|没有|不)*[？?。!！，,\s]*$")
# the whole of what is left: another wording, or something like the last thing
_AGAIN = re.compile(
    r"(?:换|用|改用)(?:个|一个|一种|别的|其他的?)?(?:说法|词|叫法|提法|问法|讲法)"
    r"(?:再?(?:找找|搜搜|查查|试试|问问|找一下|查一下|搜一下))?"
    r"|(?:有没有|有无|还有没有|有)?(?:类似|相似|相近|相关|差不多|接近)的?"
    r"(?:内容|说法|做法|情况|东西)?(?:的?有)?"
)
NOTE = "（重新检索上一个问题；报告没有用所问的说法时，列出最接近的内容，仅供参考）"


def asks_again(q: str) -> bool:
    """Is ``q`` only a request for the last question in other words or for its like?"""
    core = _TAIL.sub("", _LEAD.sub("", q.strip()))
    return bool(core) and bool(_AGAIN.fullmatch(core))
