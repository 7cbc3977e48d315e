"""「进出口呢」 after 「社消零总额 南山和宝安谁高」: the same units compared on another thing.

A question that names two or more units and compares a figure of theirs (谁高, 各多少, 比一下)
fixes two slots: the units and the thing compared. The next turn of 那 + a thing + 呢 keeps
the units and the comparing words and swaps the thing. Read as an ellipsis over the last
answer's units instead, the bare words 「进出口呢」 were searched as one report's fact and the
answer quoted one unit only — the other unit, which its report does give, was lost.

The turn must name a thing of its own: a measure of the last thing (增速, 占比, 排名, 目标)
is read by ``followup_measure``/``followup_plan_swap``; a pointer, a level, a time or a place
is another slot. A turn that names a unit is a unit swap, read elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.followup_carry import RANK_WORDS
from answering.followup_counted_thing import counted_swapped
from answering.followup_years import years_in
from answering.regions import places_asked
from ingest.gazetteer import counties, regions
from reportqa.units import short_name
from retrieval.level_words import names_level

__all__ = ["compared_on", "compared_pick", "thing_swapped"]

_BARE = re.compile(
    r"^(?:那么?|还有)?\s*(?P<what>[\u4e00-\u9fffA-Za-z]{2,12}?)的?(?:呢|又如何|怎么样)[？?。!！\s]*$"
)
# pointers, asking, ranking, time and kind words: never the thing a figure is of
_NOT_THING = re.compile(
    r"[哪谁它这那其]|几|最|只|全部|所有|另外|别的|剩下|其他|其它|多少|具体|详细|原文|出处|来源"
    r"|为什么|怎么|如何|(?:去|今|前|明|后|上|下)年|年度|季度|上半年|下半年|\d"
)
# a measure of the thing just compared, said alone (「那增速呢」「那目标呢」): the same thing's
# figure of another kind, never a new thing
_OF_LAST = re.compile(
    r"^(?:增速|增幅|增长率?|涨幅|降幅|占比|比重|排名|名次|同比|环比|总量|总额|规模|人均|目标|"
    r"预期|计划|完成情况|实际完成|完成|数量|金额|人数|比例|成效|效果|情况)$"
)
# a figure is named by a quantity's head noun (总额, 总值, 收入, 增加值, 人口, 面积, 用电量, 比率,
# 人数, GDP): 谁高 and 各多少 compare quantities, so a 「X呢」 whose X ends in no such head — a
# place inside a unit (前海, 蛇口), a period (十四五期间), a reason (原因, 为啥) — is another
# slot; swapped in, 「南山区和宝安区的前海谁高」 was judged by whatever number its passages held
_FIGURE_HEAD = re.compile(
    r"(?:[额值量率数入出资积模费金款税价润收度]|人口|进出口|出口|进口|[A-Za-z]{2,})$"
)
# the measure a comparison names apart from its thing (「办理人大代表建议的件数比一下」): it
# is how the things are counted, so 「那政协提案呢」 counts the new thing the same way — the
# thing swapped, its measure (件数) kept. A Chinese measure counts one class of nouns only
# (件: proposals, cases, matters; 人: people; 次/场: events; 家: firms and bodies; 户:
# households; 个/项: projects, sites), so the new thing must be of that class: 「那河套呢」
# 「那营商环境呢」 (a place, an aspect) were read as 「河套件数」 and judged by any number
# their passages held
_PEOPLE = r"人员|人才|员|者|代表|委员|干部|群众|老人|儿童|学生|职工|人"
_EVENTS = r"活动|检查|培训|会议|讲座|演练|宣讲|督查|巡查|考试|比赛|演出|展览"
_FIRMS = r"企业|公司|单位|机构|医院|学校|食堂|门店|商户|银行|园区"
_ITEMS = r"项目|工程|课题|平台|站点|驿站|中心|场所|设施|社区|村"
_COUNTED_BY = {
    "件数": r"提案|建议|议案|案件|纠纷|投诉|信访|来信|事项|诉求|矛盾|诉讼|举报|申请",
    "人数": _PEOPLE,
    "次数": _EVENTS,
    "场次": _EVENTS,
    "家数": _FIRMS,
    "户数": r"户|家庭|居民|商户",
    "个数": f"{_ITEMS}|{_FIRMS}",
    "项数": f"{_ITEMS}|事项|成果|专利|标准",
}
_MEASURE_SAID = re.compile(rf"[\u4e00-\u9fff]的?(?P<m>{'|'.join(_COUNTED_BY)})")
# 「各多少件」「分别是多少人」: the measure said as the count's classifier — the same class of
# things as 件数/人数 says, and the new thing is counted with it (「那行政诉讼呢」 after
# 「甲县、乙区行政复议各多少件」: the lawsuits counted in 件 as the reviews were)
# (not 「多少个百分点」「多少个工作日」「多少名次」: a unit of measure, no class of things)
_EACH_COUNTED = re.compile(
    r"(?:各|分别)(?:是|有)?多少(?P<c>[件人名次场家户个项])(?!百分点|工作日|月|小时|季度|次|年)"
)
_CLASSIFIER = {"件": "件数", "人": "人数", "名": "人数", "次": "次数", "场": "场次", "家": "家数"}
_CLASSIFIER |= {"户": "户数", "个": "个数", "项": "项数"}
# a name ending as units and places do (「光明区」「丙镇」): the unit slot, even when the
# library holds no report of it
_PLACE_END = re.compile(r"(?:镇|乡|街道|县|区|市|旗|省|州|盟|村|社区)$")
# the last question's comparing words: a pick (谁高, 哪个最多) or each one's figure asked
_PICK = re.compile(rf"(?:谁|哪个|哪一个|哪家)的?(?:{RANK_WORDS}|更高|更多|更大|高|多|大|低|少|小)")
_EACH = re.compile(r"各(?:是|有|完成|达到)?多少|分别(?:是|有)?多少|比一下|比较一下|对比一下")


def _counted_by(what: str, measure: str) -> bool:
    """Does ``measure`` (件数, 人数…) count things like ``what`` (its head noun's class)?"""
    return re.search(f"(?:{_COUNTED_BY[measure]})$", what) is not None


def thing_swapped(q: str, prev_q: str, named: Sequence[str]) -> str | None:
    """The last question with the thing 「那X呢」 names in place of its own: the units' figure
    compared (``compared_on``), or one unit's count of another kind of the counted thing
    (``answering.followup_counted_thing``); None when neither reads ``q``."""
    return compared_on(q, prev_q, named) or counted_swapped(q, prev_q, named)


def compared_on(q: str, prev_q: str, named: Sequence[str]) -> str | None:
    """The last comparison of the units it names (``named``) asked of the thing 「X呢」 names,
    its comparing words kept; None when ``q`` names no thing of its own, or the last question
    compared no figure of two or more units it named."""
    if len(named) < 2 or (m := _BARE.match(q.strip())) is None:
        return None
    what = m.group("what")
    if _NOT_THING.search(what) or _OF_LAST.match(what) or names_level(what) or what in prev_q:
        return None
    said = None if _FIGURE_HEAD.search(what) else _MEASURE_SAID.search(prev_q)
    each = _EACH_COUNTED.search(prev_q)
    if said is None and each and _counted_by(what, _CLASSIFIER[each.group("c")]):
        return f"{_when(prev_q)}{_joined(named)}的{what}各多少{each.group('c')}？"
    # 「那前海呢」「那原因呢」: no quantity to compare, unless the measure was said (「…的件数
    # 比一下」) and the thing is one that measure counts (原因, 河套 never are)
    if not _FIGURE_HEAD.search(what) and (said is None or not _counted_by(what, said.group("m"))):
        return None
    if _PLACE_END.search(what) or places_asked(f"{what}的", regions()):
        return None  # 「那广东的呢」「那光明区呢」: a place or a unit, another slot
    if any(what + tail in counties().counties for tail in ("区", "县", "市", "旗")):
        return None  # 「那光明呢」: a county by its short name
    pick = _PICK.search(prev_q)
    if pick is None and not _EACH.search(prev_q):
        return None
    what = f"{what}{said.group('m')}" if said else what  # 「政协提案」 counted as 件数
    years = set(years_in(prev_q))
    units = (f"{min(years)}年" if len(years) == 1 else "") + _joined(named)  # the year kept
    return f"{units}的{what}{pick.group(0)}？" if pick else f"{units}的{what}各是多少？"


# what a comparison question says besides its thing: each one's figure asked, the joiners
# between the units it names, the asking tail
_NOT_THE_THING = re.compile(
    r"各(?:是|有|完成|达到|实现)?了?(?:多少|几)|分别(?:是|有|完成|达到)?了?(?:多少|几)|比一下|比较一下"
    r"|对比一下|(?:19|20)\d{2}年度?|[、，,和与及跟\s？?。!！]"
)


# the pick asked alone: 「哪个最多」「谁最高」「最少的是哪个」 (a 那 before it said nothing)
_RANK_ONLY = re.compile(
    rf"^(?:那么?)?(?P<rank>(?:哪个|哪一个|哪家|谁)的?(?:{RANK_WORDS}|更高|更多)"
    rf"|(?:{RANK_WORDS})的?是(?:哪个|哪一个|哪家|谁))[？?。!！\s]*$"
)


def compared_pick(
    prev_q: str, rank: str, named: Sequence[str], answered: Sequence[str]
) -> str | None:
    """「其中哪个最多」 after 「固定资产投资 南山 宝安 龙岗 罗湖 各完成多少」 whose answer found only
    some of them (``answered``): the pick asked of every unit the last question named — a
    unit whose figure was missed last time still has one, and the pick must weigh it. None
    when the answer found them all (the last question asked again over them picks as well),
    the last question named fewer than two units or asked no figure of each, or ``rank``
    asks more than the pick."""
    m = _RANK_ONLY.match(rank.strip())
    if m is None or len(named) < 2 or not set(named) - set(answered) or not _EACH.search(prev_q):
        return None
    rank = m.group("rank")
    rest = prev_q
    for name in sorted({n for u in named for n in (u, short_name(u)) if n}, key=len, reverse=True):
        rest = rest.replace(name, " ")
    thing = _NOT_THE_THING.sub("", rest).strip("的")
    if len(thing) < 2:
        return None
    years = set(years_in(prev_q))
    when = f"{min(years)}年" if len(years) == 1 else ""
    return f"{when}{_joined(named)}的{thing}{rank}"


def _when(prev_q: str) -> str:
    """The one year the last question said (「2023年」), kept; '' when it said none or several."""
    years = set(years_in(prev_q))
    return f"{min(years)}年" if len(years) == 1 else ""


def _joined(named: Sequence[str]) -> str:
    """「宝安区、罗湖区和龙华区」: the units as a question names several."""
    return f"{'、'.join(named[:-1])}和{named[-1]}"
