"""A follow-up that only narrows the last which-answer by the kind of unit: 「其中哪些是乡？」
「这里面哪些是乡或者街道？镇的不要」「其中乡一级的呢？」.

Such a follow-up has no topic of its own: its topic is the last question, and its words only
say which kinds of township to keep (乡, 镇, 街道 share the 乡镇 rung, so the rung alone cannot
say it). 或者/和 join kinds kept; 不要/不算/除了 before or after a kind leave it out
(``answering.sublevels.asked_kinds``); 乡一级/镇一级 name a kind. After 其中/这里面 the last
question is asked again over the last answer's units of those kinds (by their names' suffix: a
county stays when only a kind is left out, 「哪些不是镇」); 「那街道呢」 (no 其中), or a follow-up of
an answer that listed nobody, asks it over the library with the kinds spelled as the scope
``answering.kind_scope`` reads (「街道的报告里（不算乡和镇），…」).
"""

from __future__ import annotations

import re

from answering.sublevels import ALL_KINDS, TOWN_KINDS, asked_kinds, kinds_named
from reportqa.errors import QuestionError

# what a level-only narrowing may say besides its kinds: asking words, joins, leaving-out
# verbs, 一级, particles; anything left over is a topic of its own (「其中哪些乡学习了民法典」)
_FRAME = re.compile(
    r"苏木|乡镇|街道|乡|镇|(?:这|那)?一级|级别|层级|层面|级|"
    r"哪些|哪几个|哪几家|哪几|哪个|哪家|有|是|属于|算|的|呢|吧|或者|或是|还是|或|和|跟|与|及|、|"
    r"不要|不算|不含|不包括|而?不是|除了|除外|以外|之外|去掉|也|都|只|要|看|其他|其余|别的|"
    r"^那么?|^还有|^(?:那么?)?(?:换成|改成)|"  # 「换成街道的呢」: the kind slot swapped
    r"[？?。！!，,；;\s（）()]"
)
_ORDER = ("乡", "镇", "街道")
_ONE_KIND = re.compile(r"(?:哪些|哪几个|哪几家)(?:是|属于)(?:乡|镇|街道)的?[？?。]*")


def kinds_only(rest: str) -> frozenset[str] | None:
    """The kinds a follow-up keeps when that is all it says (「哪些是乡或者街道？镇的不要」 →
    乡, 街道; 「哪些不是镇」 → every kind but 镇), else None: a topic of its own, or the whole
    rung (「乡镇的呢」), or a level above it (「县一级的」: the metadata path picks those)."""
    if _FRAME.sub("", rest):
        return None
    kinds = asked_kinds(rest)
    return kinds if kinds and kinds & TOWN_KINDS and kinds != ALL_KINDS else None


# a count asked of the units kept (「其中有几个是乡镇或者街道的」), not 哪几个 (which lists)
_COUNT = re.compile(r"(?<!哪)(?:几|多少)[个家份]")


def rung_only(rest: str) -> bool:
    """Does a narrowing name the whole 乡镇 rung and nothing else (「哪些是乡镇或者街道的」
    「乡镇街道层面的有哪些」「乡镇和街道的」)? People name the rung in its parts — 乡镇 beside
    街道, 镇 beside 街道 and 乡 — as often as by 乡镇 alone, and every part together is the
    level, not a split of it (``kinds_only`` then has nothing to keep apart)."""
    return not _FRAME.sub("", _COUNT.sub("", rest)) and kinds_named(rest) == TOWN_KINDS


def rung_pick(rest: str) -> str:
    """The metadata question that keeps the last answer's units of the 乡镇 rung, counted
    when the narrowing asks how many (the metadata path reads 乡镇一级 as the level)."""
    return "有几个是乡镇一级的？" if _COUNT.search(rest) else "哪些是乡镇一级的？"


def over_rung(prev_q: str) -> tuple[str, str]:
    """(question, note): the last question asked over the 乡镇 rung's reports, when its answer
    listed nobody to pick from (as ``answering.followup_empty`` does for the levels above)."""
    note = "（上一个回答没有列出单位：在乡镇一级的报告里重新检索上一个问题）"
    return f"乡镇一级的报告里，{prev_q.rstrip('？?。')}", note


