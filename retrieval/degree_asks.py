"""「扩到多大了」「离市区多远」: 多 and the adjective after it are one asking word, never a topic.

Chinese asks a size, a distance or a span with 多 + a one-character adjective of degree
(多大, 多远, 多长, 多高, 多宽, 多深, 多重, 多久: ``vocabulary.QUESTION_WORDS``); a report answers
with a number and its unit (120.56平方公里), never with the words. jieba often leaves the two
characters apart (多|大) after a verb it does not know either (扩|到), and the run of single
characters it could not group was then read as one unknown domain word (「扩到多」). The two
characters are joined back into the asking word before runs are read, so the asking word leaves
the topic as it does when jieba keeps it whole. Only a lone 多 right before a lone adjective of
the list is joined: 许多/很多/多大学 are words jieba already groups otherwise.

A lone verb and 到/至 right before the asking word (「扩到多大」「涨到多少」「降至几」) is the
predicate that asks the value a thing came to, whose report writes it its own way (「面积扩大到
120.56平方公里」): left as two more single characters it was read as part of the topic noun before
it (「科创园扩到」), a word no report writes. It is dropped with the asking word's frame; a verb
jieba knows (扩大, 增加) stays a word of the topic as before.
"""

from __future__ import annotations

_DEGREE = frozenset("大远长高宽深重久")
_ASKING = frozenset({"多少", "几", *("多" + c for c in _DEGREE)})


def degree_asks_joined(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``tagged`` with a lone 多 and the lone degree adjective after it as one word (tag r, a
    question pronoun)."""
    out: list[tuple[str, str]] = []
    skip = False
    for i, (word, flag) in enumerate(tagged):
        if skip:
            skip = False
            continue
        nxt = tagged[i + 1][0] if i + 1 < len(tagged) else ""
        if word == "多" and nxt in _DEGREE:
            out.append((word + nxt, "r"))
            skip = True
            continue
        out.append((word, flag))
    return _reaching_dropped(out)


def _reaching_dropped(tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``tagged`` without a lone verb and 到/至 right before an asking word (扩|到|多大)."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(tagged):
        word, flag = tagged[i]
        to = tagged[i + 1][0] if i + 1 < len(tagged) else ""
        ask = tagged[i + 2][0] if i + 2 < len(tagged) else ""
        if len(word) == 1 and flag.startswith("v") and to in ("到", "至") and ask in _ASKING:
            i += 2
            continue
        out.append((word, flag))
        i += 1
    return out
