"""A 街道 that writes itself X街: 「岭南街党工委」「2022年胡家园街法治政府建设工作总结」.

Guangzhou, Tianjin and others shorten the 街道 X街道 to X街 before its organ word, as the
opening sentence's subject, in a title or a page field — never a road (沿江路街, 步行街). The
short form is spelled out whole here, so the chain reader (``ingest.admin_names``) sees a unit.
"""

from __future__ import annotations

import re

from ingest.admin_names import H, plausible

__all__ = ["STREET_ORGAN", "street_alias", "street_spelled", "street_subject"]

# 「岭南街党工委」「2024年，岭南街坚持…」: Guangzhou and others write the 街道 X街道 as X街; only
# before its organ word or as the opening sentence's subject, never a street (沿江路街, 步行街).
# The subject may follow the usual adverbial of whose leadership the year was spent under
# (「2022年，在区委、区政府的正确领导下，丁香街党工委、办事处…」).
STREET_ORGAN = ("党工委", "办事处")
# Adverbials may stack, and a portal's copy may drop their 在 (「区委区政府的正确领导下，在区
# 依法治区办的精心指导下，胡家园街…」).
_LED_BY = r"(?:在?[^，,。；\n]{1,40}?(?:领导|指导|带领|关心|支持)下\s*[，,]?\s*){0,3}"
# an untitled page may open at its first numbered heading (「一、主要工作开展情况」), which the
# opening sentence follows on the next line
_HEADING = r"(?:[一二三四五六七八九十]{1,3}、[^\s，,。；]{2,24}\s+)?"
# a street's party organ is its 党工委, written 工委 too (「新北街工委、办事处坚持…」)
_STREET_SUBJECT = re.compile(
    rf"^(?P<pre>{_HEADING}[\s\d]*(?:年度?|年以来)?\s*[，,]?\s*{_LED_BY})(?P<core>[{H}]{{2,4}}?)街"
    r"(?=党?工委|办事处|坚持|深入|始终|按照|根据|围绕|全面|认真|紧紧|持续|积极|扎实|聚焦|以|在|[，,])"
)
_NOT_STREET = re.compile(r"(?:路|大|道|巷|步行|商业|美食|小吃|老|古|风情|文化|特色|一条|条)$")


def street_alias(core: str) -> str:
    """X街道 for the short form X街 when ``core`` (X) could name a place, else ''."""
    name = core + "街道"
    return name if not _NOT_STREET.search(core) and plausible(name) else ""


# In a title or a page field the short form names the unit too: Tianjin and Guangzhou title
# their reports 「2022年胡家园街法治政府建设工作总结」「南开区万兴街2022年度…情况报告」 and their
# portals file them under 「当前位置：胡家园街>」「来源：胡家园街」. A 街 there is followed by the
# year, the report's subject (法治/依法), its organ, or ends the field — a road never is.
_STREET_TITLED = re.compile(
    r"街(?=党?工委|办事处|法治|依法|(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4}|年度|关于|\s*$)"
)
_CORE_START = re.compile(r"[年度区县市旗州]")  # where the name before a 街 may begin
_NOT_CORE = re.compile(r"[年度]")  # a name never starts with the year's word (市桥 may: 市桥街道)


def street_spelled(line: str) -> str:
    """``line`` (a title or a page field) with a 街道 written X街 spelled X街道; a 街 whose
    name cannot be cut out whole (after the year or the county) stays as it is."""
    out, prev = [], 0
    for m in _STREET_TITLED.finditer(line):
        run = re.search(rf"[{H}]*$", line[: m.start()]).group(0)
        for k in range(2, min(4, len(run)) + 1):
            core = run[-k:]
            before = run[-k - 1 : -k] if k < len(run) else ""
            if _NOT_CORE.match(core) or (before and not _CORE_START.match(before)):
                continue
            if street_alias(core):
                out.append(line[prev : m.start()] + "街道")
                prev = m.end()
            break
    return "".join(out) + line[prev:] if out else line


def street_subject(clause: str) -> str:
    """The opening clause with a subject 「岭南街」 spelled 岭南街道 (same clause otherwise)."""
    m = _STREET_SUBJECT.match(clause)
    if not m or not (name := street_alias(m.group("core"))):
        return clause
    return clause[: m.start("core")] + name + clause[m.end() :]
