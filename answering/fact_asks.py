"""What a fact question asks beside its topic — a body's own kind (什么机构), 哪几 by name, a
section's list (存在哪些问题), a name, a post's holder, each of two counts — read by the helpers
of ``fact``'s steps. Its own module so ``fact`` keeps the flow from passages to a quote and these
readings can grow without crowding it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from answering.own_counts import not_own_counts
from answering.post_holder import named_after_post
from answering.section_items import LIST_QUESTION, items_under
from answering.sentences import Span, wants_number
from answering.unit_value import strict
from answering.value_kinds import COUNT
from reportqa.text import to_simplified
from reportqa.types import Chunk, Hit
from retrieval.carrier import Carrier
from retrieval.periods import elsewhere
from retrieval.query import Analysis
from retrieval.when_asked import asks_when

# 「X(小组/委员会/中心…)算是个什么机构」: a body already named, asked what kind of body it is (a
# report says 「…领导小组作为党委议事协调机构」), never the name of another body
_KIND_OF_BODY = re.compile(
    r"(?:小组|委员会|中心|办公室|专班|指挥部|机构)(?:到底|究竟)?(?:算是?|是|属于)"
    r"(?:个|一个|一种|哪种|哪类)?(?:什么|啥)(?:样的?)?(?:机构|组织|单位|性质)"
)


def _kind_kept(carries, asked, analysis: Analysis):
    """The judge made strict on the kind asked: a rate only by a sentence giving one
    (``unit_value.strict``), a count never by one counting the topic's own things
    (``own_counts``: 「21个便民服务站」 for 「办了多少件」)."""
    carries = strict(carries, asked)
    if asked is None or asked.kind != COUNT:
        return carries
    return not_own_counts(carries, asked.measure, analysis.concepts, analysis.question)


# 「由哪几个镇合并」「哪几家律师事务所」: 几 after 哪 asks which ones, by name
_WHICH_ONES = re.compile(r"哪几")


def _wants_number(question: str) -> bool:
    """A count asked (``sentences.wants_number``); 「哪几个」 asks which ones by name, and the
    sentence that names them (「原长龙镇、黄沙镇合并为桂东街道」) answers without a count."""
    return wants_number(_WHICH_ONES.sub("哪", question))


def _list_answer(analysis: Analysis, hits: Sequence[Hit]) -> tuple[Chunk, list[Span]] | None:
    """For 「存在哪些问题」-style questions: the items of the section whose heading names the
    topic, each quoted on its own."""
    q = analysis.question
    if not LIST_QUESTION.search(q) or _wants_number(q) or asks_when(q):
        return None  # 「什么时候」 asks a date (``when_asked``), no section's items
    if _NAME.search(analysis.question):
        return None  # 「叫什么名字」 asks for one name, not a section's items
    for hit in [h for h in hits if not elsewhere(q, h.chunk)][:3]:  # another period's, part's
        heading = " ".join(hit.chunk.section_path)
        # a required concept: an optional verb (组织) in 「强化组织领导」 names no topic
        named = any(a in heading for c in analysis.concepts if c.required for a in c.alternatives)
        if named and len(items := items_under(hit.chunk)) >= 2:  # deeper than its heading
            return hit.chunk, items
    return None


_NAME = re.compile(r"叫什么|什么名|名字|名称|全称|姓名|叫啥")


def _post_held(text: str, person: Callable[[str], bool] | None, posts: tuple[str, ...]) -> bool:
    """A person named in ``text``: by the tagger, or right after the post asked of."""
    return (person is not None and person(text)) or bool(
        named_after_post(to_simplified(text), posts)
    )


def _each_part(carries, chosen: list, ranked: list) -> list[str]:
    """A question asking two counts (「聘请了几位法律顾问，调处了几起纠纷」) gets a quote for
    each part (added to ``chosen``); returns the topics of the parts no sentence answers."""
    missing = []
    for topic, judge, near in carries.parts if isinstance(carries, Carrier) else ():
        if any(judge(c[3].text, c[2].section) for c in chosen):
            continue
        extra = next((c for c in ranked if judge(c[3].text, c[2].section)), None)
        if extra is not None:
            chosen.append(extra)
        elif not any(near(c[3].text, c[2].section) for c in chosen):
            missing.append(topic)  # not even a count of its kind beside a word of it
    return missing
