"""A level of government named as the scope of a question, in the spellings users type.

Users name the level whose reports they mean in many ways, and every one is a level noun
(乡镇, 街道, 镇街, 县, 区, 区县, 县区, 市, 省) with a marker of scope after it:

- a level word: 「县一级」「县级的报告」「区县层面」「镇街这一级」「街道这个层级」「县本级」;
- several level nouns as one level, with brackets or slashes between: 「县（区）」「县/区」「乡（镇）」
  (the bracket gives the other name of the same rung, as official tables write it);
- the unit's own report: 「县（区）政府自己交的」「区政府本身报的」 (reports whose *unit* is at that
  level, not reports that mention that level);
- 「县里的报告」: 里 of a level noun before the report noun.

A level noun that is an actor is no scope (「县里给镇上派了几名法律顾问」: 县里 before a verb),
and neither is 「县级示范」「区级表彰」 (a bare 级 not followed by the report or its unit). The
noun must start its word: 「北川区政府自己交的」 names a district, which the unit finder reads.

:func:`canonical` rewrites each such phrase as 「X一级」, the one spelling the rest of the code
reads (``retrieval.scope.named_levels``); :func:`without_levels` drops them from the need.
"""

from __future__ import annotations

import re

# the rung each level noun names, spelled as ``retrieval.scope.named_levels`` reads it
_RUNG = {
    "乡镇": "乡镇",
    "镇街": "乡镇",
    "街镇": "乡镇",
    "乡": "乡镇",
    "镇": "乡镇",
    "街道": "街道",
    "区县": "区县",
    "县区": "区县",
    "县市区": "区县",
    "县市": "区县",
    "县": "区县",
    "区": "区县",
    "旗": "区县",
    "市": "市",
    "地市": "市",
    "省": "省",
}
# level nouns of two characters or more: said right after a region they make it the scope
# (「上海的街镇」「浙江这边的镇街」), as 乡镇/街道 do; one-character ones (区, 市) start other words
NOUNS = tuple(sorted((n for n in _RUNG if len(n) >= 2), key=len, reverse=True))
_KINDS = ("乡", "镇")  # kinds of township a question may tell apart (「镇一级的有几份」)
_NOUN = "|".join(sorted(_RUNG, key=len, reverse=True))
# several nouns naming one rung: 县（区）, 县/区, 乡镇（街道）
_GROUP = rf"(?:{_NOUN})(?:\s*(?:[（(]\s*(?:{_NOUN})\s*[）)]|[/／]\s*(?:{_NOUN})))*"
_ALT = rf"(?:[（(]\s*(?:{_NOUN})\s*[）)]|[/／]\s*(?:{_NOUN}))"
# what starts the noun's word: the question's start, a mark, or a function word before it
_START = r"(?:(?<![\u4e00-\u9fff])|(?<=[的是在里中些个各有那这和与或及看说查找问列把们到按从对]))"
# a report or the unit that wrote it, after 「X级（的）」 or 「X里的」
_REPORT = r"(?=的?(?:报告|材料|总结|单位|政府|里|中|当中|有哪|有几|有没有|是哪))"
_MARK = (
    r"(?:这一级|这个层级|这一层|这个层面|这级|一级|本级|层面|层级|级别)"  # 「区县层面」
    r"|级"
    + _REPORT  # 「县级的报告」, not 「县级示范」
    + r"|(?:(?:人民)?政府)?(?:自己|自身|本身|本级)[交报写提送上]{0,3}的"  # 「县政府自己交的」
    + r"|里(?=的(?:报告|材料|总结))"  # 「县里的报告」, not 「县里给镇上派」
)
_PHRASE = re.compile(rf"{_START}(?P<group>{_GROUP})\s*(?P<mark>{_MARK})")
# nouns joined by a bracket or slash are a level spelled as one even with no mark after them
_JOINED = re.compile(rf"{_START}(?P<group>(?:{_NOUN})\s*{_ALT}+)(?:(?:人民)?政府)?")


# a bracket after a level that only lists the units of it (「县一级的（县、区、县级市）」) glosses
# the level, as official tables do: part of the scope, never a topic word
_UNIT_KINDS = r"(?:县级市|自治县|自治旗|民族乡|苏木|林区|特区|" + _NOUN + ")"
_GLOSS = re.compile(
    rf"的?\s*[（(]\s*{_UNIT_KINDS}(?:\s*(?:[、，,/]|和|及|与|或)\s*{_UNIT_KINDS})*\s*(?:等)?[）)]"
)


def _spans(q: str) -> list[tuple[int, int, str]]:
    """(start, end, rung) of each level phrase; a joined group is taken once."""
    out: list[tuple[int, int, str]] = []
    for pattern in (_PHRASE, _JOINED):
        for m in pattern.finditer(q):
            if any(s < m.end() and m.start() < e for s, e, _ in out):
                continue
            nouns = re.findall(_NOUN, m.group("group"))
            rungs = list(dict.fromkeys(_RUNG[n] for n in nouns))
            rung = "区县" if set(rungs) <= {"区县"} else rungs[0] if len(rungs) == 1 else ""
            if rung == "" and set(rungs) <= {"乡镇", "街道"}:
                rung = "乡镇"
            if rung:
                gloss = _GLOSS.match(q, m.end())
                out.append((m.start(), gloss.end() if gloss else m.end(), rung))
    return sorted(out)


def canonical(q: str) -> str:
    """The question with each level phrase spelled 「X一级」 (「县（区）政府自己交的报告」 →
    「区县一级的报告」); unchanged when it names none."""
    for s, e, rung in reversed(_spans(q)):
        after, noun = q[e:], re.match(_NOUN, q[s:]).group(0)
        if noun in _KINDS and q[s + len(noun) : e] in ("一级", "级"):
            continue  # 「镇一级」: a kind inside 乡镇 (``answering.sublevels``), as typed
        q = q[:s] + f"{rung}一级" + ("" if after.startswith("的") or not after else "的") + after
    return q


def names_level(q: str) -> bool:
    """Does the question name a level as its scope in one of these spellings?"""
    return bool(_spans(q))


_PLAIN = re.compile(rf"(?:{_NOUN})一?级")


def without_levels(q: str) -> str:
    """The question without its level phrases: a scope is never part of the need. A plain
    「县一级」「区级」 stays as typed: its 一级 is no topic word already (``vocabulary``)."""
    for s, e, _ in reversed(_spans(q)):
        if not _PLAIN.fullmatch(q[s:e]):
            q = q[:s] + " " + q[e:]
    return q
