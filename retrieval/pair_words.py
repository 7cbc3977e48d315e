"""Words that point back at the units a comparison names: 「A和B两边述法的方式有啥区别」.

A user who has named two units refers to them again as a pair — 两边, 两地, 两者, 二者, 双方,
两方, 彼此 — before the topic. The word is the compared units themselves, never something a
report writes: read as a need it made the topic 「两边述法」, which no sentence of either
report holds, and both units came out 「未提及」. Only a question naming at least two units is
read so: in 「调解双方」「道路两边」 the word is the topic's own and stays.
"""

from __future__ import annotations

import re

# the pair word, not the start of a longer noun (双方当事人 is the parties to a dispute)
_PAIR = re.compile(r"(?:两边|两地|两者|二者|双方|两方|彼此)(?!当事人|协商|签订|共同|合作)")


def without_pair_words(text: str, units: int) -> str:
    """``text`` with each pair word blanked when the question names ``units`` >= 2 units."""
    if units < 2:
        return text
    return _PAIR.sub(lambda m: " " * len(m.group(0)), text)
