"""A unit's head named by gluing 长 to the unit's name: 「嘉善县长」 is 嘉善县的县长.

Users call the head of a county, district, town or township by the unit's name with 长
attached (「嘉善县长跟岳阳县长…」「黄陂区长」「白沙镇长」), the way the title is spoken. Unit
names are words of the tokenizer, so the name is cut off whole and a lone 长 is left over as
the topic (「长跟法治政府建设」). The title is the unit's kind and 长 (县长, 区长, 镇长, 乡长,
市长, 旗长), written out in full after the name: 「嘉善县县长」.

Not: 长 that starts a word with what follows as the segmenter reads it (「宝城镇长效机制」「白沙镇
长期坚持」: 长效机制, 长期; but 「嘉善县长亲自部署」 is 长 + 亲自), nor a unit whose name does not
end in its kind (街道: its head is a 主任, spoken as such).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

_KINDS = "县区镇乡市旗"  # a unit whose head is the kind and 长: 县长, 区长, 镇长, 乡长, 市长, 旗长


def heads_spelled(q: str, names: Iterable[str], words: Callable[[str], list[str]]) -> str:
    """``q`` with each 「<unit name>长」 written 「<unit name><kind>长」; ``names``: the units
    whose names occur in ``q``; ``words``: the segmenter (a word longer than 长 starting there:
    no title)."""
    for name in sorted({n for n in names if n and n[-1] in _KINDS}, key=len, reverse=True):
        glued, start, out = name + "长", 0, []
        while (i := q.find(glued, start)) >= 0:
            after = i + len(glued)
            if after < len(q) and (words(q[after - 1 :]) or ["长"])[0] != "长":
                out.append(q[start:after])  # 长效, 长期: a word of its own
            else:
                out.append(q[start : i + len(name)] + name[-1] + "长")
            start = after
        q = "".join(out) + q[start:]
    return q
