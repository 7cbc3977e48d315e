"""「接受人大监督」: who supervises is part of the thing asked, whatever words stand between.

A question names a supervision by its body (人大监督, 政协民主监督, 群众监督); a report puts
the body's level and its standing committee between the two (「自觉接受县人大及其常委会的监督」,
「在区人大常委会的监督下」). Read as two words, 人大 and 监督 match any sentence holding both
anywhere (「接受群众监督，办理人大代表建议8件」 is no supervision by the 人大). So the body
and 监督 make one concept, spelled every way the body's own words allow between them; its
parts still tell a 监督 by another body apart (``retrieval.compounds``: 群众监督 is another
kind than 人大监督). Being supervised is the frame (接受X监督 ~ 在X的监督下), so a 接受 before
the body is no word of its own the report must repeat. A user says it causatively, 「让人大来
监督」「请群众来监督」「由审计监督」: the same supervision by the body, said in spoken order.
"""

from __future__ import annotations

import re

from retrieval.concept import Concept

# the bodies a government report says it is supervised by; a body's committee words follow it
_BODIES = ("人大", "政协", "纪委监委", "纪检监察", "监察", "审计", "司法", "群众", "舆论", "社会")
_COMMITTEE = {"人大": ("及其常委会", "常委会")}
# the kind of supervision a body exercises, written between its name and 监督
_KINDS = ("民主", "法律", "工作", "依法", "专门")
_BETWEEN = r"(?:及其)?(?:常委会)?的?(?:" + "|".join(_KINDS) + r")?(?:来|进行)?"
# being supervised is the frame, 接受X监督 ~ 在X的监督下: the verb joins the concept's span
# (让/请/由 X 来监督: the spoken, causative order of the same frame)
_ACCEPT = r"(?:(?:主动|自觉|依法|积极)?(?:接受|受到|接收)|让|请|由)?"
_ASKED = re.compile(_ACCEPT + "(?P<body>" + "|".join(_BODIES) + ")" + _BETWEEN + "监督")


def spellings(body: str) -> tuple[str, ...]:
    """Every way a report writes supervision by ``body``: its committee words, 的, and
    the kind of supervision between the body and 监督."""
    return tuple(
        f"{body}{c}{d}{k}监督"
        for c in ("", *_COMMITTEE.get(body, ()))
        for d in ("", "的")
        for k in ("", *_KINDS)
    )


def supervision_in(text: str) -> list[tuple[int, int, Concept]]:
    """(start, end, concept) of each supervision by a named body the question asks about."""
    out = []
    for m in _ASKED.finditer(text):
        body = m.group("body")
        out.append((m.start(), m.end(), Concept(f"{body}监督", spellings(body), True)))
    return out
