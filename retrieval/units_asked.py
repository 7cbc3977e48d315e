"""Three spoken ways of asking for the units that did a thing, with no 哪些 said.

Over a library of reports, each of these asks which units say the thing — the answer is the
list of units whose reports say it, each judged on its own evidence, never one passage:

- **A count of the writers** (「八五普法规划落实情况写了的有几家」「提到的一共有多少家」): a
  的-phrase closed by a verb of writing or saying, then 有几家/有多少家 (「写有几家」 too: the 了的
  of 写了的 is read away before the shape is, ``retrieval.written_plainly``) — only a report's
  writer writes, so 家 counts the units. A 的-phrase of any other deed leaves 家 counting
  whatever did it, most often firms (「上市的有几家」「主营业务收入超千亿元的有几家」 count
  companies a report gives a figure for): read so only when a unit noun closes it
  (「搞了积分超市的有几家单位」). The count is the answer's own
  count of units, never a figure a report must give (``retrieval.asked_counts``). 家 counts units (a 镇, a 区, a report's
  writer) the way 个 does in 「有几个乡镇」; the count is of the units the 的-phrase names, and
  the units themselves are what a reader checks it by. Only the 的-phrase form is read so: 「聘了
  几家律所」 counts firms one unit hired (what follows 几家 is the thing counted).
- **Whether any report says it** (「有报告提到群众诉求热线吗」「有单位写了X吗」): bare 有 with
  报告/单位/地方 as the subject of a verb of saying is 有没有报告提到, whether any report does — the
  reports that do are the answer (as 「有区提到吗」 already is, ``question_kind.WHICH``).
- **A bare 的-phrase of a deed done, with a note after it** (「聘了律师当法律顾问的（写明是律师/律所
  的）」): a whole question that is a verb with its aspect (了/过), its object and 的 names the
  doers with the head noun left out, as 「搞过积分超市的」 does (``question_kind._BARE_DOERS``);
  a bracket closing the question is the asker's note on what counts, no part of its shape.

A unit named in the question makes each of these a question about that unit (``question_kind``
reads the named unit first), and a question word (怎么, 谁, 多少 before the 的) makes it another
question: neither is read here.
"""

from __future__ import annotations

import re

__all__ = ["COUNTED_DOERS", "asks_doers"]

_END = r"[？?。！!\s]*$"
_SAID = r"(?:写|提|说|讲|谈|涉及|提及)(?:到|了|过)?了?的"
_UNIT_NOUN = r"(?:单位|地方|报告|乡镇|街道|镇|区|县)"
# 「…写了的有几家」「…提到的一共有多少家」「…的有几家单位」: a count of the units the 的-phrase
# names — writers (a verb of writing closes it) or a unit noun after 家
COUNTED_DOERS = re.compile(
    rf"(?:{_SAID}|(?<=[写提说讲谈]))(?:一共|总共|共)?有(?:几|多少)家{_UNIT_NOUN}?{_END}"
    rf"|的(?:一共|总共|共)?有(?:几|多少)家{_UNIT_NOUN}{_END}"
)
# 「有报告提到X吗」「有单位写了X没有」: whether any report (unit, place) says it
_ANY_REPORT = re.compile(
    r"(?<![没无])有(?:报告|单位|地方|材料)(?:里|中)?(?:提到|提及|说到|讲到|写到|谈到|写了|讲了|说了"
    r"|涉及|提过|写过|讲过|说过)[^，。,；;]{1,30}?(?:吗|么|没有|没)"
)
# a closing bracket: the asker's note on what counts (「（写明是律师/律所的）」)
_NOTE = re.compile(r"\s*[（(][^（()）]{1,30}[）)]" + _END)
# 「聘了律师当法律顾问的」: a whole question that is a deed done (verb + 了/过 + object) and 的;
# no question word, copula, demonstrative, amount or degree may stand in it
_FREE = r"[^，。？！,?!；;是吗么呢啥谁哪几怎何什没多少这那最更得（()）]"
_DONE_DOERS = re.compile(
    rf"^{_FREE}{{0,12}}?[\u4e00-\u9fff](?:了|过)(?P<thing>{_FREE}{{2,16}})的" + _END
)


def asks_doers(q: str) -> bool:
    """Does ``q`` (a question naming no unit) ask for the units that did or say a thing by
    a count of them, an any-report whether, or a bare 的-phrase of a deed done?"""
    q = q.strip()
    if COUNTED_DOERS.search(q) or _ANY_REPORT.search(q):
        return True
    return bool(_DONE_DOERS.match(_NOTE.sub("", q)))
