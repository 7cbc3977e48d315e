"""A doer written once before a list of deeds does each of them.

「理论学习中心组学法、学习习近平法治思想的」「法律顾问审查合同、参与决策的」: Chinese states a
shared subject once, before the first deed; each later deed opens with its verb and has no doer
of its own, so it is done by the same one. Read as plain alternatives (理论学习中心组学法 or
学习习近平法治思想), the later deeds would lose their doer, and any report studying
习近平法治思想 — which nearly every report does — would answer. So the subject leaves the
list and stays a need of its own (``retrieval.item_lists``), and the deeds are the items.

Where the subject ends: at the last word boundary of the first item after a noun, where the
rest opens as a deed — a word tagged verb, or the first character of the later items' verb
(学法 of 学习: segmenters tag the deed 学法 a noun). Only when every later item opens with a
verb: 「电子证照、掌上办」 are things, no deeds. And only someone does a deed: the subject ends in
a word for a person or a body (中心组, 法律顾问, 村委会, 司法所, 干部); a thing before the first
deed (「规范性文件备案审查、制定程序」) is no doer but the thing every item is about
(``retrieval.shared_modifier``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Tagger = Callable[[str], list[tuple[str, str]]]

_NOUNS = ("n", "j", "nz", "nt", "l")  # what a doer's name ends in (中心组 n, 村委会 j)
_VERBS = ("v",)
# what a person's or a body's name ends in: the agent suffixes (负责人, 执法人员, 律师, 民警), the
# bodies of the genre (中心组, 村委会, 司法所, 党支部, 法律顾问) and the units themselves, as
# the asker names them (哪些地方, 哪家)
DOER = re.compile(
    r"(?:人|员|长|者|官|师|警|领导|干部|书记|主任|班子|组|会|委|所|局|办|院|站|庭|队|中心|顾问"
    r"|机关|部门|单位|党委|政府|支部|镇|乡|街道|村|社区|区|县|市|地方|地区|家)$"
)


def _verb_led(item: str, tagged: Tagger) -> str:
    """The verb an item opens with (学习 of 学习习近平法治思想), or ""."""
    words = tagged(item)
    if all(len(w) == 1 for w, _ in words):
        return ""  # 托/位: a word jieba does not know, spelled a character at a time
    return words[0][0] if len(words) >= 2 and words[0][1].startswith(_VERBS) else ""


def shared_subject(items: list[str], tagged: Tagger) -> str:
    """The doer the first item names before its deed when every later item is a deed
    without one, or "" (module docstring)."""
    if len(items) < 2:
        return ""
    verbs = [_verb_led(i, tagged) for i in items[1:]]
    if not all(verbs):
        return ""
    starts = {v[0] for v in verbs}
    words = tagged(items[0])
    at, best = 0, 0
    for k, (word, flag) in enumerate(words[:-1]):
        at += len(word)
        nxt, nflag = words[k + 1]
        opens = nflag.startswith(_VERBS) or nxt[0] in starts
        if flag.startswith(_NOUNS) and opens and len(items[0]) - at >= 2:
            best = at
    doer = items[0][:best]
    return doer if best >= 2 and DOER.search(doer) else ""


__all__ = ["DOER", "shared_subject"]
