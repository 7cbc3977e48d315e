"""A province's report that names itself by kind alone.

A province's 政府工作报告 is read to the provincial 人民代表大会: it opens 「我代表省人民政府，向大会
作政府工作报告」 and speaks of itself as 我省, 全省, 省政府 — the hall is its own, so the name need
not be spelled. It still names itself in passing again and again, by the short name more often
than the full one (「来源于广东的财政总收入」「广东制造」「粤港澳」 beside 「广东省」), while another
province is named now and then (a partner, a 对口支援 target). A city's or a county's report also
says 全省 (「总量稳居全省第一」), but it delivers itself 「我代表市/区人民政府」 and says 我市/我区, so
only a report whose delegate phrase or whose own self-words (我省, 本省) are a province's is read
here. Its name is then the one province it names most, at least three times and more than twice
as often as any other.

Its parent stays empty: the library's convention keeps no parent above a province (the
country is no unit of the library).
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.gazetteer import short
from ingest.report_reading import READ, Doc
from ingest.short_self import DELEGATE, clear_lead

_DELEGATE = re.compile(rf"{DELEGATE}省(?:人民政府|政府)")
_WE_PROVINCE = re.compile(r"[我本]省")
# the self-words of the levels below: a city's, a county's, a township's report
_WE_LOWER = re.compile(r"[我本](?:市|区|县|旗|州|镇|乡|街道)(?![场民级委])")


def speaks_as_province(text: str) -> bool:
    """The report is delivered for a province's government (「我代表省人民政府」), or calls
    itself 我省/本省 more often than any lower unit's self-word."""
    if _DELEGATE.search(text):
        return True
    ours = len(_WE_PROVINCE.findall(text))
    return ours >= 2 and ours > len(_WE_LOWER.findall(text))


def province_self(doc: Doc) -> str:
    """The province a report speaking as one names most, or "" when none stands out."""
    text = doc.text[:READ]
    if not (doc.gaz.loaded and speaks_as_province(text)):
        return ""
    counts: Counter[str] = Counter()
    for name in doc.gaz.provinces:
        core = short(name)
        if len(core) >= 2 and (n := text.count(core)):
            counts[name] = n  # 广东 counts every 广东省 too: the short name is in the full one
    return clear_lead(counts)
