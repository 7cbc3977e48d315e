"""A follow-up that asks how many took part in the deed just asked about: 「讲给多少人听了」
「有多少人参加」 after 「柳塘街道请谁给干部讲的法治课？」.

Such a follow-up is a count of people and words of taking part, nothing else: it names no
event of its own, so the event is the last question's, asked again for its count.
"""

from __future__ import annotations

import re

# words that say someone took part in (or heard, was reached by) an event; a question made of
# them and a count names no event of its own, so it is the last one's
_AUDIENCE = re.compile(
    r"参加|参训|参与|出席|到场|到会|听课|听讲|听了|听|讲给|讲了|受训|受众|受益|惠及|覆盖|来了|来|"
    r"人员|人数|的|有|是|共|一共|总共|共计|都|去|了|呢|吗|啊|[？?。！!，,\s]"
)
_COUNT_ASKED = re.compile(r"(?:多少|几)(?:人次|名|人|位)")
# the asking words of the last question, gone from the topic a follow-up inherits
_ASKED_PART = re.compile(
    r"请问|是否|有没有|是谁|是哪位|哪一位|哪位|哪些人|什么人|谁|哪家|哪个|哪些|什么|"
    r"(?:多少|几)(?:人次|[个台件起名人次场份家项套处位间所期])?|吗|呢|[？?。！!]"
)


def _asks_audience(q: str) -> bool:
    """「讲给多少人听了」「有多少人参加」「听课的有多少人」: a count of people and words of
    taking part, nothing else."""
    m = _COUNT_ASKED.search(q)
    return bool(m) and not _AUDIENCE.sub("", q[: m.start()] + q[m.end() :])


def _topic_of(question: str) -> str:
    """「柳塘街道请谁给干部讲的法治课？」 → 「柳塘街道请给干部讲的法治课」: the deed asked about,
    without the words that asked."""
    return _ASKED_PART.sub("", question).strip("，, ")


def audience_of(q: str, prev_q: str) -> str | None:
    """The last question's deed asked for the count ``q`` asks (「…讲的法治课，有多少人」), or
    None when ``q`` says more than a count of people taking part."""
    if not _asks_audience(q):
        return None
    return f"{_topic_of(prev_q)}，有{_COUNT_ASKED.search(q).group(0)}"
