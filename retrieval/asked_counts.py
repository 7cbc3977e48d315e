"""A which-question that also asks how many wants the count.

「哪个地方有多少人持有执法证」「哪些乡镇各调解了多少件纠纷」 ask for the units *and*, for each, a
number of the thing asked, carried by the measure word the question names (人, 件, %, 元).
A report that names the thing without such a number does not answer it, however many of the
question's words its sentence writes: 「开展执法人员培训4次」 counts occasions, not holders of a
certificate. So the question is read as one asking for a count (``Analysis.number``) and a
report counts only with a sentence giving a number in that measure (``counts_pattern``).

Not a count: 「哪几个地方」「那几个镇」 (which ones, ``retrieval.measures.asked_measure``),
「近几年」 (lately), a vague amount said of the deed (「跑了好几轮」「几十人参加」), and a count of the units or reports themselves (「有多少个镇提到」
「共几份报告写了」: the answer's own count of units, ``answering.meta_asks``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reportqa.answer import Kind
from retrieval.conditions import ASKS_NUMBER, without_figure
from retrieval.count_bounds import without_bound
from retrieval.counts_near import QUANTITY
from retrieval.measures import asked_measure, counts_with
from retrieval.none_at_all import without_none_at_all
from retrieval.units_asked import COUNTED_DOERS

# 「多少个镇」「几份报告」「多少地方」: the units counted, which the answer counts itself
_UNITS = re.compile(
    r"(?:多少|几)\s*(?:个|份|家|处)?\s*(?:乡镇|镇|乡|街道|区县|县区|县|区|市|州|盟|旗|地方|地区|单位|报告)"
)


# 「跑了好几轮」「十几个」「几十人」: 几 in a vague amount, said of the deed, asks nothing
_VAGUE = re.compile(r"(?:好|十|数|几)几|几(?=[十百千万])")


def count_asked(need: str, words: Callable[[str], list[str]] | None = None) -> str:
    """The measure word a which-question's need asks a count in (人, 件, %), or ''."""
    need = _VAGUE.sub(lambda m: " " * len(m.group(0)), need)
    if _UNITS.search(need) or COUNTED_DOERS.search(need):  # 「写了的有几家」 (units_asked)
        return ""
    return asked_measure(need, words)


def figure_asked(
    kind: Kind, need: str, words: Callable[[str], list[str]] | None = None
) -> tuple[bool, str]:
    """Whether a which-question asks for a count (「给出了X的具体数字」, ``conditions``; or
    「有多少人持有X」) and the need without the words asking it: what is asked for (a number;
    「X的数字比一比」 in a comparison) is no concept."""
    need = without_none_at_all(need)  # 「一件没输」: none at all, no count asked
    number = kind == Kind.WHICH and bool(ASKS_NUMBER.search(need) or count_asked(need, words))
    need = without_figure(without_bound(need)) if kind == Kind.WHICH else need
    if kind in (Kind.WHICH, Kind.COMPARE) and ASKS_NUMBER.search(need):
        need = ASKS_NUMBER.sub(" ", need)
    return number, need


def counts_pattern(question: str, words: Callable[[str], list[str]] | None = None) -> re.Pattern:
    """The numbers that answer a which-question asking for a count: those carrying its
    measure word when it names one, else any number with a measure word."""
    measure = asked_measure(question, words)
    return counts_with(measure) if measure else QUANTITY


__all__ = ["count_asked", "counts_pattern", "figure_asked"]
