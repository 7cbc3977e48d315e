"""Who bears a body's work: a body, named as the agent of the work.

「法治建设委员会的日常工作由谁承担？」「普法工作由谁牵头负责？」 ask *who* in the words of a
person, but reports answer them with a body: a committee's daily work is borne by its office
and the office is set in a department (「委员会下设办公室，由镇司法所承担日常工作」「办公室设在
司法局」); a work is led by a 牵头单位 (「由司法所牵头负责」). Such a sentence names no person,
so a who-answer that reads only for persons passes it over for one that merely names the topic.
When the question asks who bears, leads or handles a work, a sentence that names an agent with
由…承担/负责/牵头 or says where the office is set (设在…) names who, as a person's name does.

Not such a question: 「是谁讲的课」「书记是谁」 ask a person; the agent reading stays off.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reportqa.text import to_simplified

__all__ = ["asks_agent", "names_agent", "with_agents"]

_WORK_VERBS = r"承担|负责|牵头|承办|主抓|统筹|抓总"
# 「由谁承担」「谁来负责」「哪个部门牵头」「办公室设在哪」
_ASKS = re.compile(
    rf"(?:谁|哪个(?:部门|单位|机构)?|哪家(?:单位|机构)?|什么(?:部门|单位|机构))"
    rf"(?:来|具体|负责)?(?:{_WORK_VERBS})"
    r"|设在(?:哪|什么)"
)
# 「由镇司法所承担日常工作」「由司法所牵头」「办公室设在司法局」: the agent a report names
_AGENT = re.compile(
    rf"由[\u4e00-\u9fff（）()]{{2,14}}?(?:具体|统一|共同)?(?:{_WORK_VERBS})"
    r"|办(?:公室)?设在[\u4e00-\u9fff]{2,12}"
)


def asks_agent(question: str) -> bool:
    """Does ``question`` ask who bears, leads or handles a work (由谁承担, 哪个部门负责)?"""
    return bool(_ASKS.search(to_simplified(question)))


def names_agent(text: str) -> bool:
    """Does ``text`` name a body as the agent of a work (由X承担, 办公室设在X)?"""
    return bool(_AGENT.search(to_simplified(text)))


def with_agents(person: Callable[[str], bool], question: str) -> Callable[[str], bool]:
    """``person``, or a named agent too when ``question`` asks who bears or leads a work."""
    if not asks_agent(question):
        return person
    return lambda text: person(text) or names_agent(text)
