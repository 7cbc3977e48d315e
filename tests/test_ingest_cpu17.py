"""Guards for round perf17's cheaper ingest steps: each must decide exactly what the step it
replaced decided (they pass at the branch point too; what they catch is a faster version
that decides differently)."""

from __future__ import annotations

import random
import re

from ingest import encoding

# the characters a report is made of, and some it is not: control characters, private use,
# symbols outside the textual ranges, replacement characters
_TEXTUAL_SAMPLES = "法治政府建设年度报告 ABC abc 123\n\t，。、（）《》①Ⅱ×·→■α№ｑ１　\U00020000"
_OTHER_SAMPLES = "\x00\x01\x07\x1b\x7f\x85\ue000\ue123\u0600\u0e01\u1100\ufffd\U0001f600"


def _non_textual_one_by_one(text: str) -> int:
    """The definition: how many characters fall outside the textual class, one at a time."""
    one = re.compile(encoding._TEXTUAL.pattern.removesuffix("+"))
    return sum(1 for ch in text if not one.fullmatch(ch))


def test_text_check_counts_non_textual_characters_as_one_by_one_does():
    rng = random.Random(17)
    for _ in range(3000):
        share = rng.random() * 0.3
        n = rng.randint(0, 300)
        text = "".join(
            rng.choice(_OTHER_SAMPLES if rng.random() < share else _TEXTUAL_SAMPLES)
            for _ in range(n)
        )
        assert len(encoding._TEXTUAL.sub("", text)) == _non_textual_one_by_one(text)
        looks = encoding._looks_like_text(text)
        controls = len(encoding._CONTROL.findall(text))
        want = not text or (
            controls <= len(text) * encoding._MAX_CONTROL_RATIO
            and _non_textual_one_by_one(text) <= len(text) * encoding._MAX_NON_TEXT_RATIO
        )
        assert looks == want
