"""What a report says its own unit lacks: read once from its text at ingest, matched per ask.

Reports of 法治政府建设 state plainly what the unit does not have — 「因经费紧张，尚未聘请法律顾问」
「受编制所限，尚未配备公职律师」「人民调解委员会尚未成立」「法律顾问缺位」 — and then describe
what stands in for it: 「全年召开法律事务分析会两次」「合同由司法所代为审查」. Such a sentence,
read on its own, may pass a question about the missing thing on its other words (法律事务, 分析会),
and the unit would be listed as having done with X what its own report says it has no X for: an
invented claim. So when the report itself says the unit lacks X, a sentence that does not name
X is no evidence of X (``answering.lacked``); a sentence naming X still is (「年初尚未配备
公职律师，3月配备公职律师1名」 then 「公职律师参与审查9件」).

Reading a report's whole text for each listed unit at ask time cost a which-question at 10 000
reports more than a second (dnyE35, reverted). The clauses that can state a lack are few and
question-free, so the ingest reads them once (``read_lacks``) into a short record on the report
(``ReportInfo.lacks``: one line per clause, its kind, what precedes the verb and the noun phrase
on the other side of it), and an ask matches its thing against them (``lacked``).

Only the unit's own lack counts, as the genre writes it:

- a negated verb of having or establishing (聘请, 配备, 成立, 设立, 建立, 组建…) or a verb of
  lacking (缺乏, 缺少, 没有: only X itself or a post's kind before it, 专职/兼职) whose object X
  is — X ends the object, so 「尚未建立法律顾问制度」 lacks a 制度, and 「尚未聘请法律顾问的村」
  names villages (a relative clause), not the unit; 「未发生行政诉讼案件」 negates an event, no
  verb of having;
- X as subject, then the negated verb or a post's absence: 「调解委员会尚未成立」「法律顾问缺位」
  (缺失 is written of abstractions: 监管缺失, 制度缺失); a negation before X turns that round
  (「未出现调解委员会空缺」 says it is there);
- the clause's subject is the unit: nothing, a self-word (我镇, 本街道, 镇政府) or the unit's own
  name before the negated verb, with time words and adverbs (目前, 至今, 仍); anything else is
  the lack of another (「部分村尚未配备法律顾问」「智慧城区建设缺乏有效统筹」「少数干部缺乏…」).
  Before X as subject, 部分/个别/少数/有的… or a village, community or department
  (「各村调解委员会均未成立」) is a lack of others. The unit's name is read at the ask, so a
  corrected unit counts at once.

A verb of reaching (实现, 覆盖, 落实) or of doing (开展) is not a lack of the thing: 「法律顾问尚未
实现全覆盖」 says some have one. Where the question writes a word right before X (调解 before
委员会), the report's X must have it too: 「法治建设委员会尚未成立」 is another 委员会; where it
writes X bare (律师), X written as the tail of a longer word (公职律师) is a narrower thing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from reportqa.text import to_simplified

_NEGATOR = r"(?:尚未|未能|仍未|还未|暂未|均未|都未|还没有|尚没有|没有|未)"
_HAVE = r"(?:聘请|聘用|聘任|配备|配齐|成立|设立|建立|组建|设置|选聘|选派)"
_CUES = "未没缺空筹"  # one of them stands in every clause that states a lack
_STOPS = "，,。；;！？!?：:\n"
_CLAUSE = re.compile(rf"[^{_STOPS}]+")
_CUE = re.compile(f"[{_CUES}]")
_REACH = 200  # a clause longer than this is read from this far before its cue
# the unit's negated having (「尚未聘请」) and its plain lacking (「缺少」): the object follows
_NEG_HAVE = re.compile(rf"{_NEGATOR}{_HAVE}(?:起来?|专门)?")
_LACK = re.compile(rf"(?:缺乏|缺少|没有)(?!{_HAVE})")
# X as subject, the clause ending on its absence: 「X尚未成立」「X均未配备」「X缺位」「X尚在筹建」
_ABSENT = re.compile(
    rf"(?:[均都尚仍也还暂]?{_NEGATOR}{_HAVE}(?:到位)?|缺位|空缺|(?:尚在|仍在|还在|正在)(?:筹建|筹备))$"
)
_THING_MAX = 40  # an object longer than this holds no X that ends within the gap allowed
_GAP_MAX = 14  # what may stand between the negated verb and X (「尚未聘请律师担任乡政府法律顾问」)
# what a bare 缺乏/缺少/没有 may have before X: how the post is held (「缺少专职法律顾问」); any
# other word is a quality lacked (「缺乏龙头大企业」「没有发生社区传播」), not the thing
_KIND = re.compile(r"(?:专职|专业|专门|固定|独立|常驻|驻村|兼职|相应)?的?")
_OBJECT_END = "、等和及"  # X ends the denied object: the clause ends, or a list goes on
# the lack is of others: a part of the units, or a village, community or office
_OTHERS = re.compile(
    r"部分|个别|少数|有的|一些|多数|大部分|尚有|仍有|还有|各|村|社区|居委会|小组|部门|学校|企业"
)
# a negation before the subject X turns its absence round: 「未出现X空缺」「杜绝X缺位」
_UNDONE = re.compile(r"未|没有|杜绝|防止|避免|不存在|无")
# what may stand before the unit's own negated verb: time words, adverbs, self-words
_SELF = re.compile(
    r"目前|当前|至今|截至目前|截至年底|但是|但|而|且|因此|同时|仍然|仍|还|暂时|暂|尚|也|一直|"
    r"[我本全]|镇党委|镇政府|乡党委|乡政府|街道党工委|街道办事处|办事处|政府|机关|镇|乡|街道|区|县|市"
)

# a record's kinds: the object of a negated having, the object of a lacking, a subject absent
HAVE, LACK, SUBJECT = "h", "l", "s"


def _cued_clauses(text: str):
    """The clauses holding a cue, each once: found from the cues (a few dozen a report), not
    by walking every clause (a report's ~1 000; walking them was most of the reading)."""
    end = 0
    for m in _CUE.finditer(text):
        pos = m.start()
        if pos < end:
            continue  # in the clause just read
        start, low = pos, max(end, pos - _REACH)
        while start > low and text[start - 1] not in _STOPS:
            start -= 1
        end = _CLAUSE.match(text, pos).end()
        yield text[start:end].replace("\t", " ")


def read_lacks(text: str) -> str:
    """The clauses of ``text`` that may state a lack, as ``ReportInfo.lacks`` keeps them: one
    line per clause, ``kind<TAB>lead<TAB>thing`` — for an object, the clause before the verb
    (whose voice it is) and the words after it; for a subject, the words before its absence."""
    text = to_simplified(text)  # 「尚未聘請」「沒有」 as their simplified spelling
    if not any(ch in text for ch in _CUES):
        return ""  # the cheap test first: most reports deny nothing of the kind
    out: dict[tuple[str, str, str], None] = {}
    for clause in _cued_clauses(text):
        for kind, verb in ((HAVE, _NEG_HAVE), (LACK, _LACK)):
            for v in verb.finditer(clause):
                thing = clause[v.end() :]
                if len(thing) > _THING_MAX:  # cut: its last word ends no object
                    thing = thing[:_THING_MAX] + "…"
                if thing:
                    out[(kind, clause[: v.start()], thing)] = None
        gone = _ABSENT.search(clause)
        if gone and gone.start():
            out[(SUBJECT, "", clause[: gone.start()])] = None
    return "\n".join("\t".join(r) for r in out)


def without_absences(text: str) -> str:
    """``text`` with each clause that ends on its subject's absence (「乡调解委员会仍未组建」)
    blanked: the mention there names the thing only to say it is not there, however the
    negation of a mention reads it."""
    if not any(ch in text for ch in _CUES):
        return text
    return _CLAUSE.sub(
        lambda m: " " * len(m.group()) if _ABSENT.search(m.group()) else m.group(), text
    )


@lru_cache(maxsize=4096)
def _records(lacks: str) -> tuple[tuple[str, str, str], ...]:
    return tuple(tuple(line.split("\t", 2)) for line in lacks.split("\n") if line.count("\t") == 2)


def _own_voice(lead: str, own: Sequence[str]) -> bool:
    """Is ``lead`` (the clause before the negated verb) only the unit speaking of itself?"""
    for name in own:
        if name:
            lead = lead.replace(name, "")
    return not _SELF.sub("", lead)


def _narrower(head: str, end: str, is_word: Callable[[str], bool] | None) -> bool:
    """Is X the tail of a longer dictionary word (公职|律师) ending ``head``: another thing."""
    if is_word is None:
        return False
    return any(is_word(head[-k:] + end) for k in range(1, 5) if k <= len(head))


def _names(head: str, x: str, before: Sequence[str], is_word) -> bool:
    """Does the lacked X, with ``head`` before it, name the question's thing: with one of the
    words the question writes before it, or (none) not as the tail of a longer word?"""
    if before:
        return any(b and head.endswith(b) for b in before)
    return not _narrower(head, x, is_word)


def _object_lacks(kind: str, thing: str, x: str, before, is_word) -> bool:
    pos = thing.find(x)
    while pos >= 0:
        gap = thing[:pos]
        end = pos + len(x)
        bare = gap[:-1] if gap.endswith("的") else gap  # 「专业的法律顾问」: 的 only modifies X
        fits = _KIND.fullmatch(gap) if kind == LACK else len(gap) <= _GAP_MAX
        if (
            fits
            and not re.search(r"[的了过]", bare)
            and (end == len(thing) or thing[end] in _OBJECT_END)
            and _names(gap, x, before, is_word)
        ):
            return True
        pos = thing.find(x, end)
    return False


def lacked(
    lacks: str,
    spellings: Sequence[str],
    before: Sequence[str] = (),
    own: Sequence[str] = (),
    is_word: Callable[[str], bool] | None = None,
) -> bool:
    """Does a report whose ``read_lacks`` record is ``lacks`` say its unit lacks the thing
    spelt ``spellings``? ``before``: the words the question writes right before it, one of
    which the report's mention must have too (none: any mention); ``own``: the unit's names
    (白沙乡, 白沙); ``is_word``: the library's dictionary — a bare X of the question (律师)
    lacked only as the tail of a longer word (尚未配备公职律师) is a narrower thing lacked."""
    if not lacks:
        return False
    for kind, lead, thing in _records(lacks):
        for x in spellings:
            if not x or x not in thing:
                continue
            if kind == SUBJECT:
                head = thing[: -len(x)]
                if (
                    thing.endswith(x)
                    and not _OTHERS.search(head)
                    and not _UNDONE.search(head)
                    and _names(head, x, before, is_word)
                ):
                    return True
            elif _own_voice(lead, own) and _object_lacks(kind, thing, x, before, is_word):
                return True
    return False
