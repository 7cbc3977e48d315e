"""A follow-up that narrows by a level above the township after an answer that listed
nobody: 「这里头哪个是区县一级的？」「其中县一级的呢？」.

There are no units to pick from, and the follow-up has no topic of its own: its words point
back (这里头, 这几个) and name a level. Searching them as a topic answers 「没有找到关于「这里头
哪个是区县一级的」的内容」, which tells the user nothing; refusing makes them ask again. What
they mean is the last question over the reports of that level, as ``followup_levels`` does for
乡/镇/街道 — asked so, and the note says the last answer listed no unit.
"""

from __future__ import annotations

import re

# the county rung as a user names it (shared with ``followup_switch``, which names the city rung
# as its scope readers take it)
COUNTY_WORDS = {
    "区县": "区县",
    "县区": "区县",
    "县市区": "区县",
    "县": "区县",
    "区": "区县",
    "旗": "区县",
}
# the levels above the township, as a user names them, and the scope word the readers take
_ABOVE = {**COUNTY_WORDS, "地市": "地市", "市": "地市", "州": "地市"}
_NAMES = "|".join(sorted(_ABOVE, key=len, reverse=True))
_LEVEL_ONLY = re.compile(
    r"^(?:(?:哪些|哪几个|哪几家|哪几份|哪个|哪家|谁)(?:是|属于|在|算)?)?"
    rf"(?P<level>{_NAMES})(?:这一级|一级|级别|层级|级|里|层面)?(?:的|里的)?(?:报告)?"
    r"(?:呢|有哪些|是哪些|有哪几个|是哪个|有没有)?[？?。!！\s]*$"
)


def over_level(rest: str, prev_q: str) -> tuple[str, str] | None:
    """(question, note): the last question asked over the level ``rest`` names (after its
    pointer back: 「哪个是区县一级的」), or None when ``rest`` says more than a level."""
    m = _LEVEL_ONLY.match(rest)
    if m is None:
        return None
    level = _ABOVE[m.group("level")]
    note = f"（上一个回答没有列出单位：在{level}一级的报告里重新检索上一个问题）"
    return f"{level}的报告里，{prev_q.rstrip('？?。')}", note
