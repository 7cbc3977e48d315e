"""Who did it never decides what was done: a question left with only its holder words.

A which-question names who acted (领导, 干部, 政府, 部门, 群众, 工作人员, 地方) and what they did
(旁听庭审, 学法, 述法). Reports write their holders everywhere — nearly every report has 领导
and 部门 — so a holder word tells no report apart by the practice asked. Words of the practice
leave the need on several paths (a verb is soft, a destination 去法院 is a place, a word no
report spells is dropped as the user's framing), and a holder is often the one noun left:
「哪些地方的领导去法院旁听过审案子？」 on a library where no report writes 旁听 or 法院 came down
to 「领导」 and listed every report. So the rule is one, whatever path emptied the topic: when
every required concept left is a holder, the question's topic is in its other words —

- other topic words still in the need (a soft verb some report spells: 旁听) become required:
  they are the practice asked, the holder only says who did it;
- topic words the library made leave (soft and spelled by no report: 法院, 审案子) come back
  required, so the answer says no report writes them and shows what the rest finds only as a
  near reading (``answering.unsaid_words``) — never a list decided by 「领导」, nor by the one
  practice word of three that a report happens to spell (上门 of 「接待上门的群众」);
- the question named only holders: nothing else to read, it stays as it is.

Only which-questions: they list units, and a holder alone would list them all. A fact about
one named unit is found by ranked search inside its reports and judged by its carrier.

A holder beside a spelled practice (「领导干部参加了旁听庭审」) is untouched: the practice is
required already.

**Where is a holder too.** A place or level noun (村, 社区, 农村, 基层, 辖区, 当地) names where the
practice was done, as a role names who did it, and every report of a township writes its
villages, communities and grass roots whatever it did: 「哪个镇帮着村里改过乡规？」 with 乡规
dropped came down to 「村」 and listed ten units. The same rule reads it: a need left with only
place, level and holder words answers from the practice words or names them as unsaid. A
place inside a practice's name (法律进乡村, 村规民约, 社区矫正) is another concept and stays.
"""

from __future__ import annotations

from dataclasses import replace

from reportqa.answer import Kind
from retrieval.actors import ACTORS
from retrieval.analysis import Analysis
from retrieval.vocabulary import SOFT_VERBS

# who acts or whom it is for, named by role or body, never by what was done: every report of a
# government body names its leaders, staff, departments and public, whatever it did
HOLDERS = frozenset(
    {
        *ACTORS,
        *"领导 领导们 当官的 官员 负责人 工作人员 人员 职工 党员 班子 机关 政府 单位 部门 地方".split(),
        *"群众 老百姓 百姓 民众 村民 居民 大家 人家 他们 我们 咱们 别人 有关部门 相关部门".split(),
    }
)
# where the practice was done, named by place or level, never what was done (``村`` is the
# village concept of ``retrieval.villages``; 地方 and 单位 are above)
PLACES = frozenset(
    "村 村里 村级 村居 行政村 社区 乡村 农村 城区 辖区 当地 本地 片区 乡里 镇里".split()
)
# 镇政府, 县领导, 区里干部: a level before a holder is still a holder
_LEVELS = ("乡", "镇", "村", "县", "区", "市", "街道", "乡镇", "镇里", "县里", "区里", "村里")


def is_holder(term: str) -> bool:
    """``term`` names who (a role, a body, the public) or where (a place or level), alone or
    a holder after a level word."""
    if term in HOLDERS or term in PLACES:
        return True
    return any(term.startswith(lv) and term[len(lv) :] in HOLDERS for lv in _LEVELS)


def is_who(term: str) -> bool:
    """``term`` names who acts by a general role, body or the public (领导, 工作人员, 群众,
    镇政府), never a place: the doer a which-question's deed leaves (``retrieval.actors``)."""
    return term not in PLACES and is_holder(term)


def _who(c) -> bool:
    return c.doer or is_holder(c.term)


def topic_restored(before: Analysis, after: Analysis) -> Analysis:
    """``after`` (the analysis once measured against the library) with its topic read again
    when only holders or the doer are left required, then without its doer when a deed is
    left beside it; ``before`` is the analyzer's own reading."""
    restored = _restored(before, after)
    need = [c for c in restored.concepts if c.required and not c.doer]
    if not need or not any(c.doer for c in restored.concepts):
        return restored
    # 「哪些地方的领导亲自出庭应诉」: the deed is asked whoever did it (``retrieval.actors``)
    concepts = tuple(c for c in restored.concepts if not c.doer)
    terms = tuple(dict.fromkeys(t for c in concepts for t in (c.term, *c.alternatives[:3])))
    return replace(restored, concepts=concepts, search_terms=terms)


def _restored(before: Analysis, after: Analysis) -> Analysis:
    if after.kind != Kind.WHICH:
        return after  # a named unit's fact is found by ranked search, judged by its carrier
    required = [c for c in after.concepts if c.required]
    if not required or not all(_who(c) for c in required):
        return after
    soft = [c for c in after.concepts if not c.required and not _who(c)]
    # 「坚持值班」: a light verb (坚持, 开展) only carries the deed beside it, never decides
    kept = [c for c in soft if c.term not in SOFT_VERBS]
    had = {c.term for c in after.concepts}
    gone = [c for c in before.concepts if c.term not in had and not _who(c)]
    kept = kept or ([] if gone else soft)
    if not kept and not gone:
        return after  # 「哪些地方提到了领导干部」: only holders were asked
    # 旁听 beside 领导: the practice decides; 审案子, 信访局 no report writes come back with it,
    # so the answer says no report writes them and shows the rest as a near reading only
    concepts = (
        *(replace(c, required=True, light=False) if c in kept else c for c in after.concepts),
        *(replace(c, required=True, light=False) for c in gone),
    )
    terms = tuple(dict.fromkeys(t for c in concepts for t in (c.term, *c.alternatives[:3])))
    return replace(after, concepts=concepts, search_terms=terms)
