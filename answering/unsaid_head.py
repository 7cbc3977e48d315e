"""An unspelled word that is the head of the question's compound: the thing asked, never a
description to leave out.

A Chinese noun compound names its kind by its last part and says which one by the parts
before it (法治|副校长, 普法|联络员, 宪法|宣传周): the head is what the compound *is*, the
modifier only its field. The graded reading (``answering.graded``) may answer without words
no report in scope spells, because a user's descriptive words say how a practice was done;
but when the unspelled word is the head of a compound whose modifier the library does spell
(「哪些学校请了法治副校长」: 法治 spelled everywhere, 副校长 nowhere), leaving the head out
reads the field for the thing — every report that writes 学校 and 法治 in one sentence would
answer a question about a post no report names. No report saying the head means no unit is
certain, so the answer is 「没有」. Only a head naming a person by post or role, or a body of
them, is read so (``_WHO``): 「法律知识竞赛现场答题」 asks about the contest, and 答题 says how
it went.

The mirror case — an unspelled modifier before a spelled head (「独居老人的送法上门」) — is
``answering.narrowing``; its noun test is shared here: only a noun is a head (天天 before 唠法
is a time word, 上了岁数 a clause).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.narrowing import _noun
from retrieval.concept import Concept

_LEAST = 2  # a head of one character (长, 员) is a suffix of the word before, not a word
# the last characters of a word naming a person by post or role (副校长, 辅导员, 调解师, 明白人,
# 法律顾问) or a standing body of them (志愿服务队, 讲师团, 工作组): such a head is someone the
# question asks for; a report naming the field and the place names no one holding the post.
# A head naming an act or a form (现场|答题, 法治|课堂) may be how the practice was done, and is
# left to the graded reading's other tests.
_WHO = ("长", "员", "师", "官", "人", "主任", "书记", "顾问", "代表", "队", "团", "组")


def _spellings(c: Concept) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s for s in (*c.term.split("/"), *c.alternatives) if s))


def unsaid_heads(
    question: str, words: Sequence[Concept], core: Sequence[Concept]
) -> tuple[str, ...]:
    """The unspelled ``words`` the question writes straight after a spelled core word, as
    the noun head of one compound with it naming a person or a body (法治 + 副校长 in 「请了
    法治副校长」), in question order. A 的 or any character between them makes two words, not
    one compound."""
    mods = sorted({s for c in core for s in _spellings(c)}, key=len, reverse=True)
    if not mods:
        return ()
    mod = "|".join(re.escape(m) for m in mods)
    out = []
    for c in words:
        for side in c.term.split("/"):
            glued = re.search(rf"(?:{mod}){re.escape(side)}", question)
            if len(side) >= _LEAST and glued and side.endswith(_WHO) and _noun(side):
                out.append(side)
                break
    return tuple(out)
