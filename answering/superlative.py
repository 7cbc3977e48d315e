"""Ranking questions asked first (「哪个乡镇的普法活动最多」「调解成功率最高的是哪里」).

Chinese asks for the top of a ranking with one picking word (哪个/哪家/谁/哪里, never the
plural 哪些) and a ranking word (最多/最少/最高/最低/最大/最小) closing the need, or
opening the answer's clause (「…最多的是哪个镇」). The ranking word says how to order the
units, never what a report must write: no report says 「普法活动最多」, each says how many
it held. So the question is two the product already answers: which units write of the need
(``answering.which``), then a comparison of their own counts with the pick made over the
quoted numbers (``answering.compare``), exactly as the follow-up 「其中哪个最多」 asks after a
which-answer (``answering.picking``). A unit quoted without a comparable number is named as
such, never ranked on a count of something else (``compare_table._superlative_pick``).

A 最 inside a name is no ranking: 「最多跑一次」 is a reform, 「最美…」 a title; the ranking
word is taken only at the end of the need, or right before the answer's 的是. A time
ranking (「哪个镇最早聘请法律顾问」) has no count to compare and an annual report seldom says
since when: it is answered by its which-question, said not to name a first (``unranked``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from answering.count_beside import counted_beside
from answering.picking import most_said
from reportqa.answer import Answer, CompareRow, Paragraph, Text
from retrieval.concept import Concept
from retrieval.measures import one_class

_RANK = r"最多|最少|最高|最低|最大|最小"
# the unit word of the pick: 「哪个乡镇」「哪一个街道」「哪家单位」; 哪里/哪儿 and 谁 pick a place
_UNIT = r"乡镇|镇|乡|街道|单位|地方|区县|县区|县市区|县|区|市|省|州"
_PICK = rf"(?:哪一?个|哪家|哪一家|谁|哪里|哪儿)(?P<unit>{_UNIT})?"
# 「哪个乡镇的普法活动最多」「哪个街道调解的纠纷最多」: pick, need, ranking word at the end
_BEFORE = re.compile(
    rf"^(?:请问)?(?:数|在)?{_PICK}的?(?P<thing>[^，,。？?！!]+?)(?P<rank>{_RANK})$"
)
# 「普法活动最多的是哪个镇」「调解成功率最高的是哪里」: the need, the ranking word, then the pick
_AFTER = re.compile(
    rf"^(?:请问)?(?P<thing>[^，,。？?！!]+?)(?P<rank>{_RANK})的?(?:是|为|在)?{_PICK}$"
)
# 「哪个镇最早聘请法律顾问」「最早聘请法律顾问的是哪个镇」: a time ranking opens the deed
_TIME = r"最早|最先|最晚|最迟"
_TIME_BEFORE = re.compile(rf"^(?:请问)?{_PICK}(?P<rank>{_TIME})(?P<thing>[^，,。？?！!]+)$")
_TIME_AFTER = re.compile(
    rf"^(?:请问)?(?P<rank>{_TIME})(?P<thing>[^，,。？?！!]+?)的(?:是|为)?{_PICK}$"
)
# 「开展得最多」「办的最多」: a one-character verb's 得 is how the user says it, not the need
_HOW = re.compile(r"(?:得|的)$")
# words that open a comparison of every unit or of units listed: compared as asked
_COMPARED = re.compile(r"比较|对比|相比|各乡镇|各镇|各乡|各街道|各个|每个|分别")
# 「哪个年份」「哪个方面」「哪个村」「哪家律所」: 哪个 picks the noun after it, which is no unit
_OTHER_PICK = re.compile(
    r"年|月|季|方面|领域|类|种|项|村|社区|部门|科室|人|律所|律师|事务所|企业|公司|学校|案件"
)
# 「数量」「次数」「场次」「人数」 after the need: how it is counted, not what is done
_COUNT_NOUN = re.compile(r"的?(?:数量|次数|场次|件数|个数|总数|人数|数目|人次|总量)$")


@dataclass(frozen=True)
class Ranking:
    """A first-turn ranking question read: the need (``thing``), the ranking word, and the
    unit word the user picks by (乡镇, 街道; '' for 哪里/谁, any unit in scope)."""

    thing: str
    rank: str
    unit: str

    def which(self) -> str:
        """The which-question over the need: the units that could be ranked. A count noun
        closing the need (「审核合同数量」「学法的次数」) names the measure ranked, a word no
        report writes (it writes 「审核合同5份」), so the units are found without it."""
        need = _COUNT_NOUN.sub("", self.thing) or self.thing
        return f"哪些{self.unit or '单位'}的报告写了{need}"

    @property
    def timed(self) -> bool:
        """Ranked by when each unit began, not by a count."""
        return bool(re.fullmatch(_TIME, self.rank))

    def among(self, units: Sequence[str]) -> str:
        """The comparison of ``units``' own counts of the need, and the pick."""
        names = list(units)
        joined = "、".join(names[:-1]) + "和" + names[-1]
        return f"{joined}的{self.thing}各是多少，哪个{self.rank}"


