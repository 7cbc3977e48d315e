"""Places given after the question as examples of where (「…在搞X吗？老小区、城中村那种」).

A user who has asked the question and then adds a list of places closed by a kind word
(那种, 这类, 之类) says where the work is done — the setting the asker has in mind, not the
work itself. A report writes the work (管道燃气改造) often without the place, or with its
own word for it (老旧住宅区), so the places weigh as a soft need: a sentence naming one ranks
higher, one naming none still answers. Places listed inside the question (「城中村、老旧小区
的改造」) are its topic and stay required, and so are places that open a clause of their own
after a full stop (「说说罗湖区。城中村、老旧小区这些有没有加装电梯」「…？城中村这些分别改了
多少」): a question follows them, about them — an example of setting is all the tail says.
"""

from __future__ import annotations

import re
from dataclasses import replace

from retrieval.concept import Concept

# the head nouns of places where work is done
PLACE = re.compile(
    r"(?:小区|社区|村|城中村|街区|片区|园区|校园|学校|市场|景区|工地|商圈|楼|院|厂区)$"
)
_ASKED = re.compile(r"[？?！!。]")  # the question closed before the list
# after the last place, only a kind word (那种, 这类, 之类的) and the close: nothing more asked
_KIND_TAIL = re.compile(
    r"(?:那种|这种|那类|这类|之类|一类|这些|那些|等等|等)?(?:的|地方)?[吧啊呀呢]?[。？?！!，,\s]*$"
)


def as_setting(text: str, start: int, concept: Concept) -> Concept:
    """``concept`` soft when its items, listed from ``start``, are places given after the
    question was closed."""
    items = concept.term.split("/")
    if len(items) < 2 or not all(PLACE.search(i) for i in items):
        return concept
    at = text.find(items[0], start)  # the list's span may open on the mark before it
    before = text[:at].strip() if at >= 0 else ""
    if not _ASKED.search(before) or before[-1:] not in "？?！!。，,":
        return concept
    last = text.find(items[-1], at)
    if last < 0 or not _KIND_TAIL.match(text[last + len(items[-1]) :]):
        return concept
    return replace(concept, required=False, light=True)
