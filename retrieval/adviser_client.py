"""Whose adviser: a 法律顾问 or a 律师 is hired for someone, and reports name that client first.

Reports write the client of a legal adviser right before the post: 「政府法律顾问」「机关法律顾问」
「企业法律顾问」 advise a government, an organ, a firm on its own decisions and contracts;
「村（居）法律顾问」「一村（社区）一法律顾问」「驻村律师」 serve the villagers of a village. The two
are different posts hired by different people for different ends, and nearly every government
report has the first (建立健全政府法律顾问制度 is a stock line of the genre). So a question asking
for the lawyers of villages (「哪个镇给村里聘了驻村律师」) is not answered by a sentence whose
adviser's client is a government or an organ: that mention names another post. A bare adviser
(「聘请法律顾问」「为各村聘请了律师」) names no client and still counts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from retrieval.concept import Concept

if TYPE_CHECKING:
    from retrieval.evidence import Need

# the post, however spelled: 法律顾问, 顾问, 律师 (公职律师, 驻村律师)
_ADVISER = re.compile(r"(?:顾问|律师)$")
# the client a question asks for: a village or a residents' community
_VILLAGE = re.compile(r"村|社区|[（(]居[）)]")
# a client that is an organ of government or a firm, written right before the post
_ORGAN = re.compile(r"(?:政府|机关|部门|单位|企业|公司|党委|党工委|人大)$")


def asks_village_client(concept: Concept) -> bool:
    """The concept is an adviser of villages: one of its spellings names the village before
    the post (驻村律师, 村（居）法律顾问)."""
    spelled = (concept.term, *concept.alternatives)
    return any(_ADVISER.search(s) and _VILLAGE.search(s) for s in spelled)


def other_client(text: str, pos: int, needle: str, need: Need | None) -> bool:
    """The adviser mentioned at ``pos`` is an organ's (政府法律顾问) while the need's concept
    asks for a village's: the mention names another post. No need, no client asked."""
    if need is None or not _ADVISER.search(needle) or _VILLAGE.search(needle):
        return False
    return bool(_ORGAN.search(text[max(0, pos - 6) : pos])) and asks_village_client(need.concept)
