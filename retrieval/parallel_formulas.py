"""Parallel 同X同Y formulas of party writing: 「同部署、同推进、同考核」 as one concept.

Party and government writing ties one task to the unit's main work with a fixed formula of
parallel verbs, each after 同 (together with): 「法治建设与经济社会发展同部署、同推进、同考核」,
「与中心工作同谋划、同部署、同推进」. Users quote it shortened (「同部署同推进」). Read word by
word the formula falls apart into 同 and generic verbs (部署, 推进), and nothing of it stays a
need, so every report that mentions the partner work answered. So:

- a run of two or more 同X (X a verb of two characters), with or without 、 between them, is
  one required concept;
- it is spelled by its distinctive pieces (同部署, 同谋划, 同规划, 同安排, 同考核, 同督促, 同督查):
  a piece like 同推进 / 同推动 / 同落实 is also the tail of the common verbs 共同推进, 协同推进,
  so alone it names no formula;
- the partner work before it (「与中心工作」「和经济社会发展」) is how this unit names its main
  work — 中心工作, 经济社会发展, 重点工作 alike — so it is no need: the formula says the tie.

The head's duty is another such formula (which33): the rules on the 第一责任人 of 法治建设 ask
the party and government heads to 「重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、
重要任务亲自督办」, and reports copy it with the objects between the pieces. Read word by word
亲自 is an adverb dropped and 部署, 过问 are generic verbs, so 「主要领导亲自抓」 answered for it.
A run of two or more 亲自X is one required concept, spelled by the pieces asked and the other
pieces of that formula (a report writing one of them writes the duty); 亲自抓 alone is none.
"""

from __future__ import annotations

import re

from retrieval.concept import Concept

_PIECE = r"同[\u4e00-\u9fff]{2}"
_OWN = r"亲自[\u4e00-\u9fff]{2}"  # 亲自部署: the head's duty, piece by piece
_FORMULA = re.compile(
    rf"{_PIECE}(?:[、，,和与及]?{_PIECE})+|{_OWN}(?:[、，,和与及]?[\u4e00-\u9fff]{{0,4}}?{_OWN})+"
)
_PIECES = re.compile(rf"{_PIECE}|{_OWN}")
# the four pieces of the head's duty as the 第一责任人 rules word it
DUTY = ("亲自部署", "亲自过问", "亲自协调", "亲自督办")
# pieces whose 同X is not also the tail of 共同X / 协同X (共同推进, 协同落实)
SPELLINGS = ("同部署", "同谋划", "同规划", "同安排", "同考核", "同督促", "同督查")
# 「法治建设和中心工作同部署…」「与经济社会发展同谋划…」: the partner after its preposition
_PARTNER = re.compile(r"(?:与|和|跟|同)(?P<partner>[\u4e00-\u9fff]{2,10}?)(?:工作)?$")


def is_formula(term: str) -> bool:
    """``term`` is one parallel formula as the question said it (同部署同推进)."""
    return _FORMULA.fullmatch(term) is not None


def formulas_in(text: str) -> list[tuple[int, int, Concept]]:
    """(start, end, concept) of each parallel formula in ``text``, its span stretched over
    the partner work said right before it; empty when there is none."""
    out: list[tuple[int, int, Concept]] = []
    for m in _FORMULA.finditer(text):
        pieces = _PIECES.findall(m.group(0))
        if len(set(pieces)) < 2:
            continue  # 「同时同步」-like repeats are no formula
        if pieces[0].startswith("亲自"):
            spellings = tuple(dict.fromkeys([*pieces, *DUTY]))
            out.append((m.start(), m.end(), Concept(m.group(0), spellings, True)))
            continue
        spellings = tuple(dict.fromkeys([*(p for p in pieces if p in SPELLINGS), *SPELLINGS]))
        before = _PARTNER.search(text[: m.start()])
        start = before.start() if before is not None else m.start()
        out.append((start, m.end(), Concept(m.group(0), spellings, True)))
    return out
