"""「郑东新区呢，两边对比一下」: one unit named, then both sides pointed at to be compared.

After a question about one unit (「阎良区政府常务会议会前学法几次？」), naming another and asking to
set 两边/两者/二者/双方 side by side — or only 对比一下/比一比 right after it — asks the last
question of both units together: the unit named now is added to the last question's, as
「再把X加进来比一比」 adds it. Read alone, 「那X呢」 moves the question to X and the comparing
words were searched as a topic (「两边」).

What the follow-up says besides the unit is what is compared: 「郑东新区的行政复议案件数呢，两边
对比一下」 compares 行政复议案件数, the last topic only when it names none. Two things joined
(「郑东新区的行政复议和行政诉讼案件，两者对比一下」) are the two sides — of one unit, nothing
added — left to the question read on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportqa.units import short_name

__all__ = ["VERSUS", "beside_need"]

# 「它和乙乡比呢」「跟乙乡比哪个多」「这个镇与丙街道相比」: the unit just talked about (it, or
# nothing named before 和/跟, 「那跟乙乡比呢」) set beside another — a comparison over both; 「甲镇和乙乡比」
# names its own units, a new question; the verb may come first: 「那对比一下X」「相较于X呢」「较X呢」
VERSUS = re.compile(
    r"(?:^(?:那么?|那要是|要是)?|它|这家|这个(?:乡镇|镇|乡|街道|单位)?)(?:和|跟|与|同)[^，,。？?]{2,12}?"
    r"(?:比|相比|比较|对比)"
    r"|^(?:那么?|那要是|要是)?(?:再)?(?:对比|比较|相较于|相比于|较之|较)(?:一下)?[^，,。？?]{2,12}"
)
# both sides pointed at, then a verb of comparing; or the verb alone in a clause after the name
_BESIDE = re.compile(
    r"(?:两边|两者|二者|双方|两家|两个|俩)(?:都)?(?:放在一起|一起)?(?:对比|比较|比一比|比比|比一下|对照)"
    # the verb in a clause of its own after the name (「郑东新区呢？比一比」), the last unit
    # pointed at or not (「跟它比一比」「和前面那个对比一下」)
    r"|[，,？?。！!\s]\s*(?:再)?(?:(?:跟|和|与|同)(?:它|前面的?|上一个|刚才的?)(?:那个|那家)?)?"
    r"(?:对比一下|比较一下|对比下|比较下|比一比|比比|对照一下|比较比较|对比对比)(?:看看)?[？?。!！]*$"
)
# the words around the unit that name no thing: pointers, particles, the possessive
# — and the time of the last question said again (「盐田同一年呢」: its year, which the last
# question keeps when the unit is added)
# — and the unit's own report pointed at by its year (「龙岗2014年那份的呢」: which report of the
# unit is set beside, ``followup_added_years`` writes it beside the name; no thing compared)
_FILLER = re.compile(
    r"^(?:那么?|还有|再看看?|看看)|同一年|同年|同期|那一年"
    r"|(?:19|20)\d{2}\s*年度?的?(?:那一?份|这一?份|报告)?|的|呢|吧|啊|[，,。？?！!\s]"
)
# two things joined: the sides compared are these, not two units
_JOINED = re.compile(r"[\u4e00-\u9fff](?:和|与|跟|及|同)[\u4e00-\u9fff]")


def beside_need(q: str, units: Sequence[str], prev_q: str = "") -> str | None:
    """The thing to compare the one unit named in ``q`` with the last one on: '' for the last
    question's topic, the thing ``q`` names otherwise; None when ``q`` sets no unit beside
    the last (not one unit named, no comparing words, or two things of that unit joined)."""
    if len(units) != 1:
        return None
    if not (m := _BESIDE.search(q)):
        return _versus_need(q, units[0], prev_q)
    said = q[: m.start()]
    for form in (units[0], short_name(units[0])):
        said = said.replace(form, "")
    need = _FILLER.sub("", said)
    if _JOINED.search(need):
        return None
    return need if len(need) >= 2 else ""


# 「跟峡口镇的行政处罚比呢」「和乙乡的调解件数相比」: the other unit and, after its 的, the thing
# to compare said in the one clause that sets it beside the last unit
_VERSUS_NEED = re.compile(
    r"(?:和|跟|与|同)(?P<mid>[^，,。？?]{2,20}?)(?:相比|比较|对比|比)(?:呢|一下|一比|看看)?[？?。!！\s]*$"
)


def _versus_need(q: str, unit: str, prev_q: str) -> str | None:
    """The thing 「跟X的Y比呢」 names after the unit X, or None when it names none (「跟X比呢」:
    the last topic, read as before). The thing named replaces the last question's measure —
    both units are compared on it, never the last one's figure beside a blank."""
    m = _VERSUS_NEED.search(q)
    if m is None:
        return None
    mid = m.group("mid")
    at = next((mid.find(f) + len(f) for f in (unit, short_name(unit)) if f and f in mid), -1)
    if at < 0 or not mid[at:].startswith("的"):  # the thing is the unit's: 「X的Y」
        return None
    need = _FILLER.sub("", mid[at:])
    if prev_q and all(ch in prev_q for ch in need):  # 「跟深圳的GDP比呢」 after 「…GDP多少」:
        return None  # the last measure said again — the last question, its year kept
    return need if len(need) >= 2 and not _JOINED.search(need) else None
