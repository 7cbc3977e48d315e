"""How the words of a question's need group into concepts: a campaign X进Y, an event before
前/后, who is sent and where to (light), 「A、B」 alternatives, one concept per term. Each
function states a general fact of Chinese questions; ``retrieval.query`` applies them."""

from __future__ import annotations

import re
from dataclasses import replace

from retrieval.compounds import AGENT
from retrieval.concept import Concept


def before_after(text: str, at: int, word: str, flag: str) -> str | None:
    """前 or 后 when the two-character event word ``word`` (开会, 起诉, 开庭; a verb or
    jieba's noun guess) stands right before that locative, else None: report prose
    abbreviates an event before a locative to its second character (会前学法, 诉前调解,
    庭前调解, 岗前培训). 「前后」 says around, not before."""
    if len(word) != 2 or not flag.startswith(("v", "n")) or flag == "nr":
        return None
    when = text[at + 2 : at + 3]
    if when not in ("前", "后") or text[at + 3 : at + 4] in ("前", "后"):
        return None
    return when


def campaign_place(text: str, found: list, at: int, word: str) -> str:
    """Y of 「X进Y」 when ``word`` at ``at`` follows the concept before it with 进 between
    (法律/进/乡村) or jieba's word starting with 进 (法治/进校园), else ""."""
    if not found:
        return ""
    if text[found[-1][1] : at] == "进" or (
        found[-1][1] == at and found[-1][2].term.endswith("进")  # 送法进|企业
    ):
        return word
    if found[-1][1] == at and word[0] == "进" and len(word) >= 3:
        return word[1:]
    return ""


# 「组织干部去法院旁听庭审」「安排工作人员到现场…」: who is sent and where to are told by a
# causative verb before a role and a motion verb before a place; the deed after them is the
# practice asked about, which reports name with another role or no place at all
_CAUSATIVE = re.compile(r"(?:组织|安排|带领|动员|选派|发动|引导|邀请|号召|让|派)$")
_MOTION = re.compile(r"(?<![下送发寄搬拿带])(?:去|到|赴|前往|来到)$")


def lighten(text: str, found: list[tuple[int, int, Concept]]) -> list[tuple[int, int, Concept]]:
    """The role a causative verb sends, the verb sending it and the place a motion verb goes
    to weigh like a generic verb (``Concept.light``) when a deed of the question's own
    follows them."""
    out = list(found)
    for i, (start, end, c) in enumerate(found):
        later = found[i + 1 :]
        if not later or c.term in (n.term for _, _, n in later):
            continue
        before = text[:start].rstrip()
        role = _CAUSATIVE.search(before) and AGENT.search(c.term)
        # the place stands right before the verb whose object follows (法院|旁听|庭审)
        place = (
            _MOTION.search(before)
            and later[0][0] == end
            and not later[0][2].required
            and len(later) >= 2
        )
        # the causative verb itself (安排, 带领) says only that someone sent them
        sends = _CAUSATIVE.fullmatch(c.term) and AGENT.search(later[0][2].term)
        if role or place or sends:
            out[i] = (start, end, replace(c, light=True))
    return out


def merge_alternatives(text: str, found: list[tuple[int, int, Concept]]) -> list[Concept]:
    """「A、B」 or 「A或B」 in a question means either counts: one concept, with the synonyms
    of both sides. The right alternative takes the words jieba split off it (「河道保洁、垃圾
    清运」 → 垃圾清运, not 垃圾; 「巡河或者巡河记录」 → 巡河记录) while it stays as long as
    the left one, or contains it."""
    out: list[tuple[int, int, Concept]] = []
    joined_to: Concept | None = None  # the left alternative while the right one grows
    right = ""
    for start, end, c in found:
        if joined_to is not None and out and start == out[-1][1]:
            ps, _, prev = out[-1]
            longer = right + c.term
            if len(longer) <= len(joined_to.term) + 1 or joined_to.term in longer:
                alts = tuple(dict.fromkeys((*joined_to.alternatives, longer)))
                out[-1] = (ps, end, Concept(prev.term + c.term, alts, prev.required))
                right = longer
                continue
        joined_to = None
        if (
            out
            and start >= 0
            and re.fullmatch(r"\s*(?:、|/|或者?|及|以及)\s*", text[out[-1][1] : start])
        ):
            ps, _, prev = out[-1]
            merged = Concept(
                f"{prev.term}/{c.term}",
                tuple(dict.fromkeys((*prev.alternatives, *c.alternatives))),
                prev.required or c.required,
            )
            out[-1] = (ps, end, merged)
            joined_to, right = prev, c.term
            continue
        out.append((start, end, c))
    return [c for _, _, c in out]


def one_per_term(concepts: list[Concept]) -> tuple[Concept, ...]:
    """One concept per term, where it first appears, with every spelling any of them had:
    the counted noun of 「多少个村」 and the village word it also is are one need, not two."""
    merged: dict[str, Concept] = {}
    for c in concepts:
        had = merged.get(c.term)
        if had is None:
            merged[c.term] = c
            continue
        alts = tuple(dict.fromkeys((*had.alternatives, *c.alternatives)))
        merged[c.term] = replace(had, alternatives=alts, required=had.required or c.required)
    return tuple(merged.values())
