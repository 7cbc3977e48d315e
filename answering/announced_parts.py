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

# the verbs a report uses of its own handing-in: 报告/汇报 to a superior, 总结 of a year, 通报,
# 说明/报送
_VERB = r"(?:报告|汇报|总结|通报|说明|报送)"
# 「…报告如下」, its other word order 「…作如下报告」, or no verb at all 「具体情况如下」
_AS_FOLLOWS = rf"(?:{_VERB}如下|作如下{_VERB}|情况如下)[：:。.，,]?"
# 「现将/现就/现对/现把…报告如下」: the clause runs from 现将 (its object may hold a comma); 现 is
# 'now' there, never the end of a word (实现对全镇15个村全覆盖, 发现将…, 体现对…)
_LED = re.compile(
    rf"(?:(?<![实发体表出呈展兑再涌显重浮闪])现[将就对把]|特将|兹将|今将|下面将)"
    rf"[^。；;！？!?\n]{{0,80}}?{_AS_FOLLOWS}"
)
# 「…情况报告如下」 with no 现将: the clause from the last clause break
_BARE = re.compile(rf"[^，,；;。：:！？!?\n]*{_AS_FOLLOWS}")
# a clause naming several parts (「2021年度工作及2022年工作计划」「总结暨…安排」「情况和明年工作安排」)
_SEVERAL = re.compile(r"及|和|暨|与|、|并")
# what follows a clause in its own sentence is content when it has words (「一是开展…」)
_WORDS = re.compile(r"[\u4e00-\u9fff]{2}")
# 「特此报告。」: the closing formula
_CLOSING = re.compile(rf"特此{_VERB}[。.！!]?")


def without_announcement(text: str) -> str | None:
    """``text`` (a sentence, simplified) with its announcing clauses cut out, or None when it
    holds none (the common case, told by one search for 如下/特此)."""
    if "如下" not in text and "特此" not in text:
        return None
    cut = _LED.search(text) or _BARE.search(text)
    rest = text[: cut.start()] + text[cut.end() :] if cut and not _heads(cut, text) else text
    closing = _CLOSING.search(rest)
    if closing:
        rest = rest[: closing.start()] + rest[closing.end() :]
    return rest if rest != text else None


def _heads(cut: re.Match, text: str) -> bool:
    """Does the clause ``cut`` head content in its own sentence, as a heading does? A clause
    naming one part with that part's content after it (「现将2024年工作计划报告如下：一是开展
    法治夜校…」, a web copy's run-on line) tells what the content is of, so it is read with it.
    One naming several parts does not: what follows is the first part's alone (「…2021年度工作
    及2022年工作计划报告如下：一、加强组织领导」 is no plan)."""
    after = _CLOSING.sub("", text[cut.end() :])
    return bool(_WORDS.search(after)) and not _SEVERAL.search(cut.group())


def announces(sentence: str) -> bool:
    """Does ``sentence`` say nothing but announce the report's parts? Ranked high for a fact on
    those parts (it holds their words), it tells none of them: no fact is answered by it. One
    that tells something before the clause (「…实现全覆盖，具体情况总结如下」) is read for that."""
    text = to_simplified(sentence).strip()
    rest = without_announcement(text)
    return rest is not None and not _WORDS.search(rest)


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
