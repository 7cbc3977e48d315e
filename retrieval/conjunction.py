"""Questions that ask for several deeds at once: each must be said, anywhere in the report.

「既开办了法治夜校又开展了模拟法庭的乡镇」「不仅聘请了法律顾问还建了调解室的」「同时开展了宪法
宣传、民法典宣传的有哪些」「宪法宣传和民法典宣传都搞了的乡镇」「聘请了法律顾问、又建了调解室的」:
the markers 既…又/也, 不仅/不但…还/也/而且, 同时 before a list, 都 after one, and 又/也/同时/并且
after a pause narrow the need to every part, not any one — unless the second opens on a word
of totality (「参加了考试，而且全都通过了」): that sums over the first clause's takers, so it
says how the first deed came out and is one condition with it
(a bare 「A、B」 or 「A或B」 is either: ``retrieval.phrases.merge_alternatives``). Reports tell
each deed in its own sentence, often in different sections, so each part is judged on its own
and the report counts when every part is supported.
"""

from __future__ import annotations

import re

_STOP = r"[^，,。？?！!；;]"
# 「既提到海绵城市，又提到垃圾分类」: a pause may part the two halves the markers pair
_PAIRED = re.compile(
    rf"(?:既|不仅|不但|不光)(?P<a>{_STOP}+?)[，,、]?\s*(?:又|也|还|而且|并且)(?P<b>{_STOP}+)"
)
# 「领导小组是双组长、又提到持证执法的」「聘请了法律顾问，同时建了调解室的」: a second condition
# opened by 又/也/同时/并且/而且 after a pause asks both as 既…又 does, its opener left unsaid;
# never 也 of a concession or an aside (「提一句也算」「也就是说」) nor a denial (也没, 也不)
_THEN = re.compile(
    rf"(?P<a>{_STOP}{{2,}}?)[、，,]\s*"
    r"(?:又|同时|并且|而且|也(?!算|行|可以|就|好|成|罢|没|不|未|无))"
    # 「…，又是怎么做的」「…，又有多少人参加」 asks how or how many: a second question
    r"(?![^，,。？?！!；;]*(?:怎|如何|多少|几[个次场人名项件]|为什么)|是?(?:什么|哪))"
    # 「参加了学法考试，而且全都通过了」: a clause opened by a word of totality has no subject of
    # its own — 都/全 sum over the people or things of the first clause, so it tells how the
    # first deed came out (of its takers), one condition with it, no second deed of its own
    r"(?!全(?:都|部|体|数|员)|都|均|一律|悉数|无一)"  # never 全面, 全年
    rf"(?P<b>{_STOP}{{2,}})"
)
_LIST_SEP = re.compile(r"、|以及|和|与|及|跟")
_AT_ONCE = re.compile(rf"同时(?P<list>{_STOP}+)")
# 「…的都有哪些地方」「都有谁」: 都 before a which-word spreads over the answer, not the list
_BOTH_AFTER = re.compile(
    rf"(?P<list>{_STOP}+?)(?:都|均|全都)(?=[做搞有开办建设落实抓推])(?!有(?:哪|谁|几|什么|多少))"
)


def _listed(text: str) -> tuple[str, ...]:
    parts = tuple(p.strip() for p in _LIST_SEP.split(text))
    return parts if len(parts) >= 2 and all(len(p) >= 2 for p in parts) else ()


def _parts(question: str) -> tuple[re.Match | None, tuple[str, ...]]:
    m = _PAIRED.search(question) or _THEN.search(question)
    if m:
        return m, (m.group("a"), m.group("b"))
    for pattern in (_AT_ONCE, _BOTH_AFTER):
        m = pattern.search(question)
        if m and (parts := _listed(m.group("list"))):
            return m, parts
    return None, ()


def conjoined(question: str) -> tuple[str, ...]:
    """The parts a question asks for together (two or more), each with the words before the
    marker that they share (「哪些乡镇的执法既规范又文明」: 执法 goes with both), or () when
    the question asks one need."""
    m, parts = _parts(question)
    if m is None:
        return ()
    shared = question[: m.start()]
    return tuple(shared + p for p in parts)
