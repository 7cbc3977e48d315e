"""An adviser's own work said as help: 「律师帮政府把关」 asks for the adviser, not a deed.

A legal adviser (法律顾问, 律师, 法律专家) is engaged by a government precisely to review its
acts for it; that is what the role is. People describe the role in a benefactive clause —
「律师或者法律顾问帮政府把关的」「顾问替镇里出主意」「法律顾问给咱们把把关」 — and reports
write the role (「建立健全政府法律顾问制度」「聘请常年法律顾问」) without the paraphrase. So a
帮/替/给/为 clause right after an adviser whose beneficiary is the government itself (or
nobody: 帮忙) and whose verb is one of advising (把关, 出主意, 参谋) ends the phrase and adds
no need. A clause that names what is reviewed (「给重大决策把关」「帮着审合同」) is a deed of its
own and stays, as does an adviser after a pivot verb (「请律师帮忙把关」「让法律顾问把关」,
``retrieval.pivots``): there the review is the deed the unit had done, asked as such.
"""

from __future__ import annotations

import re

from retrieval.pivots import PIVOT

_ADVISER = r"(?:法律顾问|顾问|律师|法律专家|法律人士|专家)(?:们)?"
# whom the help is for: the government writing the report, said from inside or outside
_FOR = (
    r"(?:帮|替|给|为)(?:着|忙)?"
    r"(?:政府|党委|党委政府|镇政府|乡政府|县政府|区政府|街道|镇里|乡里|县里|区里|我们|咱们|领导)?"
)
_ADVISE = r"(?:把把关|把关|把个关|出主意|出出主意|当参谋|参谋|出谋划策)"
_CLAUSE = re.compile(
    rf"({_ADVISER})(?:来|去)?{_FOR}{_ADVISE}(?:一下)?(?=的|[，,。？?！!；;呢吗]|$)"
)


def without_adviser_help(question: str) -> str:
    """``question`` without the benefactive clause describing an adviser's own role."""
    return _CLAUSE.sub(lambda m: _kept(question, m), question)


def _kept(question: str, m: re.Match) -> str:
    before = question[: m.start()]
    return m.group(0) if any(before.endswith(p) for p in PIVOT) else m.group(1)