def picked_by_kinds(kinds: frozenset[str], said: str) -> str:
    """The metadata question that picks the last answer's units of the kinds kept
    (「哪些是乡、街道（不算镇）？」): the units listed are the last answer's own, never a new
    search, so the narrowing cannot lose a unit the last answer found. One kind after 是
    (「哪些是乡」) is read by the metadata path as typed."""
    if _ONE_KIND.fullmatch(said):
        return said
    kept = "、".join(k for k in (*_ORDER, "区县", "地市") if k in kinds)
    out = "和".join(k for k in _ORDER if k not in kinds)
    return f"哪些是{kept}" + (f"（不算{out}）" if out else "") + "？"


def asked_over_kinds(prev_q: str, kinds: frozenset[str]) -> str:
    """The last question asked over the kinds kept, in the words the scope readers take: the
    kinds as the reports' level, the others counted out (``answering.kind_scope``)."""
    kinds = kinds & TOWN_KINDS
    kept = "、".join(k for k in _ORDER if k in kinds)
    out = "和".join(k for k in _ORDER if k not in kinds)
    return f"{kept}的报告里（不算{out}），{prev_q.rstrip('？?。')}"


# the prefix ``asked_over_kinds`` writes: 「街道的报告里（不算乡和镇），」
_OVER_KINDS = re.compile(r"^(?:乡|镇|街道)(?:、(?:乡|镇|街道))*的报告里（不算[^）]*）[，,]")


def kind_swapped(
    kinds: frozenset[str], prev_q: str, prev_scope: tuple[str, ...]
) -> tuple[str, tuple[str, ...]]:
    """(question, its scope): 「那乡呢」 after a turn that only narrowed by kind swaps
    that kind and keeps everything else the turn had. People move along the kinds of one
    list (「只要街道的」, then 「那乡呢」): after a pick among the last list's units
    (「哪些是街道的」 over them) the new kind is picked among the same units; after the last
    question asked over a kind's reports, the same question is asked over the new kind's —
    never the narrowing's own words searched as a topic. Else the last question over them."""
    if prev_scope and kinds_only(prev_q) is not None:
        return picked_by_kinds(kinds, ""), prev_scope
    return asked_over_kinds(_OVER_KINDS.sub("", prev_q), kinds), ()


# 「那个乡」「这个街道」「那家镇上」: one unit pointed at by its kind among those just named
_POINTED = re.compile(r"(?:那|这)(?:个|家)(?P<kind>乡|镇|街道)(?!镇|街)")


def pointed_by_kind(rest: str, units: tuple[str, ...]) -> tuple[str, ...]:
    """The one unit 「其中那个乡」 points at: a singular pointer with a kind names the unit of
    that kind among the last answer's (a 乡 beside a 街道 is told apart by its name's suffix,
    as the report names it), () when there is no pointer. With no unit of the kind, or several,
    the pointer names none: the user is asked which, never answered of all of them."""
    m = _POINTED.search(rest)
    if not m:
        return ()
    kind = m.group("kind")
    picked = tuple(u for u in units if u.endswith(kind))
    if len(picked) == 1:
        return picked
    said = f"有{len(picked)}个{kind}：{'、'.join(picked)}" if picked else f"没有{kind}"
    raise QuestionError(
        f"上一个回答里{said}（列出的是{'、'.join(units)}），「{m.group(0)}」指哪一个？"
        f"请直接说出{kind}的名字"
    )


def kind_pointed(q: str, units: tuple[str, ...]) -> tuple[str, ...]:
    """The unit 「这个镇去年调解了多少件」 opens by pointing at, when the last answer named
    several: the one of that kind among them (``pointed_by_kind`` asks which when none or
    several are). () when ``q`` opens with no such pointer or one unit was named — that one
    is what 这个 points at, whatever kind word is said."""
    from answering.followup_pointers import POINTED_ONE

    if len(units) < 2 or not POINTED_ONE.search(q.strip()):
        return ()
    return pointed_by_kind(q, units)
