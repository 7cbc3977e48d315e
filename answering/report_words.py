"""How users name the reports and their level in a question about the library, spelled as
the metadata answerer reads them.

Two facts about the words of Chinese government work, not a list of one set's questions:

- The township level is named with one word for all its kinds (镇街, 街镇, 乡镇街道…):
  ``retrieval.township_level`` spells it 乡镇, so 「广东的镇街报告」 lists the 街道 too.
- A report is named by its genre's short forms: 年报 and 年度报告 are 报告; 交/报/上报/报送/提交
  said of a report (「都有谁交了」「哪些单位报了」) is the report's existing, not a topic; 也就是
  / 即 between two spellings of one year is a gloss (「去年也就是2025年」: the figure is kept).
- A county with no report of its own named alone with 的 and a bare 有吗 (「磴口县的有吗」
  「有没有磴口县的」) asks for the reports under it: nothing else is there to be had of it (a unit
  with its own report asked so, 「云枫镇的有没有」, asks the thing asked before).
- A level's own government named bare, with no place, issuing the reports (「镇政府发的报告」「街道
  办发的」「是县政府交的吗」), names the level of the reports' authors: each report is its unit's own
  government's, so the page's publisher field (``meta_publisher``, a named department: 司法局发的)
  is not asked. Who delivered a work report (「区政府作的」) is ``meta_deliverer_kind``'s.
"""

from __future__ import annotations

import re

from retrieval.asker_words import SHORT_ANNUAL
from retrieval.township_level import one_township_level

_ANNUAL = re.compile(rf"年度报告|{SHORT_ANNUAL}")  # the names of ``retrieval.asker_words``
# 「都有谁交了」「哪些单位报了」「谁交的报告」: submitting, said of the reports themselves
_SUBMITTED = re.compile(
    r"(?<=[谁些家个位])(?:都|也)?(?:提交|上报|报送|上交|交|报)(?:了|过|的|上来)"
    r"|(?:提交|上报|报送|上交)(?:了|过|的|上来)?(?=报告|材料)"
)
# 「镇政府发的」「街道办事处写的」「是县政府的报告」: a level's government, no place before it
_LEVEL_GOVERNMENT = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[是由被为些个的]))(?P<k>街道|苏木|镇|乡|县|区)(?:人民)?"
    r"(?:政府|办事处|办)(?:发布|发出|印发|发|出|交|报送|上报|提交)?(?=的)"
)
# 「去年也就是2025年」「2025年即2025年度」: the year said twice, the typed figure kept
_GLOSS = re.compile(r"(?:前年|去年|今年|(?<=年))(?:也就是|也即|即|就是)(?=(?:19|20)\d{2})")


# 「磴口县的有吗？」「有没有磴口县的」: the name, 的, and nothing asked of it (「…的呢」 is a follow-up)
_BARE_SCOPE = re.compile(
    r"^(?:那|那么|请问)?(?:有没有|有)?(?P<x>[\u4e00-\u9fff]{2,16}?)的(?:有吗|有没有|有么|有不|呢)?[？?]?$"
)


# 「那份」「这份」 said of a unit's report with the noun left out
_THAT_ONE = re.compile(r"(?<=[这那该])份(?=是|的|呢|啥|什么|哪|里|中|[？?，,]|$)")


def _level(m: re.Match[str]) -> str:
    """The level a bare government names: a 县 or 区 government the county rung (区县)."""
    return "区县" if m.group("k") in "县区" else m.group("k")


def report_words(q: str, names: tuple[str, ...] = (), parents: tuple[str, ...] = ()) -> str:
    """The question with its joined level words as 乡镇 (:func:`one_township_level`), its
    names of the report as 报告, a level's bare government as the level, and a submitting verb
    or a year's gloss left out; 那 before one of the units ``names`` left out, and one of the
    ``parents`` (a county with no report of its own) asked bare, as its reports asked."""
    then = re.match(r"\s*(?:那么|那)\s*", q)  # 「那枫木镇那份是啥时候发的」: 那 carries on only
    if then and "呢" not in q and any(q.startswith(n, then.end()) for n in names if n):
        q = q[then.end() :]
    bare = _BARE_SCOPE.match(q.strip())
    if bare and bare.group("x") in parents and not q.strip().endswith("呢"):
        q = f"有{bare.group('x')}的报告吗"
    q = _THAT_ONE.sub("份报告", q)  # 「枫木镇2023年那份是啥时候发的」: that report
    q = _LEVEL_GOVERNMENT.sub(_level, _ANNUAL.sub("报告", one_township_level(q)))
    return _GLOSS.sub("", _SUBMITTED.sub("", q))
