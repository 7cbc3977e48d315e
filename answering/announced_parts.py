"""The clause in which a report announces its own parts, which is no content of them.

A Chinese work report opens by naming what follows — 「现将虹桥街道2021年度法治政府建设工作及
2022年工作计划报告如下：」「现就有关情况汇报如下」「现对2023年所做工作总结如下」 — and may close
with 「特此报告」. Such a clause names the parts (a year's work, next year's plan) and says none of
their content: it holds the words of a question on that work or plan (2022年, 工作计划) without
telling one deed, target or figure. Quoted as the answer to 「2022年工作计划写了哪几条」 it
reads as if it were the plan. So when a sentence is read for what the report says of a topic,
the announcing clause is left out of the reading: a sentence that holds the topic only there
is no quote, and one that tells something before it (「…扎实推进法治政府建设，现将…报告如下」)
is scored on what it tells. Whether a report HAS such a part (「哪些报告附了下一年计划」) is
another question, read by the which path, which keeps such sentences as they are.
"""

from __future__ import annotations

import re

from reportqa.text import to_simplified

# the verbs a report uses of its own handing-in: 报告/汇报 to a superior, 总结 of a year, 通报
_VERB = r"(?:报告|汇报|总结|通报)"
# 「现将/现就/现对/现把…报告如下」: the clause runs from 现将 (its object may hold a comma)
_LED = re.compile(rf"现[将就对把][^。；;！？!?\n]{{0,80}}?{_VERB}如下[：:。.，,]?")
# 「…情况报告如下」 with no 现将: the clause from the last clause break
_BARE = re.compile(rf"[^，,；;。：:！？!?\n]*{_VERB}如下[：:。.，,]?")
# 「特此报告。」: the closing formula
_CLOSING = re.compile(rf"特此{_VERB}[。.！!]?")


def without_announcement(text: str) -> str | None:
    """``text`` (a sentence, simplified) with its announcing clauses cut out, or None when it
    holds none (the common case, told by one search for 如下/特此)."""
    if "如下" not in text and "特此" not in text:
        return None
    cut = _LED.search(text) or _BARE.search(text)
    rest = text[: cut.start()] + text[cut.end() :] if cut else text
    closing = _CLOSING.search(rest)
    if closing:
        rest = rest[: closing.start()] + rest[closing.end() :]
    return rest if rest != text else None


def only_announces(text: str, concepts) -> bool:
    """Does the quote ``text`` hold the asked topic only in a clause announcing the report's
    parts (「现将…2024年工作计划报告如下」 for 「工作计划」)? Such a quote is no cell of a comparison
    nor the answer to a fact, whatever path read it."""
    rest = without_announcement(to_simplified(text))
    if rest is None:
        return False
    words = [a for c in concepts if c.required for a in c.alternatives] or [
        a for c in concepts for a in c.alternatives
    ]
    return not any(a in rest for a in words)
