"""An unspelled word that narrows the practice a question asks about: never one to leave out.

The graded reading (``answering.graded``) answers without words no report in scope spells,
because a user's descriptive words (举着手, 重新, 头一回, 挨家挨户) say how a practice was done,
not which practice. A word that says **for whom, in what language or form, on what channel or
about what kind of object** the practice was done is another thing: 「面向独居老人的送法上门」
「方言版的防诈骗宣传」「在抖音上直播常务会」「外商投资合同的审查」 ask for a narrower practice
than 送法上门, 防诈骗宣传, 直播常务会 or 合同审查 — reports that write only the broad practice
did not say the narrow one, so no unit is certain and the answer is 「没有」. Chinese writes
such a narrowing word in a few frames, and this module reads them:

- an audience after 面向/针对/专为/专门为 (「面向外籍人员的普法」);
- a channel or place as 在 X 上/里/中 (「在抖音上直播」);
- a form as X版 (「方言版」「视频版」);
- a noun made another kind by a mark of form (小程序, 微讲堂: ``retrieval.field_marks``);
- an attributive straight before a practice word, with or without 的 (「外商投资合同」
  「独居老人的送法上门」「医保基金监管」): a modifier that precedes the head noun it narrows.
  Only a noun narrows so: a word of manner — an adverb, an idiom, a numeral or a time word
  (重新, 挨家挨户, 头一回) — also stands before its verb, and a verb before its object
  (「拍短视频」: 拍 of 视频), but neither names a kind of thing; jieba's part of speech of the
  word's last part tells them apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from answering.lure_words import conditioned
from retrieval.concept import Concept
from retrieval.field_marks import form_marked

_AUDIENCE = r"(?:面向|针对|专为|专门为|专门针对|对象是)"
_PLACE_AFTER = r"(?:上|里|中|内|平台)"
# jieba flags of nouns: common, proper, abbreviated (医保), verbal (监管), foreign (APP); a
# time noun (t) or a place word (f, s) says when or where, not what kind
_NOMINAL = ("n", "vn", "j", "eng", "an")
# a place, person or body's name (新疆, 张三, 司法局) is scope or holder, read elsewhere
_NAMES = ("ns", "nr", "nt", "nrt", "nrfg")
_ASPECT = ("ul", "uz", "ug")  # 了, 着, 过


@lru_cache(maxsize=2048)
def _noun(word: str) -> bool:
    """A noun by its last part's part of speech (独居老人 → 老人; 拍短 → 短 is none). A word
    with an aspect particle (「上了岁数的老人」) is a clause that describes, not a kind."""
    import jieba.posseg  # not at import: its tag table costs every start ~0.5 s (library_process)

    pairs = list(jieba.posseg.cut(word))
    if any(p.flag in _ASPECT for p in pairs):
        return False
    return bool(pairs) and pairs[-1].flag.startswith(_NOMINAL) and pairs[-1].flag not in _NAMES


def _sides(c: Concept) -> tuple[str, ...]:
    return tuple(s for s in c.term.split("/") if s)


def narrowing(
    question: str, words: Sequence[Concept], core: Sequence[Concept], marked: bool = False
) -> tuple[str, ...]:
    """The unspelled ``words`` the question writes as narrowing the practice (``core`` the
    spelled practice words), in question order. ``marked``: an attributive counts only
    with its 的 (「双语的宪法宣誓」); a bare noun before a verb may be its subject or object
    (「听两院汇报」), which a strict reading that already holds must not be overruled by."""
    heads = tuple(dict.fromkeys(s for c in core for s in (*_sides(c), *c.alternatives) if s))
    head = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    out = []
    for c in words:
        for side in _sides(c):
            w = re.escape(side)
            framed = re.search(rf"{_AUDIENCE}{w}|在{w}{_PLACE_AFTER}|{w}版", question)
            de = "的" if marked else "的?"
            before = bool(head) and re.search(rf"{w}(?:版|类|型)?{de}(?:{head})", question)
            # 「微信小程序」「法治微讲堂」: a form-marked noun names the form itself
            if framed or (before and _noun(side)) or form_marked(side, side[1:]):
                out.append(side)
                break
    # the means (用英语) and a calendar time (每周六): ``answering.lure_words``
    out += [w for w in conditioned(question, words) if w not in out]
    return tuple(out)
