"""A set phrase's level slot: 「大事不出镇」 is 「大事不出乡」 in a 乡's report.

Grassroots governance has set phrases that name the levels of the ladder by their kind word
(「小事不出村、大事不出镇、矛盾不上交」, 「村级调解、镇级把关」): each unit copies the phrase with
its own kind in the slot — a 乡 writes 大事不出乡, a 街道 大事不出街道, and an urban 社区 takes
the village's place (小事不出社区). A user quotes the phrase as one unit wrote it, and a report
of another level writing the same phrase was no mention of it. So a quoted phrase's kind words
of the township level (镇, 乡, 街道) stand for one another, and so do those of the village level
(村, 社区).

A kind word is a slot only where it stands as the level itself — after a verb of moving or
keeping (出, 进, 到, 在) or a determiner (全, 本, 各, 我), or opening a word before 级
(「村级调解、镇级把关」) — never inside a unit's name (青柳镇, 石门乡) or another word (乡村,
村民, 城镇, 乡镇级), nor in an idiom of its own (下乡, 回乡: to the countryside, home).
"""

from __future__ import annotations

import re

# the kind words of one level, each standing for the others in a set phrase
_LEVELS = (("镇", "乡", "街道"), ("村", "社区"))
_KIND = "|".join(k for level in _LEVELS for k in level)
# after a verb or determiner (大事不出镇, 全镇), or opening a word before 级 (村级调解、镇级把关)
_SLOT = re.compile(
    rf"(?<=[出进到在全本各我])(?:{_KIND})(?=[级里内]|[^\u4e00-\u9fff]|$)"
    rf"|(?<![\u4e00-\u9fff])(?:{_KIND})(?=级)"
)


def _others(kind: str) -> tuple[str, ...]:
    return next((tuple(k for k in level if k != kind) for level in _LEVELS if kind in level), ())


def level_slot_spellings(phrase: str) -> tuple[str, ...]:
    """``phrase`` with its level slots (``_SLOT``) filled by every kind of their levels:
    「小事不出村、大事不出镇」 → 「…大事不出乡」「…大事不出街道」「小事不出社区、大事不出街道」…,
    as a unit of any kind writes it (the phrase itself left out)."""
    slots = [m for m in _SLOT.finditer(phrase)][:3]  # a set phrase has few: bounded
    if not slots:
        return ()
    forms = [""]
    pos = 0
    for m in slots:
        kinds = (m.group(), *_others(m.group()))
        forms = [f + phrase[pos : m.start()] + k for f in forms for k in kinds]
        pos = m.end()
    forms = [f + phrase[pos:] for f in forms]
    return tuple(f for f in dict.fromkeys(forms) if f != phrase)
