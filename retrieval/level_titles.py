"""「拿到国家生态文明建设示范区的」「创全国法治政府建设示范市」: a title conferred at a level is
one name, asked whole even with no frame noun (称号, ``retrieval.honours``) around it.

Titles conferred on places open with the level that confers them (国家, 全国, 省级…) and close
with what the holder is made (示范区, 示范市, 试点县, 先进单位). Between them the words are the
title's own: the same words in another arrangement name another title — 国家生态文明建设试点
示范区 and 生态文明先行示范区 are not 国家生态文明建设示范区, 全国法治政府建设示范创建 (the
drive) is not 全国法治政府建设示范市 (the title). So such a name is one concept, which a
sentence meets by writing it whole (its batch may stand after its level: ``honours.spellings``),
never by a scatter of its words. A verb of receiving or striving before it (拿到, 获评, 争创,
创) is left to the question's own reading (「配合上级创建…」: whose striving is the clause's).
"""

from __future__ import annotations

import re

from retrieval.concept import Concept
from retrieval.honours import spellings

__all__ = ["is_level_title", "level_titles_in"]

# the level first, a batch maybe, the title's own words (no particle, no list mark), the head
_TITLE = re.compile(
    r"(?P<verb>(?:被评为|被命名为|被授予|拿到|拿过|拿下|拿了|获得|获评|荣获|评为|评上|创成|"
    r"争创|创建|申报|申创|创)(?:了|过)?)?"
    r"(?P<name>(?:国家级?|全国|省级|全省|市级|全市|县级|全县)(?:首批|第[一二三四五六七八九十]批)?"
    r"[^\W\d的地得和与及或是、]{2,16}?(?:示范|试点|先进)"
    r"(?:区|市|县|镇|乡|街道|村|社区|城市|单位|集体"
    # 「评上了全国法治政府建设示范」: the holder's head left out, the title still one name
    r"|(?=了|过|吗|呢|没|的|称号|荣誉|[，,。？?！!；;]|$)))"
)


_LEVEL = re.compile(r"国家级?|全国|省级|全省|市级|全市|县级|全县")


def _spellings(name: str) -> tuple[str, ...]:
    """The title whole, with its batch after its level (``honours.spellings``), with the
    words after its level in quotation marks (国家级“生态文明建设示范区”), as reports set off
    a title's own words, and with 国家 said with or without 级.

    Two more ways reports write one title: 建设 before the head names the field's work and is
    said or dropped (国家生态文明建设示范区 ~ 国家生态文明示范区; 建设试点 is no such pair:
    试点 then stands between), and one title conferred at several levels is written once after
    its levels joined (「国家级、省级现代农业示范区」「国家和省级…」 holds 国家级…示范区)."""
    level = _LEVEL.match(name)
    quoted = (f"{level.group()}{o}{name[level.end() :]}{c}" for o, c in ("“”", "「」", '""'))
    own = (*spellings(name), *(quoted if level else ()))
    # 国家级X示范区 and 国家X示范区 are one title: the state confers it either way it is said
    rest = name.removeprefix("国家级").removeprefix("国家") if name.startswith("国家") else ""
    own = (*own, *((f"国家{rest}", f"国家级{rest}") if rest else ()))
    head = _HEAD.search(name) or _BARE_HEAD.search(name)  # 示范 alone: the holder unsaid
    if head is not None:  # 建设 said or dropped right before the head
        at = head.start()
        if name[:at].endswith("建设") and at - 2 > (level.end() if level else 0) + 1:
            bare = name[: at - 2] + name[at:]
        else:
            bare = name[:at] + "建设" + name[at:]
        own = (*own, *_spellings_plain(bare))
    if level and rest:  # 国家 joined with lower levels before one written title
        own = (*own, *(f"国家{j}{lower}{rest}" for j in _JOINED for lower in _LOWER))
    if rest and _BARE_HEAD.search(
        name
    ):  # 「国家级法治政府建设示范」 said short: the title is 全国…示范市
        own = (*own, *(re.sub(r"^国家级?", "全国", o) for o in own if o.startswith("国家")))
    return tuple(dict.fromkeys(own))


_HEAD = re.compile(r"(?:示范|试点|先进)(?:区|市|县|镇|乡|街道|村|社区|城市|单位|集体)$")
_BARE_HEAD = re.compile(r"(?:示范|试点|先进)$")
# 「…示范村或者示范社区」「…示范村、示范社区」: the title's head offered again for another holder
_OTHER_HOLDER = re.compile(
    r"(?:或者|或是|或|、|和|及|与)(?P<head>(?:示范|试点|先进)"
    r"(?:区|市|县|镇|乡|街道|村|社区|城市|单位|集体))"
)
_JOINED = ("级、", "级和", "级及", "级与", "、", "和", "及")
_LOWER = ("省级", "省", "省、市级", "省市级")


def _spellings_plain(name: str) -> tuple[str, ...]:
    """``name`` whole and with 国家 said with or without 级 (one step of :func:`_spellings`)."""
    rest = name.removeprefix("国家级").removeprefix("国家") if name.startswith("国家") else ""
    return (name, *((f"国家{rest}", f"国家级{rest}") if rest else ()))


def level_titles_in(text: str, tagged=None) -> list[tuple[int, int, Concept]]:
    """(start, end, concept) of each level-opened title ``text`` names; ``tagged`` unused (the
    signature of the finders run outside the stretches before them)."""
    out = []
    for m in _TITLE.finditer(text):
        name, end = m.group("name"), m.end()
        spelled = _spellings(name)
        other = _OTHER_HOLDER.match(text, end)
        head = _HEAD.search(name)
        if other and head:  # 「示范村或者示范社区」: the one title, conferred on either holder
            spelled = (*spelled, *_spellings(name[: head.start()] + other.group("head")))
            end = other.end()
        out.append((m.start("name"), end, Concept(name, tuple(dict.fromkeys(spelled)), True)))
    return out


def is_level_title(term: str) -> bool:
    """Is ``term`` a whole level-opened title (国家生态文明建设示范区)? Such a need is met only
    by the title written whole: never spelled apart, never by its parts (``retrieval.needs``)."""
    return (m := _TITLE.fullmatch(term)) is not None and not m.group("verb")
