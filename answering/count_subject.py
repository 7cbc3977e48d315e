"""The noun a how-many question counts, written before 多少 as its subject: 「秒批事项有多少个」
is answered by 「实现114个政务服务事项“秒批”」.

Chinese asks a count either as 「多少个事项」 (``count_before.bare_noun``) or, with the counted
noun first and the measure word last, as 「事项有多少个」「学校一共几所」. Either way the report
writes the count before that noun (数词 + 量词 + 修饰语 + 名词: 114个|政务服务|事项) and the
deed or quality asked (秒批) after it in the same clause, where the usual judge — a count right
after its topic — finds none. So the noun ending the question's subject, right before
(有|共|一共…) 多少/几 + a measure of things that closes the question, is read as the counted
noun; the count is then taken only in a clause that also says the rest asked
(``count_before.counts_noun``). A measure of occasions, money or time (次, 元, 年) counts no
thing and is left to the usual judge.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reportqa.text import to_simplified

# the subject, an optional total word and verb, then 多少/几 and a measure of things closing it
_SUBJECT_ASKS = re.compile(
    r"(?P<subject>[\u4e00-\u9fff“”\"]{2,24}?)(?:的)?(?:一共|总共|共计|总计|共|累计)?(?:有|是|为)?"
    r"(?:多少|几)(?P<m>[个项家所座件处条张套台辆栋])[？?。！!呢啊吗\s]*$"
)
# tags of a name (person, place, body): 「南山有多少个」 names where, never what is counted
_NAME_TAGS = ("nr", "ns", "nt")
Tagged = Callable[[str], list[tuple[str, str]]]


def subject_noun(question: str, tagged: Tagged) -> str:
    """The counted noun written before 「(有)多少+量词」 at the question's end (「秒批事项有多少个」
    → 事项); '' when the question is not so written or its subject ends in no common noun."""
    m = _SUBJECT_ASKS.search(to_simplified(question))
    if not m:
        return ""
    pairs = [(w, f) for w, f in tagged(m.group("subject")) if w.strip('“”"')]
    if not pairs:
        return ""
    word, flag = pairs[-1]
    if len(word) < 2 or not flag.startswith("n") or flag.startswith(_NAME_TAGS):
        return ""
    if len(pairs) < 2:
        return ""  # 「事项有多少个」 alone: nothing else asked to find the clause by
    return word
