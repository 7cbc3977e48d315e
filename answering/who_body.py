"""Who bears a body's work: a body, named as the agent of the work.

「法治建设委员会的日常工作由谁承担？」「普法工作由谁牵头负责？」 ask *who* in the words of a
person, but reports answer them with a body: a committee's daily work is borne by its office
and the office is set in a department (「委员会下设办公室，由镇司法所承担日常工作」「办公室设在
司法局」); a work is led by a 牵头单位 (「由司法所牵头负责」). Such a sentence names no person,
so a who-answer that reads only for persons passes it over for one that merely names the topic.
When the question asks who bears, leads or handles a work, a sentence that names an agent with
由…承担/负责/牵头 or says where the office is set (设在…) names who, as a person's name does.

Not such a question: 「是谁讲的课」「书记是谁」 ask a person; the agent reading stays off.

The body that coordinates a work is asked by its kind (「靠什么机构来统筹法治建设」「由哪个组织
牵头推进」), but reports name it by its own head: a committee or leading group set up as the
「议事协调机构」 (法治建设委员会, 依法治街委员会, 工作领导小组, 专班, 指挥部) — seldom with the
word 机构, and never as a firm (the heads ``answering.entities`` gives 机构 for 「哪家机构」).
So when the kind is asked before a verb of coordinating or leading, the kind's concept is
spelled as those heads, and no firm's name is required.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from reportqa.text import to_simplified
from retrieval.query import Analysis

__all__ = ["asks_agent", "asks_coordinator", "names_agent", "with_agents", "with_coordinators"]

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


# 「靠什么机构来统筹」「哪个组织牵头推进」「什么机构负责统筹协调」: a body's kind, then a verb
# of coordinating or leading a work
_COORDINATOR = re.compile(
    r"(?:什么|哪个|哪一个|哪些|啥)(?P<kind>机构|组织|平台)"
    r"[\u4e00-\u9fff]{0,3}?(?:统筹|牵头|协调|领导|主抓|抓总|推进|推动)"
)
# the heads reports give a coordinating body (its own name ends so)
_BODIES = ("委员会", "领导小组", "工作小组", "专班", "指挥部", "议事协调机构", "机构")


def asks_coordinator(question: str) -> str:
    """The kind word of a question asking which body coordinates a work, or ""."""
    m = _COORDINATOR.search(to_simplified(question))
    return m.group("kind") if m else ""


def with_coordinators(analysis: Analysis) -> Analysis:
    """The kind's concept spelled as a coordinating body's heads (机构 ~ 委员会, 领导小组…)."""
    kind = asks_coordinator(analysis.question)
    if not kind:
        return analysis
    concepts = tuple(
        replace(c, term=kind, alternatives=_BODIES)
        if c.term == kind or kind in c.alternatives
        else c
        for c in analysis.concepts
    )
    return replace(analysis, concepts=concepts)
