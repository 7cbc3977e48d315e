"""「有行政官司但一件没输的」「开了听证会但没有被复议的」: A present, and B absent or zero.

A which-question of the form 有A但没B asks for the units that did A and whose report does not
say B happened. A is the topic, read as usual; B is a condition on A's sentence: a report
writes the outcome beside the deed (「行政诉讼案件2件,均未败诉」「无败诉」「败诉0件」), so a
sentence that states B with a count above zero (「败诉8件」「败诉率3.3%」) is a unit that did B
and no answer. B said under a negation, with a zero, or not at all is no B. 没 before a bare
verb negates its perfective: 「没输」 is the negation of 「输了」, and that is the spoken form
the vocabulary reads (``register.txt``: 输了 → 败诉).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from retrieval.negated_mention import negated

__all__ = ["ButNot", "but_not_text", "may_count_zero", "zero_count"]

# 但/却/可 + an emphatic 一件(都) + 没/没有/未/无 + B, up to the 的 or the clause's end
_BUT_NOT = re.compile(
    r"(?:但是?|却|可是?|不过)\s*(?:一[个件次起宗例名项回笔]?)?(?:都|也)?(?:从)?(?:没有|没|未|无)"
    r"(?:被)?(?P<b>[\u4e00-\u9fff]{1,8}?)(?:过|掉)?(?=的|[，,。？?！!\s]|$)"
)
# a count of zero written after B: 「败诉0件」「败诉率为0」「败诉率为零」; a 零 after B with a word
# after it counts that word, not B: 「违法行为零容忍」「法律服务零距离」「矛盾纠纷零上交」
_ZERO_AFTER = re.compile(
    r"^(?:率|案件|案)?(?:(?:为|是)?\s*[0０](?![.．0-9])|(?:为|是)\s*零|零(?=[件起个次例宗]|[，。；、）)]|$))"
)
_ZERO_BEFORE = re.compile(r"(?<![“「\"'])零$")
# a bare zero figure or 零 anywhere: the cheap test before mentions are read one by one
_ANY_ZERO = re.compile(r"零|(?<![\d.．])[0０](?![.．\d])")


def zero_count(text: str, pos: int, end: int, inside: bool = False) -> bool:
    """Is the mention ``text[pos:end]`` counted zero: 「败诉0件」「败诉率为0」「零败诉」? A
    report states an outcome that did not happen by its count, as often as by a negation.
    A quoted 「“零跑腿”」 is a slogan's name, no count: only an unquoted 零 before counts.
    ``inside``: the mention was read spelled apart, and a 零 within it counts too."""
    after = _ZERO_AFTER.match(text[end : end + 8])
    zero = text.find("零", pos, end) if inside else -1
    if zero > pos and _ZERO_BEFORE.search(text, 0, zero + 1):
        return True  # a word spelled apart round its zero: 行政诉讼|零|败诉
    return after is not None or _ZERO_BEFORE.search(text, 0, pos) is not None


def may_count_zero(text: str) -> bool:
    """Might any mention in ``text`` be counted zero (``zero_count``)? Most sentences hold no
    zero figure, so none of their mentions needs the test."""
    return _ANY_ZERO.search(text) is not None


def but_not_text(question: str) -> str | None:
    """B of 「有A但没B」 as a phrase to read (a bare verb in its perfective: 输 → 输了)."""
    m = _BUT_NOT.search(question)
    if m is None or "有" not in question[: m.start()]:
        return None  # 「但没B」 after no 有/有了: no A present is asked (「没B的」 is polarity)
    b = m.group("b")
    return f"{b}了" if len(b) == 1 else b


@dataclass(frozen=True)
class ButNot:
    """B's spellings (each a concept's alternatives): a sentence passes unless it says B."""

    spellings: Sequence[str]

    def allows(self, sentence: str) -> bool:
        """No spelling of B stated as having happened in ``sentence``."""
        for word in self.spellings:
            for m in re.finditer(re.escape(word), sentence):
                s, e = m.span()
                if negated(sentence, s, e) or zero_count(sentence, s, e):
                    continue
                return False
        return True