def ranking(question: str) -> Ranking | None:
    """The ranking a question asks for, first in a conversation; None for any other shape
    (a which-question, a compare naming units, a 最 inside a name)."""
    text = re.sub(r"[？?。！!\s]+$", "", most_said(question.strip()))
    if _COMPARED.search(text):
        return None
    m = _BEFORE.match(text) or _AFTER.match(text)
    m = m or _TIME_BEFORE.match(text) or _TIME_AFTER.match(text)
    if m is None:
        return None
    noun_picked = m.re is _BEFORE and re.match(r"(?:请问)?(?:数|在)?哪一?[个家]", text)
    if noun_picked and not m.group("unit") and _OTHER_PICK.match(m.group("thing")):
        return None  # 「哪个年份…最多」「哪个村…最多」: the noun after 哪个 is what is picked
    thing = _HOW.sub("", m.group("thing")).strip("的")
    if len(_COUNT_NOUN.sub("", thing)) < 2 or re.search(r"哪|谁|最|什么|怎么|多少|几", thing):
        return None  # 「哪家次数最多」: a count of no need of its own (a follow-up's)
    if re.search(r"报告|年报|文件", thing):  # 「哪个省的报告最多」: the library, no deed
        return None
    return Ranking(thing, m.group("rank"), m.group("unit") or "")


def shared_measure(measures: Sequence[str]) -> set[str] | None:
    """The measure words to rank by when the quoted counts are of several kinds: those of
    the kind most units count in (「247份」「185份」 against one 「3家」). Reports count one
    deed in one measure (contracts in 份, disputes in 件), so a lone count in another
    measure counts something else in the unit's sentence (the firms hired, not contracts),
    and is left out rather than ranked; None when no kind is shared by more units than any
    other (nothing can be said to be the need's count)."""
    said = [m for m in measures if m]
    kinds = {frozenset(n for n in said if one_class((m, n))) for m in said}
    groups = sorted(((sum(n in k for n in said), k) for k in kinds), key=lambda g: -g[0])
    if not groups or groups[0][0] < 2 or (len(groups) > 1 and groups[1][0] == groups[0][0]):
        return None
    return set(groups[0][1]) | {""}


def unranked(answer: Answer, rank: Ranking | None) -> Answer:
    """A which-answer to a time ranking (「哪个镇最早聘请法律顾问」), said not to rank: an
    annual report tells what a unit did that year and seldom since when, and the year of a
    report is no start, so the units are listed and no first one is named."""
    if rank is None or not rank.timed or not answer.townships:
        return answer
    said = f"报告原文没有可以相互比较的开始时间，无法判断哪个{rank.rank}；以下是写了这件事的单位："
    return replace(answer, body=(Paragraph((Text(said),)), *answer.body))


def counting_topic(rows: Sequence[CompareRow], concepts: Sequence[Concept]) -> list[CompareRow]:
    """The rows whose number counts the need: Chinese writes a count right after the deed
    it counts (审查合同247份, 专题学法12次; ``answering.count_beside``), so a cell whose
    number follows another deed of its sentence (「专题学习法律知识……合法性审查13次」) states
    no count of the need, and ranking it would rank something else. When no row's number
    stands beside a word of the need, none is ranked: 「召开党工委会议……共12次，专题研究……
    矛盾纠纷化解」 counts meetings, and naming it the unit with the most disputes would be a
    claim no report makes."""
    if not concepts:
        return list(rows)
    # a figure without a measure word (a rate, 98%) is not read for its deed: kept, as
    # ``one_class`` ranks it with any
    return [r for r in rows if not r.measure or counted_beside(r.value, r.measure, concepts)]


__all__ = ["Ranking", "counting_topic", "ranking", "shared_measure", "unranked"]
