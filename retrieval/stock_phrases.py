"""Set phrases whose words name no deed of the unit.

Reports repeat the Party's formula for what the rule of law is for: 「提高运用法治思维和法治
方式深化改革、推动发展、化解矛盾、维护稳定、应对风险的能力」. Its four-character items are the
purposes of thinking in legal terms, listed in the same words in every report; a report
using it has done none of them. Read as evidence, it made every report quoting it answer
「哪些乡镇写了化解矛盾的具体做法」 or 「谁在维护稳定上下了功夫」. The list is blanked in the
sentence as it is judged (same length), never in the text quoted.

Reports also open with who leads them: 「在文峰区委、区政府和区法治政府建设领导小组的正确领导下」
「在区司法局的指导下」. The bodies named there are the unit's superiors; the phrase says under
whom the unit worked, never that it set up or did any of them — read as evidence, it made a
街道 answer 「哪些街道成立了法治建设领导小组」 with its district's group. Blanked the same way.

And they say they carried out their superiors' decisions: 「全面落实上级相关决策部署」「贯彻落实
党中央、国务院决策部署」. 决策部署 there is the directives received, never the unit's own
decision-making (重大行政决策, 专家论证, 风险评估) — read as evidence, the opening paragraph
answered 「在决策上怎么做的」. Blanked the same way, only after a verb of carrying out.
"""

from __future__ import annotations

import re

# after 法治方式, three or more four-character items joined by 、: the formula's purposes
_PURPOSES = re.compile(r"(?<=法治方式)(?:[\u4e00-\u9fff]{4}、){2,}[\u4e00-\u9fff]{4}")


# 「在…的（正确|坚强）领导下」「在…指导下」: within one clause (、 and 和 may join the leaders)
_LED_BY = re.compile(
    r"在[^，,。；;：:！？!?\n]{2,40}?(?:的)?(?:正确|坚强|有力|精心|大力|统一)?(?:领导|指导|带领)下"
)


# 「落实上级相关决策部署」「贯彻落实党中央、国务院决策部署」: the directives carried out
_CARRIED_OUT = re.compile(r"(?<=贯彻|落实|执行|遵照|服从)[^，,。；;：:！？!?\n]{0,20}?决策部署")


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


def without_stock_purposes(sentence: str) -> str:
    """The sentence with the formula's list of purposes, its 「在…领导下」 and the superiors'
    决策部署 it carries out blanked (same length)."""
    if "法治方式" in sentence:
        sentence = _PURPOSES.sub(_blank, sentence)
    if "下" in sentence:
        sentence = _LED_BY.sub(_blank, sentence)
    if "决策部署" in sentence:
        sentence = _CARRIED_OUT.sub(_blank, sentence)
    return sentence
