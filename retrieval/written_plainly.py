"""「写清楚了」「写明了」「讲清楚」: how plainly a report says a thing, never what it says.

A user asking whether a report gives something (「哪些乡镇写清楚了一年调处了多少起矛盾纠纷」
「哪些报告写明了经费数额」「把复议案件数讲清楚了的」) adds a complement of result to the verb of
saying: the report said it plainly enough to be read off. Every answer is a quote of what the
report says, so the complement asks nothing a quote does not show; read as words, 清楚 became a
required need no report writes beside its figure (and 写明 an unknown word), and the question
found nothing. So a verb of saying or listing with such a complement is read as the verb of
saying alone (写了), which the question frame already reads as no topic
(``vocabulary.QUESTION_FRAME``); the count asked after it stays (``retrieval.asked_counts``).
Only these complements are read, after a verb of saying: 说明 (a report's 情况说明) and 讲明白
as a deed of the report (「把政策讲明白」 after 把 + a noun of its own: 宣讲) stay — a complement
after 把 keeps its verb when its object is no figure asked.
"""

from __future__ import annotations

import re

# a verb of saying, writing or listing with a complement of result, and its aspect
# (a bare 清/明 only before 了: 列清单, 写明年计划 are other words)
_PLAINLY = re.compile(r"(?P<verb>写|列|讲|标|注|交代)得?(?:(?:清楚|清晰|明白)了?|[清明]了)")
# 把 + an object before the complement: 「把政策讲明白」 is the deed itself unless a figure is asked
_DISPOSAL = re.compile(r"把[^，,。？?]{1,12}$")
_FIGURE = re.compile(r"多少|几|数字|数据|数量|数额|具体数")


def written_plainly(q: str) -> str:
    """``q`` with each 「写清楚了」 read as 「写了」."""

    def plain(m: re.Match) -> str:
        before = q[: m.start()]
        if _DISPOSAL.search(before) and not _FIGURE.search(_DISPOSAL.search(before).group(0)):
            return m.group(0)
        if m["verb"] == "写" or m["verb"] == "交代":
            return "写了"
        return f"{m['verb']}了"

    return _PLAINLY.sub(plain, q)
