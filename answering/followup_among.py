"""The words of a follow-up that narrows to the last answer's units: 「其中」「这里面」「这几家里」
(among them), 「只看广东的」 (only those of a place or level), 「其中哪些是新疆的」 (those that are).

Kept apart from the resolver so that each rule reading these words can share them; the
resolver decides what the narrowing asks (``answering.followup``).
"""

from __future__ import annotations

import re

from answering.followup_levels import kinds_only
from answering.followup_region import is_region
from answering.followup_turn import Resolved
from answering.followup_where import BY_LEVEL, narrowed_where

__all__ = ["AMONG", "ARE", "ONLY", "asked_again", "kinds_narrowed", "only_said"]

AMONG = re.compile(
    r"^(?:在)?(?:那么?)?(?:其中|这其中|那其中|这里面|那里面|里面|这里头|那里头|里头|这当中|那当中|当中|"
    # 「这里边」 is 「这里面」 as it is said in the north
    r"这里边|那里边|里边|这些里面|那些里面|"
    r"这些报告中|这些报告里|以上|"
    # 「这几家里」「那三个单位当中」「这两份里面」: a determiner, a measure, a unit noun
    # 「刚才那几个里头」「上面这些当中」: the pointer said with when the list was given
    r"(?:(?:刚才|刚刚|上面|前面|上边)(?:说的|提到的|列的|列出的)?)?"
    r"(?:它们|上述|以上|(?:这|那)(?:些|几[个家份位]?|[两三四五六七八九十]?[个家份位]))"
    r"(?:乡镇|单位|地方|街道|报告)?(?:当中|之中|中间|里面|里头|中|里)"
    # 「这两个区里」「那三个县当中」: a counted pointer with a unit noun of any level is the
    # same set (one, 「这个县里」, is the place whose towns are asked: not among the answer)
    r"|(?:这|那)(?:些|几个|[两三四五六七八九十]个)(?:区县|镇|乡|区|县)(?:当中|之中|中间|里面|里头|中|里)"
    # 「这几个哪个是镇」: the plural pointer right before the asking word, its locative unsaid
    r"|(?:这|那)(?:些|几[个家份位])(?:乡镇|单位|地方|街道|报告)?(?=哪|谁))"
)
# 「只算广东的呢」「只看街道的」「光看县里的话」: the last answer narrowed to its units of a
# level (asked as 「其中哪些是街道的」) or of a place (the last question asked again of the
# reports there, 「广东的报告里，…」, as ``answering.region_scope`` reads a region)
ONLY = re.compile(
    r"^(?:那么?|那要是|如果)?(?:只算|只看|只要|只留|只列|仅算|仅看|仅限|光看|光算|单看)"
    r"(?P<what>[\u4e00-\u9fff]{1,8}?)(?:的|里的|那边的)?(?:话)?(?:呢|吧|哪些|有哪些)?[？?。!！]*$"
)
# 「重庆的只有哪几个」「街道的就哪些」: the same narrowing said after the place, 只有/就 before the
# asking word — a narrowing of the last answer, never a fresh listing of every report there
ONLY_AFTER = re.compile(
    r"^(?:那么?)?(?:其中)?(?P<what>[\u4e00-\u9fff]{1,8}?)(?:的|里的|那边的)(?:报告)?(?:里|中)?"
    r"(?:只有|就只有|仅有|就|只)(?:是)?(?:哪几个|哪几家|哪些|哪个|谁)(?:呢)?[？?。!！]*$"
)
# 「其中哪些是新疆的」「这里面谁在湖南」: the same narrowing after a word of picking
ARE = re.compile(
    r"^(?:哪些|哪几个|哪几家|哪个|谁)(?:是|在|属于)(?P<what>[\u4e00-\u9fff]{1,8}?)的?(?:呢)?[？?。!！]*$"
)


def kinds_narrowed(q: str) -> frozenset[str] | None:
    """The kinds 「其中哪些是乡？」「乡一级的呢？」 keep, when that is all the follow-up says."""
    if AMONG.match(q):
        return kinds_only(AMONG.sub("", q))
    return kinds_only(q) if re.search(r"呢[？?。!！]*$", q) else None


def asked_again(q: str, prev_q: str) -> Resolved | None:
    """「其中重庆的有哪些？」「只看广东的呢」 after an answer that listed nobody: there are no
    units to pick from, but the words ask the last question over a narrower scope — asked
    again there (the scope may have been what left it empty), never refused."""
    only = ONLY.match(q)
    where = only.group("what") if only else None
    if where is not None and BY_LEVEL.search(f"是{where}"):
        where = None
    if where is None and AMONG.match(q):
        rest = AMONG.sub("", q).lstrip("，, ")
        are = ARE.match(rest)  # 「其中哪些在重庆」
        where = are.group("what") if are else narrowed_where(rest)
        if where is not None and BY_LEVEL.search(f"是{where}"):
            where = None
    if where is None:
        return None
    note = f"（上一个回答没有列出单位：在{where}的报告里重新检索上一个问题）"
    return Resolved(f"{where}的报告里，{prev_q.rstrip('？?。')}", (), note)


def only_said(q: str) -> re.Match[str] | None:
    """The narrowing 「只看广东的」 or 「广东的只有哪几个」 (``what``: the place or level), or None.
    Said after the place, the words before 的 must be a region or a level: 「提到顾问的只有
    哪几个」 narrows by a condition, which the last question's scope cannot carry."""
    if m := ONLY.match(q):
        return m
    m = ONLY_AFTER.match(q)
    if m and (is_region(m.group("what")) or BY_LEVEL.search(f"是{m.group('what')}")):
        return m
    return None
