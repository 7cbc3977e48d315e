"""The district or county of a report that speaks of itself by its short name only.

A district's 政府工作报告 is read to its own 人民代表大会: it opens 「我代表区人民政府」, says 我区,
全区, 本区 and never needs to spell 「盐田区」 — but it names its own things by the short name again
and again (「盐田港」「盐田河」「幸福盐田指标体系」「盐田街道」「新盐田」), while a neighbour district is
named now and then, and in full (「与于都县签订…协议」), as one names another. Its city is named
too (「全市前列」「深圳质量」). So when nothing else names the unit, the county of the report's
own kind (区, 县, 旗) under a city the text names whose short name the text writes most, bare —
at least three times, and more than twice as often as any sibling — is the writer. A short name that is also a larger place's (a city or province bears it) is
never taken, and a one-character core (城区, 新区) is too common a word to count.

The report's own kind is first the one its formal self-identification gives: a work report
is delivered 「我代表区人民政府，向大会报告工作」 by the government of its own level, named by
kind alone when the hall is its own (a city's report says 「我代表市人民政府」). That phrase
holds even in a report that never says 我区 (「全区」「区委」 only: 罗湖区's 2025 report); lacking
it, the kind the report calls itself most (我区, 本县) is.
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.gazetteer import short
from ingest.report_reading import READ, Doc

_LEAST = 3  # fewer bare mentions is a neighbour named in passing
_MARGIN = 2  # the writer names itself more than twice as often as any sibling
# the writer's own kind: 我区, 本县 (全市 in a district's report is the city it ranks in, 「全市前列」)
_SELF = re.compile(r"[我本](区|县|旗)(?![委级])")
# the formal self-identification of a work report: 我 + 代表, with the courtesy words the genre
# allows between them — 「我谨代表」, 「我受区人民政府委托，代表」 (the organ that entrusts the
# speaker is named before 代表, the one spoken for after it)
DELEGATE = r"我(?:谨|受[^，。；\n]{1,16}?委托[，,]?)?代表"
# the delegate phrase of a work report, its government named by kind alone: 「我代表区人民政府」
_DELEGATE_KIND = re.compile(rf"{DELEGATE}(区|县|旗|市)(?:人民政府|政府)")


def delegate_kind(text: str) -> str:
    """The kind (区, 县, 旗, 市) of the government a work report is delivered for, when its
    delegate phrase names it by kind alone (「我代表区人民政府」), else ""."""
    m = _DELEGATE_KIND.search(text)
    return m.group(1) if m else ""


def short_self(doc: Doc) -> str:
    """The county of the report's own kind (我区: 区) it names by its short name most, or ""."""
    text = doc.text[:READ]
    kinds = Counter(_SELF.findall(text)).most_common(2)
    kind = delegate_kind(text)
    if kind == "市" or not doc.gaz.loaded:
        return ""
    if not kind and (not kinds or (len(kinds) > 1 and kinds[1][1] == kinds[0][1])):
        return ""
    kind = kind or kinds[0][0]
    cities = {c for c in doc.gaz.cities if len(s := short(c)) >= 2 and s in text}
    if not cities:
        return ""
    larger = doc.gaz.short_names("地市") | doc.gaz.short_names("省")
    counts: Counter[str] = Counter()
    for name, places in doc.gaz.counties.items():
        core = name[: -len(kind)]
        if not name.endswith(kind) or len(core) < 2 or core in larger:
            continue
        # bare mentions only: a neighbour is named in full (「与于都县签订协议」), the writer by
        # its short name on its own things (「盐田港」「幸福盐田」)
        if any(p.city in cities for p in places) and (n := text.count(core) - text.count(name)):
            counts[name] = n
    return clear_lead(counts)


def clear_lead(counts: Counter[str]) -> str:
    """The name counted most when it stands out — at least ``_LEAST`` mentions and more than
    ``_MARGIN`` times the next — else "": a writer names itself far more than any neighbour
    it mentions (shared by ``meta_province``)."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _LEAST:
        return ""
    if len(ranked) > 1 and ranked[0][1] <= _MARGIN * ranked[1][1]:
        return ""
    return ranked[0][0]
