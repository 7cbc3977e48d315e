"""How-often questions: 「党委会多久学一次法」「多长时间开一次」「频次怎样」.

A how-often question asks a period, and a report states one as a rule of the routine (「每月1次
党委会学法」「每季度听取一次汇报」「每半年组织一次」「一月一次」「按季度」); the year's tally of the same
deed (「全年召开党委会专题研究4次」) says how many times it happened, not how often it is held.
Both sentences carry the topic's words, so the one that spells a period answers first; when
none does, the tally is still quoted (the reader sees that no rule is stated).
"""

from __future__ import annotations

import re

from reportqa.text import to_simplified

# 「多久…一次」「多长时间…一回」「隔多久」「几天一次」「多久开一次会」「频率/频次」
_ASKS = re.compile(
    r"(?:多久|多长时间|多长的?时间|多少天|几天|几个月|几周)[^，。？?！!]{0,10}?(?:一次|一回|一趟)"
    r"|隔多久|频次|频率|多长周期"  # 「多久办结」 asks a duration, no period
)
# a period as reports write a routine's rule: 每月, 每个季度, 每半年, 每年, 每两年, 一月一次,
# 按季度, 月度, 每周一 — never 定期 (no period named) nor 全年 (the year's tally)
_PERIOD = re.compile(
    r"每(?:个|隔)?(?:一|两|三|半)?个?(?:天|日|周|星期|礼拜|月|季度?|年)"
    r"|[一每](?:天|日|周|月|季|年)一(?:次|回|会|学|考|评)"
    r"|按(?:日|周|月|季度?|年)|(?<![年全])(?:月度|季度|半年度|年度)(?:例会|会议|学法|分析|通报)"
)


def asks_how_often(question: str) -> bool:
    """Does the question ask how often something is done?"""
    return bool(_ASKS.search(to_simplified(question)))


def states_period(sentence: str) -> bool:
    """Does ``sentence`` spell a period of a routine (「每月1次党委会学法」「每季度听取」)?"""
    return bool(_PERIOD.search(to_simplified(sentence)))
