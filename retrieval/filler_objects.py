"""A generic object of a verb of doing is no need: 「通过告知承诺办了多少件业务」 asks about
告知承诺 and a count of 件, not about the word 业务.

People name what an office handled with an empty noun (业务, 事情, 东西, 活儿) after 办/搞/做/
处理; a report writes the specific thing (「办理涉企经营许可事项共计236件」) and rarely that
noun. So such a word, standing as the object of a verb of doing (after it, with only a count
between, or topicalised before it: 「业务办了几件」), leaves the need — as long as something
else is asked; 「办了多少件行政复议案件」 keeps 行政复议案件, which is no generic word.

A body that meets deliberates papers: 「委员会审议文件」「常务会讨论材料」 say that papers were
deliberated, and a report names the paper (「审议通过《实施方案》」) or only the deed
(「审议通过」) — never the word 文件. So 文件, 材料 and 议题 right after a verb of deliberation
(审议, 讨论, 研究, 审定), closing the phrase, are the same empty object. And a case
registered (立案) is a case: 案件 after 立案 (「立案查处的案件」) is the verb's own object, which
reports count by its measure word alone (「立案查处390件」).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

# empty nouns for "things handled"; 工作/事项 are generic everywhere (``GENERIC_NOUNS``)
FILLER_OBJECTS = frozenset("业务 事情 事儿 东西 活儿 事务".split())
_DO = r"(?:办理|办|搞|做|干|弄|处理|受理|办结|完成)"
_BEFORE = re.compile(
    _DO + r"(?:了|过|成|好|完|掉)?\s*(?:多少|几)?\s*[件个项宗次批桩]?\s*(?:的)?\s*$"
)
_AFTER_END = re.compile(r"^\s*(?:[呢吗啊呀么？?。，,！!；;]|$)")
_AFTER_DO = re.compile(r"^\s*(?:都|也|一共|共|总共|全年)?" + _DO)
# the empty object of a deliberation: 「审议文件」「讨论过材料」
PAPERS = frozenset("文件 材料 议题".split())
_DELIBERATE = re.compile(r"(?:审议|讨论|研究|审定)(?:了|过|通过)?\s*(?:一些|有关|相关)?\s*$")
_PHRASE_END = re.compile(r"^\s*(?:的|[呢吗啊呀么？?。，,！!；;]|$)")
# a case registered (立案) is a case: 「立案查处的案件」 asks what 立案查处 counts, and reports write
# the count with the case's measure word alone (「共计立案查处390件」), never 案件 again
CASES = frozenset("案件 案子".split())
_REGISTERED = re.compile(
    r"立案[\u4e00-\u9fff]{0,2}(?:了|过)?\s*(?:多少|几)?\s*[件起宗个]?\s*的?\s*$"
)

Found = tuple[int, int, Any]  # (start, end, Concept) in the question's text


def is_filler_object(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a filler noun in the object slot of a verb of doing?"""
    if text[start:end] in PAPERS:
        return bool(_DELIBERATE.search(text[:start]) and _PHRASE_END.match(text[end:]))
    if text[start:end] in CASES:
        return bool(_REGISTERED.search(text[:start]))
    if text[start:end] not in FILLER_OBJECTS:
        return False
    before, after = text[:start], text[end:]
    return bool((_BEFORE.search(before) and _AFTER_END.match(after)) or _AFTER_DO.match(after))


def without_filler_objects(found: Sequence[Found], text: str, beside: bool = False) -> list[Found]:
    """``found`` without filler objects, unless nothing else would be asked (``beside``: the
    question has concepts outside ``found``)."""
    kept = [f for f in found if not is_filler_object(text, f[0], f[1])]
    return kept if kept or beside else list(found)
