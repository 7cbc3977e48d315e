"""Where a deed was done is a carrier of the need, not the need.

「法律顾问下村去做普法」「调解员上门去调解纠纷」「干部深入基层走访」: a motion verb joined to the
place it goes to (下村, 进村, 入户, 上门, 下乡, 深入基层, 去村里) says the deed was done out in
the field, and a 去/来 after it only says what for. Reports word the same visit in many ways
(深入村（社区）, 驻村坐班, 入户, 走访上门) or not at all (「法律顾问开展普法讲座」), so the visit
weighs like a generic verb (``Concept.light``): the actor and the deed decide. The actor
(法律顾问, 调解员) is no carrier: a report where 法律顾问 and 普法 stand in unrelated sentences
says nothing of legal advisers doing 普法.

Not a visit: a campaign 「送法下乡」「法律进村」 (X进Y, ``retrieval.phrases.campaign_place``)
or a coded one 「四下基层」「三下乡」,
a resultative 「覆盖到村」「落实到户」 (到 after a verb says how far, the village is the need),
and the village as the beneficiary (「为村里请了法律顾问」).
"""

from __future__ import annotations

import re

from retrieval.concept import Concept

# the places a township's staff go out to, and how reports spell going there
_SPELLED = {
    "村": ("下村", "进村", "入村", "到村", "驻村", "深入村", "走村", "村（社区）", "村居"),
    "户": ("入户", "上门", "进户", "到户", "走访"),
    "乡": ("下乡",),
    "基层": ("基层",),
    "一线": ("一线",),
    "现场": ("现场",),
}
_SPELLED["门"] = _SPELLED["户"]
# a character that makes 进/入/下 part of another word (推进, 纳入, 以下), a campaign (送法进)
# or a coded name (四下基层, 三下乡: a numeral counts the campaign's parts)
_NOT_MOTION = "法律治送以推促引改先增跟纳列投收加融录输上底留一二两三四五六七八九十"
_VISIT = re.compile(
    rf"(?<![{_NOT_MOTION}])(?:"
    r"(?P<v>深入|走进|下|进|入)(?P<p>村(?:里|组|居)?|户|乡(?!镇)|基层|一线|现场)"
    r"|(?P<up>上)(?P<door>门)"
    r"|(?P<go>去|到)(?P<gp>村里|户里|基层|一线|现场)(?=去|来)"
    r")(?:去|来)?"
)


def visits_in(text: str) -> list[tuple[int, int, Concept]]:
    """(start, end, concept) of each visit to a place in the question, 去/来 after it
    included: a light concept spelled by the ways reports write that visit."""
    out = []
    for m in _VISIT.finditer(text):
        place = m.group("p") or m.group("door") or m.group("gp")
        key = place[0] if place[0] in "村户门乡" else place
        verb = m.group("v") or m.group("up") or m.group("go")
        term = verb + place
        spellings = tuple(dict.fromkeys((term, *_SPELLED[key])))
        out.append((m.start(), m.end(), Concept(term, spellings, False, light=True)))
    return out
