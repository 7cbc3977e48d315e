"""The units a report names itself by, gathered as weighed evidence before one is chosen: its
title, an addressee line naming the level above, the opening sentence's subject, a self-gloss
(我镇（…）), a 「我代表…人民政府」 delegate, the signature (落款), a site's banner — each with the
unit above it in the same chain, where it was read and a weight. Its own concept apart from
``metadata``, which chooses among this evidence and reads the other fields: the gathering grows
with every genre of page, the choice stays one rule."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ingest import admin_names as an
from ingest.honour_clauses import without_honoured
from ingest.meta_signature import SIGNER, closing
from ingest.meta_year import REPORT_PHRASE
from ingest.meta_zone import zone_mentions
from ingest.opening_subject import opening_subject
from ingest.organ_units import organ_units
from ingest.report_reading import (
    ADDRESSEE,
    PARTNER,
    READ,
    Doc,
    chains,
    lowest,
)
from ingest.report_title import TITLE_WORDS as _TITLE_WORDS
from ingest.report_title import title_block as _title_block
from ingest.short_self import DELEGATE
from ingest.site_banner import joint_subject, named_below, site_header
from ingest.site_banner import self_level as _self_level
from ingest.street_names import street_spelled, street_subject

H = an.H
_SENTENCE = re.compile(r"[，,。；;]|[:：]$")
_SIGNATURE = re.compile(rf"(?:中共)?[{H}]{{2,24}}?(?:{an.ORGAN.pattern})")  # 落款: the organ alone
# a clause's subject: the writer speaking of itself (我镇, 我县) — or as a body that is no place
# (我场, 我局, 我院, 我中心): the units named after it in its sentence are those it works with
# or for (「我场…协助白水镇开展…」), never the writer
_SELF_WORD = re.compile(
    r"(?:^|(?<=[，,；;：:]))[我本](?:街道|镇|乡|县|区|旗|场|局|院|所|中心|公司|单位)"
)
_FRAMING = re.compile(
    r"^\s*(?:(?:19|20)\d{2}年度?|今年|这一年)[，,]?(?:是|既是|正值)[^。，,；\n]*"
    r"(?:[，,](?:也|更|又|还)?是[^。，,；\n]*)*[。，,]"
)
_SELF_GLOSS = re.compile(rf"[我本](街道|镇|乡|县|区|旗|市)[（(]([{H}]{{2,16}})[）)]")
# a department or agency, not a government (「苏州市吴中区政务服务管理办公室」「…一站式服务中心」):
# a line naming one and no report is the banner of the department's site that hosts the page,
# a weak hint of the county like a site's owner, never the report's title
_DEPARTMENT = re.compile(r"(?:办公室|中心|局|所|站|队)$")
_SPEECH = re.compile(r"^\s*(?:各位代表|同志们|尊敬的)")
# the formal self-identification of a government work report: 「我代表南山区人民政府，向大会报告」,
# 「我谨代表大鹏新区管委会」
_DELEGATE = re.compile(rf"{DELEGATE}(国务院|[{H}]*?(?=人民政府|政府|管委会|管理委员会))")


@dataclass(frozen=True)
class Evidence:
    unit: str
    above: str  # the unit above it named in the same chain ("" when none)
    origin: str
    weight: float


def _gather(doc: Doc, source: str) -> list[Evidence]:
    ev: list[Evidence] = []
    head = [
        (s, ln) for i, (s, ln) in enumerate(doc.lines) if i < doc.body and s not in doc.chrome.lines
    ]
    # a title over several lines (「澄岭区人民政府」 / 「望川街道办事处」 / 「关于…的报告」) nests its organs
    header = site_header(doc, _title_block(head))
    block = [ln for ln in _title_block(head) if ln not in header]
    nested = ("", "")
    if len(block) > 1:
        nested = an.most_specific(organ_units(" ".join(ln for _, ln in block), doc.known))
        nested = named_below(doc, block[-1][1], nested)
        if nested[0]:
            ev.append(Evidence(*nested, "title", 1.0))
    for s, line in head:  # title lines: short, no sentence, not the addressee
        if nested[0] and (s, line) in block:
            continue
        if len(line) <= 60 and not ADDRESSEE.match(line) and not _SENTENCE.search(line):
            line = street_spelled(line)  # 「2022年胡家园街法治政府建设工作总结」
            unit, above = an.most_specific(organ_units(line, doc.known))
            hosted = (s, line) in header and _self_level(doc.text[:READ]) != "区县"
            origin, weight = ("publisher", 0.8) if hosted else ("title", 1.0)
            if _DEPARTMENT.search(line) and not _TITLE_WORDS.search(line):
                origin, weight = "publisher", 0.6  # a department's site banner
            for u, a in [(unit, above)] if unit else lowest(chains(doc, line, False)):
                ev.append(Evidence(u, a, origin, weight))
    for _, value in doc.chrome.titles:
        for u, a in lowest(chains(doc, street_spelled(value), False)):
            ev.append(Evidence(u, a, "title", 0.9))
    # a portal files a unit's documents under its own section: the innermost place named
    steps = [street_spelled(step) for step in doc.chrome.crumbs]
    for u, a in lowest([c for step in steps for c in chains(doc, step, False)]):
        ev.append(Evidence(u, a, "breadcrumb", 0.6))
    for _, value in doc.chrome.publishers:
        value = street_spelled(value)
        unit, above = an.most_specific(
            organ_units(value, doc.known) or an.parse_chain(value, doc.known)
        )
        if unit:
            ev.append(Evidence(unit, above, "publisher", 0.8))
    # the site's owner (主办单位, 中文域名): a weak hint of the host, never the title
    for _, value in doc.chrome.sites:
        unit, above = an.most_specific(organ_units(value, doc.known))
        if unit:
            ev.append(Evidence(unit, above, "publisher", 0.6))
    if m := _DELEGATE.search(doc.text[:1500]):
        if m.group(1) == "国务院":
            ev.append(Evidence("国务院", "", "opening", 0.95))
        for u, a in chains(doc, m.group(1), False)[-1:]:
            ev.append(Evidence(u, a, "opening", 0.95))
    opening = " ".join(ln for _, ln in doc.lines[doc.body : doc.body + 2])
    for m in REPORT_PHRASE.finditer(doc.text[:3000]):
        for u, a in chains(doc, m.group(1), True)[-1:]:
            ev.append(Evidence(u, a, "opening", 0.85))
    # the subject of the opening sentence: a report that calls itself 我镇 there names others
    # after it, and a unit it works with (「白鹭镇与柳溪镇联调」) is no subject
    # 「2024年是…的关键之年。在区委…领导下，同和街…」: clauses framing the year have no
    # subject; the unit opens what follows them
    lead = re.split(r"[。\n]", _FRAMING.sub("", opening, count=1), maxsplit=1)[0][:260]
    first = _SELF_WORD.split(lead, maxsplit=1)[0]
    first = PARTNER.sub(lambda m: " " * len(m.group(0)), first)
    first = street_subject(first)
    # 「…,江岸区、长江新区武湖街道…荣获…示范命名」: the honoured are the writer's (``honour_clauses``)
    first = without_honoured(first, lambda c: bool(chains(doc, c, True)))
    if not _SPEECH.match(doc.text[doc.lines[doc.body][0] :] if doc.body < len(doc.lines) else ""):
        for u, a in opening_subject(doc, first):  # by the list's rung, not the goal
            ev.append(Evidence(u, a, "opening", 0.75))
        if joint := joint_subject(doc, lead):  # 「2024年，石家庄市委、市政府…」
            ev.append(Evidence(*joint, "opening", 0.75))
    for m in _SELF_GLOSS.finditer(doc.text[:3000]):  # 「我镇（官庄镇）」 glosses the self-word
        for u, a in lowest(chains(doc, m.group(2), True)):
            if an.suffix(u) == m.group(1):
                ev.append(Evidence(u, a, "opening", 0.8))
    body_at = doc.lines[doc.body][0] if doc.body < len(doc.lines) else len(doc.text)
    tail = doc.text[body_at:].rstrip().split("\n")[1:][-6:]
    for organ, _, printed in closing("\n".join(tail)):
        if _SIGNATURE.fullmatch(organ) and not printed:
            unit, above = an.most_specific(organ_units(organ, doc.known))
            weight = 0.8
        elif organ and SIGNER.fullmatch(organ):  # 「白鹭镇党政办公室…印发」「青禾县司法局」
            (unit, above), weight = (lowest(chains(doc, organ, False)) or [("", "")])[0], 0.7
        else:
            continue
        if unit and (doc.known(unit) or an.plausible(unit)):  # not 「团区委」 in a table
            ev.append(Evidence(unit, above, "signature", weight))
    titles = [ln for _, ln in block or head] + [v for _, v in doc.chrome.titles]
    zoned = [Evidence(*z) for z in zone_mentions(titles, first, tail)]
    ev += zoned
    stem = Path(source).stem
    if re.search(rf"[{H}]{{2}}", stem):
        for u, a in lowest(chains(doc, re.sub(r"人民政府|政府|关于|工作|报告", " ", stem), True)):
            ev.append(Evidence(u, a, "file name", 0.3))
    # a piece of a zone's name (十堰市, a bare 经济技术开发区) is not the writer the zone is
    zones = {e.unit for e in zoned}
    ev = [e for e in ev if not any(e.unit != z and e.unit in z for z in zones)]
    return [e for e in ev if e.origin in ("title", "publisher") or not _glued(doc, e.unit)]


def _glued(doc: Doc, unit: str) -> bool:
    """A unit read in running text whose core is a common word of reports (「…推进法治政府
    建设镇党委…」 → 建设镇) is a heading run into the next sentence, unless the gazetteer puts
    that real town (建设镇 exists) in a county the text names."""
    if an.plausible(unit) or len(unit) - len(an.suffix(unit)) < 2:
        return False  # 唐镇, 彭镇: a one-character core is no common word
    places = doc.gaz.towns.get(unit, []) + doc.gaz.counties.get(unit, [])
    names = {n for p in places for n in (p.county, p.city) if n}
    text = doc.text[:READ]
    return not any(n in text or (len(n) > 2 and n[:-1] in text) for n in names)
