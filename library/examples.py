"""Example questions that work on their own in *this* library.

Fixed examples name places a user's library may not hold (「峡口镇」), or ask 「哪些乡镇」 of a
library of district reports, and then fail in front of a new user. Here each candidate is
built from the library's own units and kept only if the offline answerer finds a quote for
it; none is a follow-up. The result is cached until the library changes.
"""

from __future__ import annotations

import logging
from collections import Counter

from answering.service import AnswerService
from reportqa.errors import ReportQAError

log = logging.getLogger(__name__)

TRIES = 6  # units tried for the per-unit examples


def _answers(service: AnswerService, question: str) -> bool:
    try:
        answer = service.ask(question)
    except ReportQAError:
        return False
    return bool(answer.citations) and answer.resolved_question == question


def example_questions(service: AnswerService) -> list[str]:
    """Up to four examples: a which-question, a fact about one unit, a comparison of two
    units and a per-unit survey, each checked against the library."""
    service = AnswerService(service.lib, service.retriever)  # quotes only, never an LLM call
    infos = service.lib.reports()
    if not infos:
        return []
    levels = Counter(i.level for i in infos)
    noun = "乡镇" if levels.most_common(1)[0][0] in ("乡镇", "") else "单位"
    units = list(dict.fromkeys(i.township for i in infos if i.township))
    out = [q for q in (f"哪些{noun}聘请了法律顾问",) if _answers(service, q)]
    found = []
    for unit in units[:TRIES]:
        if _answers(service, f"{unit}调解了多少件矛盾纠纷？"):
            found.append(unit)
            if len(found) == 2:
                break
    if found:
        out.append(f"{found[0]}调解了多少件矛盾纠纷？")
    elif units and _answers(service, f"{units[0]}开展了哪些普法宣传活动？"):
        out.append(f"{units[0]}开展了哪些普法宣传活动？")
    if len(found) == 2:
        compare = f"比较{found[0]}和{found[1]}调处矛盾纠纷的数量"
        if _answers(service, compare):
            out.append(compare)
    survey = f"各{noun}的人民调解员队伍规模分别是多少？"
    if _answers(service, survey):
        out.append(survey)
    log.info("example questions: %s", out)
    return out
