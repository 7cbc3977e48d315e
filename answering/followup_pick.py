"""「第二个的增速是多少？」: one unit of the last answer, picked by its place in the answer.

An answer over several units shows them in an order (the rows of a comparison, the lines of a
list), and people point back at one of them by that order — 「第二个」「后者」「最后一个」 — as they
would at a row of a table. The ordinal is no search word: it names the unit shown in that place,
and what follows it is asked of that unit alone. A follow-up that names only a measure
(增速, 占比) or nothing at all asks it of the last question's thing, of the last question's year —
the year was said of the units compared, the picked one among them (``followup_measure``).

An ordinal needs the measure word of units (个, 份 of reports) or a unit's kind (区, 街道) after it:
「第二季度」「第二产业」 are things of their own, and 第一家 (企业), 第一项 (措施), 第二条, 第一位 count
things and people in the reports, never the units of the answer.

An ordinal of units past the end of the last answer's list (「第二个区」 after an answer naming
one unit, or none) points at nothing that was shown: it is asked back, never read as a search
(第二个目标, 后者, and a bare 第二个 after a list question, may count the items one unit's
answer listed) — a search would quote some passage of the one unit there is, as if it were the
second. A report counted by its place (第二份) is exempt: one unit's reports are listed under
it, so its place is no unit's.

After a ranking (「哪个区的GDP最高」) an ordinal counts ranks — 「第三个呢」 is the third highest —
and the table's rows are in the order of the units, not of the figure: the unit in that rank is
not known here, so the ordinal is left to the other readings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.followup_carry import RANKING, carried_topic
from answering.followup_inherit import topic_asked
from answering.followup_measure import measure_of_last
from answering.followup_turn import Resolved
from reportqa.errors import QuestionError
from reportqa.text import cn_small
from reportqa.units import short_name

__all__ = ["ordinal_pick"]

# 「第二个」「第3家」「后者」「最后一个」, after a pointer to the answer (「其中」「那」)
_ORDINAL = re.compile(
    r"^(?:那么?|那个|其中|这其中|这里面|里面|上面|刚才)?(?:的)?"
    r"(?:第(?P<n>[一二两三四五六七八九]|[1-9])(?:(?:个|份)(?:{kinds})?|(?:{kinds}))"
    r"|(?P<first>前者|前一个)|(?P<last>后者|后一个|最后一个|最后那个|最后一份))"
    r"(?:的|呢|[，,])?".format(kinds="单位|地方|区县|区|县|镇|乡|街道|报告")
)
# a unit's kind after the ordinal (第二个区, 第三镇)
_KIND = re.compile(r"单位|地方|区县|区|县|镇|乡|街道")
# a question that asks for a list of anything (哪些, 什么, 分别, 各, 几): a bare ordinal may count it
_LISTED = re.compile(r"哪|什么|啥|分别|各|几|列")
# an ordinal of reports (第二份, 第二个报告): one unit's reports may be what was listed
_REPORTS = re.compile(r"份|报告")
# a question ranking units by a figure (「哪个区的GDP最高」「最多的是哪个」)
_RANKS = re.compile(
    rf"(?:哪|谁)[^，,。？?]*(?:{RANKING.pattern})|(?:{RANKING.pattern})[^，,。？?]*(?:哪|谁)"
)
# a multi-unit question's words for asking each unit (「分别」「各自」「各」) before its asking tail
_EACH = re.compile(r"(?:分别|各自|各)(?=(?:是|有|为|达到)?(?:多少|几|怎么|如何|哪))")


def ordinal_pick(
    q: str,
    prev_q: str,
    prev_units: Sequence[str],
    prev_picked: Sequence[str] = (),
    said: str = "",
) -> Resolved | None:
    """The follow-up asked of the unit in the place its ordinal names, or None: no ordinal, or
    a ranking or a pick before it, or one unit and 第一个 (left to the other readings).
    Raises QuestionError when the ordinal counts past the units the last answer showed."""
    m = _ORDINAL.match(q.strip())
    if m is None or prev_picked or _RANKS.search(prev_q):
        return None  # after a ranking the ordinal is a rank, not a row
    place = _place(m, len(prev_units))
    if place > len(prev_units) and _of_units(m, q, prev_q):
        shown = f"只列出了{len(prev_units)}个单位" if prev_units else "没有列出单位"
        raise QuestionError(
            f"「{q.strip()}」按顺序指上一个回答里的单位，但上一个回答{shown}，"
            f"没有第{place}个。请直接说出要问的乡镇、街道或区县。"
        )
    if len(prev_units) < 2 or place > len(prev_units):
        return None  # one unit, 第一个: no list to pick from; 第二份 of one unit's reports
    unit = prev_units[place - 1]
    rest = q.strip()[m.end() :].lstrip("的，, ")
    note = f"（范围：{unit}，上一个回答的第{place}个）"
    one = _of_one(prev_q, prev_units, unit)
    if (asked := measure_of_last(rest, one)) is not None:
        return Resolved(asked, (unit,), note)  # 「第二个的增速」: the rate of that unit's figure
    if not re.sub(r"[是有呢吗多少几？?。!！\s]", "", rest):  # 「第二个呢」「第二个是多少」
        return Resolved(one, (unit,), note)
    if (how := topic_asked(rest, prev_q, said)) is not None:  # 「第三个区是怎么做的」
        return Resolved(f"{unit}{how}", (unit,), note)
    return Resolved(carried_topic(rest, prev_q) or rest, (unit,), note)


def _of_units(m: re.Match, q: str, prev_q: str) -> bool:
    """Does the ordinal surely count what the last answer listed as units? With a unit's kind
    (第二个区, 第三个镇) it does. A bare 第二个 (「第二个是哪年的」) counts whatever was listed:
    units, unless the last question asked for a list (items such as 哪些主要预期目标) — with
    no list asked it points at nothing. 第二个目标, 后者, 最后一个 may count items of one
    unit's answer, and 第二份 one unit's reports."""
    said = m.group(0)
    if m.group("n") is None or _REPORTS.search(said):
        return False
    if _KIND.search(said):
        return True
    tail = q.strip()[m.end() :]
    bare = said[-1] in "的呢，," or not tail or tail[0] in "是在有？?"
    return bare and not _LISTED.search(prev_q)


def _place(m: re.Match, shown: int) -> int:
    """The place the ordinal names: 前者 the first, 后者 the last of at least two."""
    if m.group("first"):
        return 1
    if m.group("last"):
        return max(shown, 2)
    return cn_small(m.group("n"))


def _of_one(prev_q: str, prev_units: Sequence[str], unit: str) -> str:
    """The last question asked of ``unit`` alone: the other units and its words of asking
    each (「分别」「比较」) dropped, its year kept — it was said of every unit compared."""
    body = prev_q.strip()
    for u in sorted(prev_units, key=len, reverse=True):
        body = body.replace(u, "\0")
    for u in prev_units:
        if short_name(u) != u:
            body = body.replace(short_name(u), "\0")
    body = re.sub(r"\0(?:\s*[和与及、跟同]\s*\0)+", "\0", body)
    body = re.sub(r"^(?:请)?(?:比较|对比)(?:一下)?", "", body)
    body = body.replace("\0", unit, 1).replace("\0", "") if "\0" in body else f"{unit}{body}"
    return _EACH.sub("", body)
