"""A conversion's short form: 甲改乙, one character for what is replaced and one for what
replaces it (瓶改管 for 瓶装液化气改管道燃气, 煤改气, 煤改电, 油改气, 营改增).

Reports name such a switch by the three characters, often quoted (「完成城中村燃气“瓶改管”」).
jieba knows few of them and leaves the three apart (瓶|改|管), so the first character read as
a suffix of the word before it (城中村 + 瓶 → 「城中村瓶」, a word no report writes) and the
need was lost. The first character opens the short form; the word before it is where the
switch is made, its own need.
"""

from __future__ import annotations

_HAN = ("\u4e00", "\u9fff")


def _one_han(word: str) -> bool:
    return len(word) == 1 and _HAN[0] <= word <= _HAN[1]


def opens_conversion(tagged: list[tuple[str, str]], k: int) -> bool:
    """``tagged[k]`` is one character followed by 改 and one more character standing alone
    (瓶|改|管 of 「城中村瓶改管」): the start of a 甲改乙 short form."""
    if k + 2 >= len(tagged):
        return False
    (first, _), (verb, _), (last, _) = tagged[k], tagged[k + 1], tagged[k + 2]
    # 「改管理」: 改 and a word of its own is a verb phrase; only a lone character closes it
    return _one_han(first) and verb == "改" and _one_han(last)
