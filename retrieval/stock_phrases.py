"""Set phrases whose words name no deed of the unit.

Reports repeat the Party's formula for what the rule of law is for: 「提高运用法治思维和法治
方式深化改革、推动发展、化解矛盾、维护稳定、应对风险的能力」. Its four-character items are the
purposes of thinking in legal terms, listed in the same words in every report; a report
using it has done none of them. Read as evidence, it made every report quoting it answer
「哪些乡镇写了化解矛盾的具体做法」 or 「谁在维护稳定上下了功夫」. The list is blanked in the
sentence as it is judged (same length), never in the text quoted.
"""

from __future__ import annotations

import re

# after 法治方式, three or more four-character items joined by 、: the formula's purposes
_PURPOSES = re.compile(r"(?<=法治方式)(?:[\u4e00-\u9fff]{4}、){2,}[\u4e00-\u9fff]{4}")


def without_stock_purposes(sentence: str) -> str:
    """The sentence with the formula's list of purposes blanked (same length)."""
    if "法治方式" not in sentence:
        return sentence
    return _PURPOSES.sub(lambda m: " " * len(m.group(0)), sentence)
