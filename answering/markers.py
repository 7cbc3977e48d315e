"""A language model's ``[n]`` citation markers: the one place they are read.

The model writes markers in many hands ([1], ［1］, [1,2], [1、2]); they are checked against the
passages it was given, normalised, and finally read into :class:`reportqa.answer.Text` runs
that carry the numbers as data. Nothing downstream looks for a marker in text again.
"""

from __future__ import annotations

import re

from reportqa.answer import Text

# [1], ［1］, [1,2], [1，2], [1、2]; at most 3 digits so bracketed years like [2023] stay text.
MARKER = re.compile(r"[\[［]\s*(\d{1,3}(?:\s*[,，、]\s*\d{1,3})*)\s*[\]］]")
_SPLIT = re.compile(r"\s*[,，、]\s*")
# what validate_markers leaves: one number per marker
CITED = re.compile(r"\[(\d{1,3})\]")


def validate_markers(text: str, valid: set[int]) -> tuple[str, list[int], list[int]]:
    """Keep [n] markers that name a passage, drop the rest.

    Returns (cleaned text with markers normalised to ``[n]``, used valid numbers in order of
    first use, removed invalid numbers in order of first appearance).
    """
    used: list[int] = []
    invalid: list[int] = []

    def fix(m: re.Match[str]) -> str:
        kept = []
        for part in _SPLIT.split(m.group(1).strip()):
            n = int(part)
            if n in valid:
                kept.append(n)
                if n not in used:
                    used.append(n)
            elif n not in invalid:
                invalid.append(n)
        return "".join(f"[{n}]" for n in kept)

    cleaned = MARKER.sub(fix, text)
    if invalid:
        cleaned = re.sub(r"[ \t]+([，。；、,.;!?！？])", r"\1", cleaned)
        cleaned = re.sub(r"[ \t]+$", "", cleaned, flags=re.M)
    return cleaned, used, invalid


def to_runs(cleaned: str) -> tuple[Text, ...]:
    """Validated text as runs: each stretch of text with the markers right after it."""
    runs: list[Text] = []
    pos, text, refs = 0, "", []
    for m in CITED.finditer(cleaned):
        between = cleaned[pos : m.start()]
        if between or not refs:
            if text or refs:
                runs.append(Text(text, tuple(refs)))
            text, refs = between, []
        refs.append(int(m.group(1)))
        pos = m.end()
    if text or refs:
        runs.append(Text(text, tuple(refs)))
    if cleaned[pos:]:
        runs.append(Text(cleaned[pos:]))
    return tuple(runs)
