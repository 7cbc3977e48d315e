"""The place one goes to, or the part one plays, in order to do something.

「带干部去法院听庭审」「到企业送法」: 去/到 and a place, then the deed done there. The deed
(听庭审, 送法) is what a report states; the place is where it happened and is often left
unsaid (「组织干部线上旁听庭审」 names no 法院). So the place is a soft need: a sentence
naming it is better, one leaving it out still answers. The same holds for the part a unit
plays while doing it (「当被告出庭应诉」: reports write 出庭应诉); with no deed
after it the part is the topic (「书记当组长」). 到 right after a verb completes it (讲到, 写到,
提到: mentioned) and goes nowhere. 作为 is left alone: 「作为试点单位开展…」 asks
for the pilots.
"""

from __future__ import annotations

from collections.abc import Callable

_GO = ("去", "到", "赴", "前往", "走进", "深入")
_PLAY = ("当",)  # 当被告: a part, with the deed after it (出庭: jieba says noun)


def is_destination(
    words: list[tuple[int, str, str]], i: int, tagged: Callable[[str], list[tuple[str, str]]]
) -> bool:
    """Is ``words[i]`` (position, word, flag) a noun right after 去/到/当 and right before a
    verb? (A lone character's flag in ``words`` is a guess, so the next word is tagged
    alone too: 听 of 「去法院听庭审」.)"""
    if not 0 < i < len(words) - 1 or not words[i][2].startswith("n"):
        return False
    (at0, w0, _), (at, w, _), (at2, w2, f2) = words[i - 1], words[i], words[i + 1]
    if w0 not in (*_GO, *_PLAY) or at0 + len(w0) != at or at + len(w) != at2:
        return False
    if i >= 2 and words[i - 2][0] + len(words[i - 2][1]) == at0 and words[i - 2][2][:1] == "v":
        return False  # 「讲到党史学习教育」「写到」: 到 completing a verb goes nowhere
    if w0 in _PLAY:
        return f2.startswith(("v", "n"))
    return f2.startswith("v") or any(f.startswith("v") for _, f in tagged(w2)[:1])
