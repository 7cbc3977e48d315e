"""Whose duty it is never says which duty: a role before 职责 hands the kind to the field before it.

Chinese reports write a duty by its holder: 「履行推进法治建设第一责任人职责」「落实主要负责人职责」
「《党政一把手履行法治建设第一责任人职责清单》」. The word right before 职责 is then the role
(第一责任人, 主要负责人, 主要领导), and the role is not a kind of duty the way 科技 is a kind of
副校长: it names who holds the duty. What the duty is about stands before the role — the field
the holder is first responsible for (法治建设第一责任人 is the 党政主要负责人's duty in building
the rule of law, by the 中办/国办 regulation of that name; 安全生产第一责任人 is another field's).
So a question asking 「一把手的法治职责」 is answered by 「法治建设第一责任人职责」, and still not by
「安全生产第一责任人职责」. The asked field standing in the role's own words just before it
(「推进法治建设第一责任人」「法治乡村建设第一责任人」) says the duty is the asked one; a field word
before the role is otherwise read as a noun, whatever its tag — 「生态环境保护第一责任人」 is the
environment's, not a deed done to a 职责 (review rev_b8fix: read as a deed, it passed as no
kind, and a sentence naming 法治 elsewhere listed its unit). A bare role (「落实第一责任人职责」,
or a field the tagger cuts into single characters, 河|长|制) reads as before this module: the role
itself is then the modifier, which names another kind unless the question asks the role.

Only roles that carry no field of their own (负责人, 责任人, 领导, 一把手): 河长 or 校长 name their
field in the role itself (河长责任 is the river's), and read as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.compounds import attached
from retrieval.coordination import clause_before
from retrieval.vocabulary import GENERIC_HEADS

Tagger = Callable[[str], list[tuple[str, str]]]

# what a holder has to do: 职责, 责任, 职权 (法治建设第一责任人职责, 主要负责人责任)
DUTIES = ("职责", "责任", "职权")
# roles that name a holder and no field of their own: 第一责任人, 直接责任人, 党政主要负责人,
# 主要领导, 一把手 (the spoken 主要负责人)
_FIELDLESS = re.compile(r"(?:责任人|负责人|领导|一把手)$")
# characters read before a role for the field it is held for (推进法治建设, 法治乡村建设)
_FIELD = 8


def holds_duty(found: str, needle: str) -> bool:
    """``found``, the word before a mention of ``needle``, is a role holding that duty."""
    return needle.endswith(DUTIES) and _FIELDLESS.search(found) is not None


def field_of_role(tagged: Tagger, text: str, start: int, end: int) -> str:
    """The field named before the role ``text[start:end]``: the word before it, past a generic
    head (法治|建设|第一责任人 → 法治); "" for a bare role (落实|第一责任人, 《第一责任人…》)."""
    field = attached(tagged, text, start, end)
    if field in GENERIC_HEADS:
        field = attached(tagged, text, start - len(field), start)
    return field


def held_for(text: str, start: int, wanted: str) -> bool:
    """The role at ``text[start:]`` is held for the field ``wanted``: it stands in the role's own
    words just before it, inside its clause and the title the role opens (「印发《…》」: a 《
    starts a new name, so 「法治宣传《安全生产第一责任人…》」 is no 法治 role)."""
    field = clause_before(text[max(0, start - _FIELD) : start]).rsplit("《", 1)[-1]
    return bool(wanted) and wanted in field
