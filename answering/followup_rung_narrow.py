"""「那评上省级的呢」 after 「哪些村被评上了民主法治示范村」: a rung narrows the thing just asked of.

Honours, model sites and pilots are conferred at a rung (国家级, 省级/自治区级, 市级, 县级), and a
follow-up naming only a rung — with, at most, the last question's own verb (评上, 获评) — asks the
same list of that rung's ones: 「省级民主法治示范村」, not 「评上省级」 as a topic of its own,
which loses the thing and lists every unit that reports anything provincial. When the last
question already named a rung (「哪些县是省级示范县」), the new one takes its place. A rung with
a verb the last question lacks (「那省级的考核呢」) asks something new and is left alone, and a
bare rung after a question without one (「那省级的呢」) may mean the reports of that level,
which ``followup_switch`` reads.
"""

from __future__ import annotations

import re

from answering.followup_empty import ASKED_UNITS
from retrieval.honours import RECEIVE

__all__ = ["rung_narrowed"]

RUNG = r"国家级|全国|省级|自治区级|省部级|地市级|市级|州级|县级|区级|旗级|县区级"
_ASKED = re.compile(
    rf"^(?:那么?|那要是|如果是)?(?:只看|只要|换成)?(?P<verb>[\u4e00-\u9fff]{{0,3}}?)"
    # 「全国级别的」「省级别的」: 级别/层级 after a rung names the rung again, no thing of its own
    rf"(?P<rung>{RUNG})(?:(?<=级)别|级别|层级|一级|级)?(?:的)?"
    # 「是哪个」「是哪几个」: the last list asked again, of that rung (one may be expected)
    r"(?:呢|有哪些|是哪些|有没有|有吗|是哪(?:个|家|几个|几家)|有哪(?:几个|几家))?[？?。!！\s]*$"
)
_SAID_RUNG = re.compile(rf"(?:{RUNG})(?=[\u4e00-\u9fff])")
# the aspect or result word that may stand between a verb and what it confers
_AFTER_VERB = r"(?:了|过)?(?:为|成|上)?(?:了)?"
# a rung said before narrows only a thing conferred: 「县级组织的培训」「全国宪法宣传周」
# 「县级市」 name who runs a thing or a kind of place, and 「那县级的呢」 after them asks the reports
_CONFERRED = re.compile(rf"{RECEIVE.pattern}|示范|试点|先进|称号|荣誉|表彰")


def rung_narrowed(q: str, prev_q: str) -> tuple[str, str] | None:
    """(question, note): the last which-question asked of the rung ``q`` names; None when
    ``q`` says more than a rung and the last question's verb, or there is nothing to narrow."""
    m = _ASKED.match(q.strip())
    if m is None or not ASKED_UNITS.search(prev_q):
        return None
    verb, rung = m.group("verb"), m.group("rung")
    asked = prev_q.rstrip("？?。")
    if said := _SAID_RUNG.search(asked):  # a rung named before: the new one in its place
        if (verb and verb not in asked) or not (verb or _CONFERRED.search(asked)):
            return None
        narrowed = f"{asked[: said.start()]}{rung}{asked[said.end() :]}"
    elif verb and len(verb) >= 2 and (at := _verb_at(verb, asked)):
        if at >= len(asked):  # the verb ends the question: no object to qualify
            return None
        narrowed = f"{asked[:at]}{rung}{asked[at:]}"
    else:
        return None
    return f"{narrowed}？", f"（只看{rung}的）"


def _verb_at(verb: str, asked: str) -> int | None:
    """Where the object of ``verb`` starts in ``asked``: after the verb said there, or after
    its root said in another compound (获评 ~ 评为, 评上: the one character they share)."""
    if at := re.search(re.escape(verb) + _AFTER_VERB, asked):
        return at.end()
    for ch in reversed(verb.strip("了过的是有")):
        # the shared character must stand as a verb's end there (评为, 评了), not inside a
        # noun (名单 for 命名, 报告 for 上报): else the rung lands mid-word
        for at in re.finditer(re.escape(ch) + _AFTER_VERB, asked):
            if at.end() - at.start() > 1 or ch in "为成上":
                return at.end()
    return None
