"""「他去的是哪个地方」 after 「哪位中央领导去虹桥街道调研了」: 他 is the person just found.

When the last question asked for a person (谁, 哪位, 哪个人, 哪名) and the follow-up opens with a
singular pronoun for a person (他, 她, 这位, 那位, 此人), the pronoun stands for whoever the last
answer named: the follow-up asks another slot of the same event (where, when, which post). The
event is the last question's, so the question asked is the last one as asked (its who-frame
found the sentence naming the person) with the new ask after it, over the same units:
「2021年哪位中央领导去虹桥街道调研了，去的是哪个地方」. The sentence that named the person names
the place and the date too, and the answer quotes it.

Not a person follow-up: a plural pronoun (他们: units said before, ``followup``), a last
question that asked no person (a pronoun for a person nobody was asked about points at no one),
or a follow-up that names a topic and no more than the pronoun's slot (left to the others).
"""

from __future__ import annotations

import re

from answering.followup_turn import Resolved
from retrieval.asked_kind import PERSON_NOUN

_HE = re.compile(
    r"^(?:那么?|那|那这个|这)?\s*(?:他|她|这位|那位|此人|这个人|那个人)(?![们])(?:领导)?"
)
# the last question's asking word for a person: 「哪位中央领导」「谁」「哪个人」; 有谁 and 谁家 ask units
# 「南山和坪山谁的增速更快」 asks which unit, not a person
_WHO = re.compile(rf"哪一?位|哪一?名|哪个人|哪一?个{PERSON_NOUN}|(?<!有)谁(?![家的更最])")
# the slots of the same event the sentence naming the person also says: where, when, which post
# or meeting. 「他提出的GDP目标是多少」 asks a topic of the report, not of the event
_ASKS = re.compile(
    r"哪里|哪儿|哪个地方|什么地方|何地|在哪|去哪|"
    r"什么时候|何时|哪一?[年月天日]|几月|几号|"
    r"什么(?:职务|身份|职位|会议|场合)|哪个(?:会议|部门|单位)|哪次"
)


def person_followup(q: str, prev_q: str, prev_units: tuple[str, ...]) -> Resolved | None:
    """The last question of the person it found, asking the follow-up's slot; None when this
    is no such follow-up (module docstring)."""
    m = _HE.match(q)
    if m is None or not _WHO.search(prev_q) or len(prev_units) > 1:
        return None  # a who over several units chose a unit (谁 = which of them)
    rest = q[m.end() :].strip(" ，,")
    if not rest or not _ASKS.search(rest):
        return None
    event = prev_q.rstrip("？?。!！ ")
    note = "（「他」指上一个回答中的人物）"
    return Resolved(f"{event}，{rest}", prev_units, note)
