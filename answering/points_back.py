"""Whether a question points at something said before it (「它」「这份报告」「其中」).

A question that points back and names no unit has nothing to stand on once the history is
gone; ``AnswerService`` asks back rather than search the pointer's words. A pointer the question
fills itself (「有个区…，那个区」, 「有哪个地方说它…」) points at nothing outside it.
"""

from __future__ import annotations

import re

from answering.followup_pointers import REPORT_CLASSIFIER, unqualified

__all__ = ["points_back"]

# a question that points back (「它」「这份报告」「其中」) needs something to point at
_DANGLING = re.compile(
    # 「那个区去年GDP多少」: a pointer at one unit of a rung, as much as 「这个镇」
    # 「GDP最高的那个区」「提到前海的那个区」 describe a unit (…的那个区), and 「有个区…，那个区」
    # points at one the question itself brings in: only a pointer standing alone points back
    r"它(?!们)|它们|这份报告|该报告|"
    r"(?<!的)[这那]个(?:乡镇|乡|镇|街道|单位|区(?![域间别分])|县(?!域))|"
    r"该(?:乡镇|乡|镇|街道|区(?![域间别分])|县(?!域))|"
    r"^[这那]份(?=是|属于|算)|"  # 「这份是2023年的报告吗」: the report talked about
    rf"^{REPORT_CLASSIFIER}|"  # 「这篇是哪个单位发的」: the same, with 篇 (articles)
    r"^(?:在)?(?:其中|这其中|上述)"
)
# 「有个区提出…」: a unit the question brings in itself, which its 「那个区」 then points at
_BROUGHT_IN = re.compile(r"有(?:一)?个(?:乡镇|乡|镇|街道|单位|区|县)")


# 「有哪个地方说它那个计划完成了」「哪些乡镇在它们的报告里写了…」: 它 said by the unit the
# question asks for (after 说/称/表示, or 在它的) stands for that unit (a resumptive pronoun);
# as an object (「哪些乡镇提到了它」「哪些街道把它列为重点」) it is still something said before
_ASKED_BEFORE = re.compile(
    r"(?:哪个|哪一个|哪些|哪几个|哪家|哪几家|有的|有没有)(?:地方|单位|乡镇|乡|镇|街道|区县|区|县)"
    r".*(?:说|称|表示|认为|(?<![存现实所])在)$"
)


def points_back(q: str) -> bool:
    """``q`` points at something said before it (a pointer the question fills itself does not)."""
    for m in _DANGLING.finditer(q):
        before = q[: m.start()]
        if m.group().startswith("它") and _ASKED_BEFORE.search(before):
            continue  # resumptive: a pointer after it may still point back
        if m.group().startswith(("这个", "那个")) and (
            _BROUGHT_IN.search(before) or unqualified(before) != before
        ):
            # 「湖南那个镇是哪个」: a region before the pointer makes it a description (the
            # township in Hunan), resolved from the reports' places, not a pointer back
            continue
        return True
    return False
