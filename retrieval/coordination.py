"""A head shared by a coordination: 「加强《宪法》、《民法典》和党内法规学习教育」.

Chinese writes a list of modifiers before one head and means the head for each member:
「开展法治宣传、法律咨询和矛盾调解服务」 is 法律咨询服务 too, 「宪法、民法典和防范电信网络诈骗专题
讲座」 is a 宪法讲座. So a mention whose attached modifier is another kind (专题, 矛盾调解) still
names the question's kind when the question's modifier is an earlier member of the same list:
joined to the head only by coordinators (、和与及或等) and short members, inside one clause.
A head after a clause break belongs to its own clause only: 「学习宪法，开展党章知识竞赛」 is no
宪法知识竞赛.
"""

from __future__ import annotations

import re

_CLAUSE = re.compile(r"[，。；！？,;!?：:\n]")
_MARKS = "《》“”「」‘’\"' "
_JOIN = re.compile(r"以及|及其|、|和|与|及|或|等")
_MEMBER = 12  # characters of one member of the list (防范电信网络诈骗专题)


def clause_before(text: str) -> str:
    """The part of ``text`` after its last clause break: what a mention ending it is read with."""
    return _CLAUSE.split(text)[-1]


def shares_head(lead: str, wanted: str) -> bool:
    """``wanted`` is a member of the list whose last member ends ``lead`` (the text right
    before a mention of the head)."""
    clause = clause_before(lead)
    at = clause.rfind(wanted)
    if at < 0:
        return False
    rest = clause[at + len(wanted) :].lstrip(_MARKS)
    if not _JOIN.match(rest):
        return False
    members = [m.strip(_MARKS) for m in _JOIN.split(rest)[1:]]
    return all(0 < len(m) <= _MEMBER for m in members)
