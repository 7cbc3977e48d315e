"""「目前…处于验收阶段，待…配备齐全后可以启动运营」: a deed still awaited has no date to give.

A when-question (``when_asked``) is answered first by a dated sentence on its topic; none dated,
the sentence on the topic still answers (it tells what the report says of the deed). But a
sentence that tells the deed as still to come — the thing at a stage before it (处于验收阶段,
正在筹建), waiting on a condition (待…后, 建成后方可), or not yet done (尚未, 暂未, 还未) — says
the deed has not happened: quoting it for 「哪天开始运营的」 answers a date the report does not
give. Such a sentence is no fallback answer; the question is then told unanswered.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence

from reportqa.text import to_simplified
from retrieval.when_asked import asks_when, dated_only

log = logging.getLogger(__name__)

__all__ = ["awaited", "not_awaited", "when_carriers"]

_AWAITED = re.compile(
    # a stage before the deed: 处于验收阶段, 正处在建设阶段, 尚在筹建中
    r"(?:处于|处在|尚在|仍在|正在)[\u4e00-\u9fff]{0,6}(?:验收|筹建|筹备|建设|调试|试运行|施工|装修)"
    r"(?:阶段|期|中)"
    # waiting on a condition: 待…后(可以/方可/才能)启动
    r"|待[^，。；]{1,30}?(?:后|之后)[^，。；]{0,4}?(?:可以|方可|才能|再|即可|将)"
    # not yet: 尚未投入使用, 暂未启用, 还未运营
    r"|(?:尚未|暂未|还未|仍未|至今未)(?:正式)?(?:启动|启用|运营|运行|投用|投入|开放|开通|使用|建成)"
)

Carries = Callable[..., bool]
_SENTENCE = re.compile(r"[。；;！!？?]")


def awaited(text: str) -> bool:
    """Does the sentence tell a deed as still to come?"""
    return bool(_AWAITED.search(to_simplified(text)))


def not_awaited(carries: Carries | None, question: str) -> Carries | None:
    """For a when-question, the undated fallback refuses a sentence telling the deed awaited."""
    if not asks_when(question):
        return carries

    def carries_done(text: str, heading: str = "") -> bool:
        return not awaited(text) and (carries is None or carries(text, heading))

    return carries_done


def _refuse(text: str, heading: str = "") -> bool:
    return False


def when_carriers(carries: Carries | None, analysis, hits: Sequence) -> tuple:
    """The carriers a fact answer tries in turn: a dated sentence first for a when-question,
    then the undated topic sentence that tells no awaited deed. When the hits' sentence that
    spells most of the question's required concepts (two at least) tells the deed awaited, the
    report has said it is not yet done: no looser sentence on the topic answers when it was."""
    q = analysis.question
    dated = dated_only(carries, q)
    if not asks_when(q):
        return (dated,)
    needs = [
        tuple(to_simplified(s) for s in (c.term, *c.alternatives) if s)
        for c in analysis.concepts
        if c.required
    ]
    read = [
        (sum(any(s in said for s in need) for need in needs), said)
        for h in hits
        for said in _SENTENCE.split(to_simplified(h.chunk.text))
    ]
    best = max((n for n, _ in read), default=0)
    told = best >= 2 and all(awaited(said) for n, said in read if n == best)
    if told:
        log.debug("pending_deed: the deed asked is awaited (%s)", q)
        return dated, _refuse
    return dated, not_awaited(carries, q)
