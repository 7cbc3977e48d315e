"""A report that says its own unit lacks a thing: 「我镇尚未配备公职律师」「乡人民调解委员会尚未成立」.

Reports of 法治政府建设 state plainly what the unit does not have — 「因经费紧张，尚未聘请法律顾问」
「受编制所限，尚未配备公职律师」「人民调解委员会尚未成立」「法律顾问缺位」 — and then describe
what stands in for it: 「全年召开法律事务分析会两次」「合同由司法所代为审查」. Such a sentence,
read on its own, may pass a question about the missing thing on its other words (法律事务, 分析会),
and the unit would be listed as having done with X what its own report says it has no X for: an
invented claim. So when the report itself says the unit lacks X, a sentence that does not name
X is no evidence of X (``answering.denied.unlacked``); a sentence naming X still is (「年初尚未配备
公职律师，3月配备公职律师1名」 then 「公职律师参与审查9件」).

Only the unit's own lack counts, as the genre writes it:

- a negated verb of having or establishing (聘请, 配备, 成立, 设立, 建立, 组建…) or a verb of
  lacking (缺乏, 缺少, 没有: only X itself or a post's kind before it, 专职/兼职) whose object X is — X ends the object, so 「尚未建立法律顾问制度」
  lacks a 制度, and 「尚未聘请法律顾问的村」 names villages (a relative clause), not the unit;
- X as subject, then the negated verb or a post's absence: 「调解委员会尚未成立」「法律顾问缺位」
  (缺失 is written of abstractions: 监管缺失, 制度缺失);
  a negation before X turns that round (「未出现调解委员会空缺」 says it is there);
- the clause's subject is the unit: nothing, a self-word (我镇, 本街道, 镇政府) or the unit's own
  name before the negated verb, with time words and adverbs (目前, 至今, 仍); anything else is
  the lack of another (「部分村尚未配备法律顾问」「智慧城区建设缺乏有效统筹」「少数干部缺乏…」).
  Before X as subject, 部分/个别/少数/有的… or a village, community or department
  (「各村调解委员会均未成立」) is a lack of others.

A verb of reaching (实现, 覆盖, 落实) or of doing (开展) is not a lack of the
thing: 「法律顾问尚未实现全覆盖」 says some have one. Where the question writes a word right
before X (调解 before 委员会), the report's X must have it too: 「法治建设委员会尚未成立」 is
another 委员会; where it writes X bare (律师), X written as the tail of a longer word
(公职律师) is a narrower thing, and lacking it is not lacking X.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_NEGATOR = r"(?:尚未|未能|仍未|还未|暂未|均未|都未|还没有|尚没有|没有|未)"
_HAVE = r"(?:聘请|聘用|聘任|配备|配齐|成立|设立|建立|组建|设置|选聘|选派)"
_LACK = r"(?:缺乏|缺少|没有)"
_CLAUSE = r"[^，,。；;！？!?：:\n]"
# what a bare 缺乏/缺少/没有 may have before X: how the post is held (「缺少专职法律顾问」); any
# other word is a quality lacked (「缺乏龙头大企业」「没有发生社区传播」), not the thing
_KIND = r"(?:专职|专业|专门|固定|独立|常驻|驻村|兼职|相应)"
# the negated having, then whatever stands before X in the object (「尚未聘请律师担任乡政府」)
_BEFORE = re.compile(
    rf"(?:{_NEGATOR}{_HAVE}(?:起来?|专门)?(?P<gap>{_CLAUSE}{{0,14}})|{_LACK}(?P<near>{_KIND}?的?))$"
)
# X ends the denied object: the clause ends, or a list of things lacked goes on
_OBJECT_END = re.compile(r"(?:$|[，,。；;！？!?\n、]|等|和|及)")
# X as subject: 「X尚未成立」「X均未配备」「X缺位」「X尚在筹建」
_AFTER = re.compile(
    rf"(?:[均都尚仍也还暂]?{_NEGATOR}{_HAVE}(?:到位)?|缺位|空缺|(?:尚在|仍在|还在|正在)(?:筹建|筹备))"
    r"(?:$|[，,。；;！？!?\n])"
)
# the lack is of others: a part of the units, or a village, community or office
_OTHERS = re.compile(
    r"部分|个别|少数|有的|一些|多数|大部分|尚有|仍有|还有|各|村|社区|居委会|小组|部门|学校|企业"
)
# a negation before the subject X turns its absence round: 「未出现X空缺」「杜绝X缺位」
_UNDONE = re.compile(r"未|没有|杜绝|防止|避免|不存在|无")
_STOPS = "，,。；;！？!?：:\n"
# what may stand before the unit's own negated verb: time words, adverbs, self-words
_SELF = re.compile(
    r"目前|当前|至今|截至目前|截至年底|但是|但|而|且|因此|同时|仍然|仍|还|暂时|暂|尚|也|一直|"
    r"[我本全]|镇党委|镇政府|乡党委|乡政府|街道党工委|街道办事处|办事处|政府|机关|镇|乡|街道|区|县|市"
)


def _own_voice(prefix: str, own: Sequence[str]) -> bool:
    """Is ``prefix`` (the clause before the negated verb) only the unit speaking of itself?"""
    for name in own:
        if name:
            prefix = prefix.replace(name, "")
    return not _SELF.sub("", prefix)


def _clause_start(text: str, pos: int) -> int:
    return max(text.rfind(ch, 0, pos) for ch in _STOPS) + 1


def _lacked_at(text: str, pos: int, end: int, own: Sequence[str]) -> bool:
    """Does the clause around ``text[pos:end]`` say the unit lacks it?"""
    start = _clause_start(text, pos)
    head = text[start:pos]
    m = _BEFORE.search(head)
    if m:
        gap = m.group("gap") if m.group("gap") is not None else m.group("near")
        gap = gap[:-1] if gap.endswith("的") else gap  # 「专业的法律顾问」: 的 only modifies X
        if (
            not re.search(r"[的了过]", gap)
            and _OBJECT_END.match(text, end)
            and _own_voice(head[: m.start()], own)
        ):
            return True
    after = _AFTER.match(text, end)
    return bool(after) and not _OTHERS.search(head) and not _UNDONE.search(head)


def _in_longer_word(text: str, pos: int, end: int, is_word: Callable[[str], bool]) -> bool:
    """Is the mention the tail of a longer dictionary word (公职|律师): another, narrower thing."""
    start = _clause_start(text, pos)
    return any(is_word(text[pos - k : end]) for k in range(1, 5) if pos - k >= start)


def lacks(
    text: str,
    spellings: Sequence[str],
    before: Sequence[str] = (),
    own: Sequence[str] = (),
    is_word: Callable[[str], bool] | None = None,
) -> bool:
    """Does the report ``text`` say its unit lacks the thing spelt ``spellings``? ``before``:
    the words the question writes right before it, one of which the report's mention must
    have too (none: any mention); ``own``: the unit's names (白沙乡, 白沙). ``is_word``: the
    library's dictionary — a bare X of the question (律师) lacked only as the tail of a longer
    word (尚未配备公职律师) is a narrower thing lacked, not X."""
    if not any(ch in text for ch in "未没缺空筹"):
        return False  # the cheap test first: most reports deny nothing of the kind
    for s in spellings:
        if not s:
            continue
        pos = text.find(s)
        while pos >= 0:
            end = pos + len(s)
            if _lacked_at(text, pos, end, own) and (
                any(b and text.endswith(b, 0, pos) for b in before)
                if before
                else is_word is None or not _in_longer_word(text, pos, end, is_word)
            ):
                return True
            pos = text.find(s, pos + len(s))
    return False
