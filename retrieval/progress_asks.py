"""「示范创建走到哪一步了」: a question of progress asks for the stage reached, and a campaign
for a designation is reported by its stages.

How far a work has got is asked by a closed class of frames — 走到/进行到/推进到/发展到/做到 +
哪一步/哪一阶段/什么程度/什么地步, 到了哪一步, 进展如何/怎样/到哪 — and no report writes them:
it writes the stage itself. Read as topic words (走到, 一步) they were required and excluded
every report.

A campaign to earn a designation (创建, 争创, 创评 of a 示范县, a 示范地区) is written by where it
stands, in the order the designation is conferred: declared (申报, a 候选 project), checked (验收),
conferred (命名, 入选, 获评, 创成, 授予). A report that has the
designation writes the conferral and no longer the campaign (「获得“全省法治政府建设示范县”
命名」), so when progress is asked, every stage spells the campaign. Asked without a progress
frame (「哪些县开展了示范创建」) the campaign stays as written: a conferred title is not an
ongoing campaign.

A stage word alone is no campaign: 授予 and 命名 are said of any conferral (授予执法证件, 被命名为
法治路), 申报 of any filing. A stage spells the campaign only in a sentence that names what is
earned — a designation (示范, 称号, 荣誉, 先进, 试点); when the question names none (「创建工作走到
哪一步了」, or only inside the campaign's own word 示范创建), the designation is added as a
condition the sentence must meet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.concept import Concept

__all__ = ["DESIGNATIONS", "PROGRESS", "STAGES", "asks_progress", "with_stages"]

# the progress frame: a verb of advancing + 到 + which step/stage/degree, or 进展 + how
PROGRESS = (
    r"(?:走|进行|推进|发展|做|搞|进展|干)(?:到了|到)(?:哪一步|哪步|哪个阶段|哪一阶段|什么阶段"
    r"|什么程度|啥程度|什么地步|哪儿|哪里|哪)"
    r"|到了(?:哪一步|哪个阶段|什么阶段|什么程度)"
    r"|进展(?:如何|怎样|怎么样|到哪)"
)
_PROGRESS = re.compile(PROGRESS)
# the campaign words and the stages that spell them when progress is asked
_CAMPAIGN = frozenset("创建 争创 创评 创建工作 示范创建".split())
# only the words of the designation's own steps: 评估, 获得, 报送 and 推荐 are said of any work
# (风险评估, 获得感, 报送材料), and a stage word must not stand in for the campaign elsewhere
STAGES = ("申报", "候选", "验收", "命名", "入选", "获评", "创成", "授予")
# what a campaign earns: a sentence holding a stage must name one of these to speak of a campaign
DESIGNATIONS = ("示范", "称号", "荣誉", "先进", "试点")


def asks_progress(question: str) -> bool:
    """``question`` asks how far a work has got (see the module docstring)."""
    return bool(_PROGRESS.search(question))


def with_stages(question: str, concepts: Sequence[Concept], across: bool = True) -> list[Concept]:
    """``concepts`` with a campaign word spelled by its stages too, when progress is asked
    ``across`` units (a which or compare question, whose sentences must each name a
    designation). A fact question about one unit ranks its passages by their words, and a
    stage word alone (被命名为法治路) would be ranked as an answer: it keeps the campaign as
    written."""
    if not across or not asks_progress(question) or not any(c.term in _CAMPAIGN for c in concepts):
        return list(concepts)
    staged = [
        replace(c, alternatives=tuple(dict.fromkeys((*c.alternatives, *STAGES))))
        if c.term in _CAMPAIGN
        else c
        for c in concepts
    ]

    def designates(c: Concept) -> bool:  # 示范创建's own 示范 is spelled away by its stages
        return c.term not in _CAMPAIGN and any(
            d in a for a in (c.term, *c.alternatives) for d in DESIGNATIONS
        )

    if any(designates(c) for c in staged):  # 「示范创建进展如何」: the sentence must name 示范
        staged = [replace(c, must=True) if designates(c) else c for c in staged]
    else:  # 「创建工作走到哪一步了」: the designation, unsaid, is still what is earned
        staged.append(Concept("示范", DESIGNATIONS, required=True, must=True))
    return staged
