"""Clauses of a which-question that name what does NOT count.

A user narrows a which-question by saying what is left out: 「光/只是看录像的不算」「发传单的
除外」「（不包括观看录像）」「网上宣传不计」. The words of such a clause are no need: a report
is not asked to mention them, and a report whose only support is the excluded thing does
not count. The verbs of leaving out are a closed class of Chinese (不算, 除外, 不包括, 不含,
不计, 排除在外); ``answering.sublevels`` reads the same verbs for the kinds of unit
(「街道不算」) and takes them from here. 「除了…以外」 is read as scope by ``retrieval.scope``.

A verb of leaving out only ends such a clause when nothing follows it in the clause but a
sentence particle: 「次数不算多」 is a degree, 「不算少」 likewise. A negated need (「哪些乡镇
没有开展…」) is another question and names no verb of leaving out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# 「X不算/除外」: X is left out (sublevels: 「街道不算」「镇和街道都不算」). The spoken forms
# are a negator and a verb of counting or listing, with its complement: 不算, 别算进来,
# 不用计入, 无需列上
_NEGATOR = r"(?:不用|不必|无需|不需要|不|别)"
NOT_COUNTED = (
    rf"除外|排除在外|不在此列|不包括在内|不要|{_NEGATOR}(?:算|计|列)(?:入|上|进来|进去|在内)?"
)
# 「不算/不包括 X」: the verb before what it leaves out
LEAVES_OUT = r"不算|不包括|不包含|不含|不计|不要|而?不是|除了?|除去|去掉|排除"

_ONLY = r"(?:只是|仅仅|仅是|单纯|光是|光|只|仅|单)"
_PARTICLE = r"[哈啊呀哦吧呢啦嘛噢哟了喔]*"
_CLAUSE_END = rf"{_PARTICLE}(?=[，,。；;？?！!）)\]】\s]|$)"
_BREAK = r"(?:^|(?<=[，,。；;？?！!（(\[【\s]))"
_BODY = r"[^，,。；;？?！!（）()\[\]【】\s]"
# what is left out: a clause of its own, after a break, ending in a verb of not counting —
# 「只是看录像的不算哈」「看录像的除外」「网上宣传都不计」 — or one after 不包括/不含
_CLAUSES = re.compile(
    rf"{_BREAK}(?:{_ONLY})?(?P<a>{_BODY}{{2,20}}?)(?:的话?)?(?:都|也|就)*"
    rf"(?:{NOT_COUNTED}){_CLAUSE_END}"
    rf"|{_BREAK}(?:但|但是|其中)?(?:不包括|不包含|不含|不计|不算)(?P<b>{_BODY}{{2,20}}?)"
    rf"(?:在内)?(?:的)?{_CLAUSE_END}"
)


def excluded_parts(question: str) -> tuple[str, ...]:
    """The words each exclusion clause of ``question`` names as not counting."""
    return tuple(m.group("a") or m.group("b") for m in _CLAUSES.finditer(question))


def without_exclusions(question: str) -> str:
    """``question`` with its exclusion clauses blanked (same length: offsets keep)."""
    return _CLAUSES.sub(lambda m: " " * len(m.group(0)), question)


# the parts of a sentence a list or clause break separates (「民法典、宪法学习会」「《宪法》
# 《民法典》」): what one part says is not said by its neighbour
_PARTS = re.compile(r"[，,；;。、：:！!？?]|》\s*《|[（）()]")


@dataclass(frozen=True)
class Exclusion:
    """The strings that name what does not count, and those that name the need."""

    excluded: tuple[str, ...]
    need: tuple[str, ...]

    def allows(self, sentence: str) -> bool:
        """Is ``sentence`` support beyond the excluded thing? A sentence that does not name
        the excluded thing is; one that does must name the need in a part of its own
        (「旁听庭审1次，同时观看警示录像」 is, 「组织观看庭审录像」 is not)."""
        if not any(x in sentence for x in self.excluded):
            return True
        return any(
            any(n in part for n in self.need) and not any(x in part for x in self.excluded)
            for part in _PARTS.split(sentence)
        )


def exclusion(excluded: Iterable[Iterable[str]], need: Iterable[Iterable[str]]) -> Exclusion | None:
    """The exclusion from the spellings of the excluded concepts and of the need's concepts
    (each an iterable of alternatives); a spelling both name is the need's. None when the
    excluded part names nothing of its own."""
    need_words = {a for c in need for a in c if a}
    own = tuple(dict.fromkeys(a for c in excluded for a in c if a and a not in need_words))
    if not own or not need_words:
        return None
    return Exclusion(own, tuple(sorted(need_words - set(own), key=len, reverse=True)))
