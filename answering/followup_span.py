"""「那历年呢？」「这几年呢」「其他年份呢」「哪一年最多？」 after a question about one unit: the same
question over a span of that unit's reports.

A follow-up made only of a span of years (and the words closing a follow-up) has no topic
or unit of its own: it takes the last question's and asks it of the span instead of the
year said before — 「罗湖区2019年办理了多少件建议」 then 「那历年呢」 is every year of 罗湖区.
「哪一年最多」 after a table over years ranks that table's question. Left to the general
follow-up reading, the span words were searched as a topic (「创历年之最」) or read as a
question about the reports' years. A single year (「那2020年呢」) is no span and stays with
``followup_years``; a follow-up naming a unit (「那罗湖区呢」) stays with ``followup``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering import across_years
from answering.followup import Turn

_OPEN = r"^(?:那么?|那个|还有|另外|再看看?|看看)?"
_CLOSE = r"(?:的|里|中)?(?:情况|数据|数字)?(?:呢|吗|啊|呀|怎么样|如何)?[？?。！!\s]*$"
_SPAN = re.compile(
    _OPEN + r"(?:(?:历年|每一?年|各个?年度?|逐年|这几年|近几年|这些年|近些年|最近几年|过去几年|"
    r"其他年份|其余年份|别的年份|其他几年|其他年度|"
    r"(?:近|最近|过去|这)[一二两三四五六七八九十\d]{1,3}个?年(?:来|间|里)?)"
    r"|(?:19|20)\d\d年?(?:度)?(?:和|与|跟|及|、|到|至|－|-|—|~|～)(?:19|20)\d\d年(?:度)?"
    r"|(?:从|自)?(?:19|20)\d\d年(?:度)?(?:以来|至今))" + _CLOSE
)
_RANK = re.compile(
    _OPEN + r"(?:是)?(?:哪一年|哪年|哪个年份|哪个年度|哪一年度)(?:的)?"
    r"(?:最多|最少|最高|最低|最大|最小|最早|最晚)" + _CLOSE
)
_OTHERS = re.compile(r"其他年份|其余年份|别的年份|其他几年|其他年度")
_YEARS = re.compile(r"(?:19|20)\d\d年(?:度)?")


def span_followup(question: str, history: Sequence[Turn]) -> str | None:
    """The last question asked over the span (or ranked by year) a bare follow-up says;
    else None."""
    q = question.strip()
    if not history or not (_SPAN.match(q) or _RANK.match(q)):
        return None
    last = history[-1].effective
    said = across_years.read(last)
    base = said.text if said is not None else _YEARS.sub("", last)
    base = base.rstrip("？?。！! ")
    if _RANK.match(q):
        rank = re.search(r"哪一年度?|哪年|哪个年[份度]", q)
        word = re.search(r"最[多少高低大小早晚]", q)
        return f"{rank.group(0) if rank else '哪一年'}{base}{word.group(0) if word else ''}？"
    span = _SPAN.match(q)
    words = re.sub(_CLOSE, "", re.sub(_OPEN, "", span.group(0) if span else q))
    words = "历年" if _OTHERS.search(words) else words  # the others, beside the one seen
    return f"{words}{base}？"
