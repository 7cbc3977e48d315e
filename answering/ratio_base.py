"""「GDP是多少」: the indicator's own total, never a ratio taken over it.

Reports write an indicator both as a total (「本区生产总值完成1488亿元」) and as the base of a
ratio: per unit of something (「每平方公里土地产出GDP19亿元」「人均GDP」「万元GDP能耗」) or a share of
it (「增加值占GDP 42%」「第三产业占GDP比重达92.7%」). Per land area is written 地均, before the
base as 人均 is (「地均GDP70.75亿元/平方公里」) or after it (「地区生产总值地均集约度48.6亿元/平方
公里」): a figure per square kilometre, never the total. The figure beside a ratio's base is the
ratio's, so a cell or fact asking the indicator itself is not answered by a sentence naming it
only so; the total, in any spelling (GDP ~ 地区/本地/本区生产总值), is. A question that asks the
ratio itself (「地均GDP」「研发投入占GDP比重」) is answered by that ratio: a sentence naming the
indicator only as the base of another kind of ratio (「金融业增加值占地区生产总值的35.4%」 for
「地均GDP」), or as its total, gives no figure of the one asked. Its make-up (「国内生产总值的三次
产业构成为1.1：52.5：46.4」) is a set of shares of it, no amount. The kinds: per land area (地均,
每平方公里), per person (人均), a share (占, 比重), per unit of output (万元, 单位).

A growth rate is a ratio over the indicator too: 「地区生产总值年均增长8.0%」 gives how fast it
grew, not what it is. A question asking what the indicator is (「GDP分别是多少」), with no word of
change (增长, 增速, 下降, 率, 百分之几), is not answered by a sentence that names it only with its
growth, its clause giving no figure but percentages; one whose clause gives an amount
(「实现地区生产总值4744.49亿元，增长2.1%」) answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportqa.text import to_simplified
from retrieval.concept import Concept
from retrieval.measures import DIGIT_QUANTITY

__all__ = ["RatioBase"]

# before the base: a per-unit lead (每平方公里土地产出, 人均, 万元, 单位) or a share's 占
# (每年, 每月 are how often, not per what)
_LEAD = re.compile(r"(?:每(?![年月季周天日])[^\s，,。；;、：:]{0,8}|人均|地均|万元|单位|占)\s*$")
# after it: the share named (GDP比重, 生产总值的比例), or the per-area ratio (生产总值地均…); or
# its make-up (「国内生产总值的三次产业构成为1.1：52.5：46.4」: the parts' shares, no amount)
_SHARE = re.compile(r"\s*的?(?:比重|占比|比例|地均|人均|[^\s，,。；;、：:]{0,6}?(?:构成|结构))")


# the indicator named with its change: 「生产总值年均增长8.0%」「GDP同比下降1.2%」
_GROWTH = re.compile(
    r"\s*(?:年均|同比|比上年|较上年|累计|分别|预计|初步核算)?\s*(?:增长|增速|增幅|下降|提高|回落|减少)"
)
# a question that asks a change, a rate or a share of the indicator; or its target, which a
# plan sets as a growth rate (「地区生产总值增长6.5%左右」)
_CHANGE_ASKED = re.compile(
    r"增长|增速|增幅|下降|提高|回落|涨|降|率|[%％]|百分|几成|比重|占比|幅度|目标|预期"
)

# a count asked with its measure word (「多少场」「几个」): things or events, not an indicator
_COUNT_ASKED = re.compile(
    r"(?:多少|几)\s*[个件宗起人名位次场期轮条份家项台套本张座批户所支篇册块处栋趟遍回株棵]"
)


def _growth_only(text: str, end: int) -> bool:
    """The mention ending at ``end`` is followed by its change, and its clause gives no
    figure but percentages (「生产总值增长4.1%，一般公共预算收入85.2亿元」: the 亿元 is the
    next clause's)."""
    if not _GROWTH.match(text, end):
        return False
    stop = re.compile(r"[，,；;。！？!?]").search(text, end)
    clause = text[end : stop.start() if stop else len(text)]
    return all(re.search(r"[%％]$", m.group(0)) for m in DIGIT_QUANTITY.finditer(clause))


def _as_base(text: str, start: int, end: int) -> bool:
    return bool(_LEAD.search(text[max(0, start - 10) : start]) or _SHARE.match(text, end))


def _kind(text: str, start: int, end: int) -> str:
    """The kind of ratio a mention is the base of ('' for none: the total)."""
    lead = _LEAD.search(text[max(0, start - 10) : start])
    share = _SHARE.match(text, end)
    said = (lead.group(0) if lead else "") + (share.group(0) if share else "")
    if not said:
        return ""
    if "构成" in said or "结构" in said:
        return "share"  # the parts' shares of the whole
    if "地均" in said or "平方公里" in said or "土地" in said:
        return "area"
    if "人" in said:
        return "person"
    if "占" in said or "比" in said:
        return "share"
    return "unit"


def _mentions(text: str, spellings: Sequence[str]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for s in spellings for m in re.finditer(re.escape(s), text)]


class RatioBase:
    """Made once per ask: does a sentence name the asked indicator only as a ratio's base —
    or, when the question asks a ratio itself, never as the base of that kind of ratio?"""

    def __init__(self, concepts: Sequence[Concept], question: str) -> None:
        spellings = {a for c in concepts if c.required for a in (c.term, *c.alternatives)}
        # a longer spelling first, so 地区生产总值 is one mention, not also its 生产总值
        self.spellings = sorted((s for s in spellings if len(s) >= 2), key=len, reverse=True)
        q = to_simplified(question)
        self.question = q
        self.change_asked = bool(_CHANGE_ASKED.search(q))
        # the ratio the question asks itself (「地均GDP」), or '' when it asks the total
        self.asked = next((k for at in _mentions(q, self.spellings) if (k := _kind(q, *at))), "")

    @property
    def total_asked(self) -> bool:
        """The question asks the indicator's own amount (「GDP是多少」): no change, share or
        ratio in it. Only such a question may drop a sentence from a fact's value: a share asked
        (「占多大比重」) is answered by a level such as 「权重提升至15%」, which names no base."""
        return (
            bool(self.spellings)
            and not self.change_asked
            and not self.asked
            and not _COUNT_ASKED.search(self.question)
        )

    def __call__(self, text: str) -> bool:
        if not self.spellings:
            return False
        t = to_simplified(text)
        found = _mentions(t, self.spellings)
        # a mention inside a longer one (生产总值 of 本区生产总值) is that one's
        outer = [
            a for a in found if not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in found)
        ]
        if self.asked:  # the asked ratio named nowhere: another ratio's figure, or the total
            return bool(outer) and all(_kind(t, *at) != self.asked for at in outer)
        if outer and not self.change_asked:
            # 「生产总值年均增长8.0%」 for 「GDP是多少」: only its growth, never its amount
            return all(_as_base(t, *at) or _growth_only(t, at[1]) for at in outer)
        return bool(outer) and all(_as_base(t, *at) for at in outer)
