"""「其中哪个说已经开工了」 after 「质子治疗中心 哪几个地方的报告有」: the last list's thing in a state.

After a list of the reports that mention a project, people narrow it by what the report says
of that project — 开工了, 快通车了, 建成了, 投入使用了 — and say only the state: the project
stays the subject, pointed at by 它 or not said at all. A state is a predicate said as a stage:
an aspect word before it (已经, 快, 即将, 正在, 尚未) or 了 after it. Searched as typed, the
turn looked for 开工 anywhere in those reports (a road's 开工 counted for the hospital). The
state is asked of the thing among the last answer's units: 「哪些报告说质子治疗中心已经开工了」.

A turn whose verb of saying takes a thing (「其中哪个提了碧道」「哪个说了GDP」) asks another
thing, never a state; a ranking (「哪个最多」) is read by the picking rules.
"""

from __future__ import annotations

import re

from answering.followup_scope import last_thing

__all__ = ["state_asked"]

_ASPECT = r"(?:已经|已|快要?|即将|马上|正在|将要?|还没有?|尚未|仍在|刚刚?|基本|全面|提前)"
_STATE = re.compile(
    r"^(?:哪个|哪些|哪几个|哪几家|哪家|谁)(?:的)?(?:报告|单位|地方)?(?:里|中)?(?:有)?"
    r"(?:说|提到|写到|讲到|写|讲)(?!了)(?:到)?(?:它|其|该项目|这个项目)?"
    rf"(?P<state>(?P<aspect>{_ASPECT})?[\u4e00-\u9fff]{{1,6}}?(?P<done>了)?)(?:的)?[？?。!！\s]*$"
)
# a which-word in the last question, with the text before it its thing when said first
# (「质子治疗中心 哪几个地方的报告有」)
_WHICH = re.compile(r"(?:哪些|哪几个|哪几家|哪几份|哪个|谁)")
_NOT_STATE = re.compile(r"最|多少|几|什么|哪")
# the stages a project is reported in — a closed set of verbs (开工, 建成, 通车, 投入使用…): a
# state is one of them, its aspect word before and 了 after aside. 「哪个提到安全生产了」「哪个说
# 全面推进河长制」 name another thing, asked as a topic, never a state of the last list's thing
_STAGE = re.compile(
    r"(?:开工|动工|施工|在建|完工|竣工|建成|落成|封顶|通车|通水|通电|投用|投入使用|启用|投产|运营|"
    r"运行|开业|开放|开通|开园|开学|落地|签约|揭牌|挂牌|验收|交付|覆盖|全覆盖|启动)(?:建设)?$"
)


def state_asked(rest: str, prev_q: str) -> str | None:
    """The list of the reports that say the last list's thing is in the state ``rest`` names
    (「哪些报告说质子治疗中心已经开工了？」), or None: no state said, or no thing to say it of."""
    m = _STATE.match(rest.strip())
    if m is None or not (m.group("aspect") or m.group("done")) or _NOT_STATE.search(m["state"]):
        return None
    stage = m["state"].removesuffix("了")[len(m.group("aspect") or "") :]
    if not _STAGE.search(stage) or len(stage) > 6:  # a thing of its own, never a stage
        return None
    if (which := _WHICH.search(prev_q)) is None:  # the last turn listed no units
        return None
    before = prev_q[: which.start()].strip(" ，,")
    thing = before if len(before) >= 2 else last_thing(prev_q)
    if len(thing) < 2 or re.search(r"[？?，,]|报告|哪", thing):
        return None
    return f"哪些报告说{thing}{m.group('state')}？"
