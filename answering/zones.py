"""Development zones a question names, matched to reports that call themselves by the zone's kind.

A development zone (开发区) is named 「城市 + kind」 — 曲靖经济技术开发区, short 曲靖经开区; 西安
高新技术产业开发区, short 西安高新区 — and its own report, written by the zone's 管理委员会, calls
itself only by the kind: 「经济技术开发区管理委员会关于…的报告」, 「2022年，经开区…」. The city is
in the portal's address, not in the text, so such a report's unit is often unread.

So a question naming a zone the library's metadata lacks is matched this way:
- a report's opening naming the zone in full (or its short form) is that zone's report (as any
  unit found in the text, ``answering.places``);
- a bare kind (「经开区报告里…」「长征镇和经开区…」) names the reports calling themselves that kind
  — the user names the report the way it names itself, nothing is guessed;
- a city + kind (「曲靖经开区」) cannot be confirmed from a report that never writes the city. The
  answer must not guess: a fact question is answered 「库中没有能确认为曲靖经开区的报告；有 1 份
  未识别单位的报告（r04.txt）自称经济技术开发区」; a which or compare question may search that
  report, shown under its 「未识别单位的报告（r04.txt）」 label as every unread report is, with the
  same caveat written on top.
A zone of another kind (高新区 asked, 经开区 written) is never a candidate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ingest.gazetteer import Gazetteer, regions
from reportqa.answer import Answer, Kind, Paragraph, Text
from reportqa.errors import QuestionError
from reportqa.types import ReportInfo
from retrieval.filters import Filters
from retrieval.query import Analysis

# each kind of zone, in its full and its short spellings (the full one first: it is shown)
KINDS: tuple[tuple[str, ...], ...] = (
    ("经济技术开发区", "经开区"),
    ("高新技术产业开发区", "高新区"),
    ("经济开发区", "经济开发区"),
)
_SPELLINGS = sorted({s for kind in KINDS for s in kind}, key=len, reverse=True)
_KIND = re.compile("|".join(_SPELLINGS))
# words that end a name rather than stand in it: a particle, conjunction, preposition or verb
# before the zone (「在经开区」「报告里经开区」「和经开区」) leaves the zone without a city
_BOUNDARY = re.compile(
    r"[^\u4e00-\u9fff]|[这那哪各本该我其和与及跟同的在对比从向于把被里中看问说讲]"
)
_JOINED = re.compile(r"[和与及、跟同]")
OPENING = 400  # the title and first sentence, where a report names its writer


@dataclass(frozen=True)
class Zone:
    """A zone as the question says it: ``name`` (曲靖经开区), ``stem`` (曲靖, may be empty),
    ``kind`` (the full spelling of its kind)."""

    name: str
    stem: str
    kind: str


def _kind_of(word: str) -> str:
    return next(kind[0] for kind in KINDS if word in kind)


def _stem(before: str, gaz: Gazetteer) -> str:
    """The city said right before a zone word: the longest known province or city (full or
    short: 曲靖, 嘉兴市), else the name-like run after the last boundary word (金桥), else ''."""
    for size in range(min(len(before), 6), 1, -1):
        word = before[-size:]
        if word in gaz.provinces or word in gaz.cities or f"{word}市" in gaz.cities:
            return word.removesuffix("市")
    cut = [m.end() for m in _BOUNDARY.finditer(before)]
    run = before[cut[-1] if cut else 0 :]
    return run if 2 <= len(run) <= 4 else ""


def zones_named(q: str, places: Callable[[], Gazetteer] = regions) -> list[Zone]:
    """The zones a question names, each once; 「经济开发区」 is a kind of its own, never read as
    the 经济技术开发区's short form."""
    out: list[Zone] = []
    for m in _KIND.finditer(q):
        stem = _stem(q[: m.start()], places())
        name = q[m.start() - len(stem) : m.end()] if stem else m.group(0)
        if q[: m.start()].endswith(f"{stem}市") and stem:
            name = q[m.start() - len(stem) - 1 : m.end()]
        zone = Zone(name, stem, _kind_of(m.group(0)))
        if zone not in out:
            out.append(zone)
    return out


def calls_itself(opening: str, kind: str) -> bool:
    """Does a report's opening name its writer by this kind of zone (any spelling)?"""
    spellings = next(k for k in KINDS if k[0] == kind)
    head = opening[:OPENING]
    for s in spellings:  # 经济技术开发区 holds no 经济开发区; 经济开发区 is its own kind only
        if s in head and not (kind == "经济开发区" and "经济技术开发区" in head):
            return True
    return False


def candidates(
    zone: Zone, infos: Sequence[ReportInfo], opening: Callable[[str], str]
) -> list[ReportInfo]:
    """Reports whose unit was not read and whose opening calls itself the zone's kind."""
    return [i for i in infos if not i.township and calls_itself(opening(i.report_id), zone.kind)]


def unconfirmed(zone: Zone, found: Sequence[ReportInfo]) -> str:
    """The caveat naming the candidates for a city + kind the text cannot confirm."""
    files = "、".join(i.source for i in found)
    return (
        f"库中没有能确认为{zone.name}的报告；有 {len(found)} 份未识别单位的报告（{files}）"
        f"自称{zone.kind}，报告文字中没有写明所在城市，无法确认是否为{zone.name}"
    )


@dataclass(frozen=True)
class ZoneScope:
    """The question's zones as scope: the analysis without them as topic words, the reports
    to search (``report_ids``, with the other units' reports when a zone is one of several
    compared), and the caveat an unconfirmed zone puts on top of the answer."""

    analysis: Analysis
    report_ids: tuple[str, ...] = ()
    caveat: str = ""


def zone_scope(q: str, analysis: Analysis, lib, retriever) -> ZoneScope:
    """The zones ``q`` names that the metadata lacks, as scope (see the module's rules);
    raises ``QuestionError`` for a fact asked of a zone only an unread report may be.
    ``lib``: the catalog (units, reports, openings); ``retriever``: analysis and scope."""
    zones = zones_named(q)
    if not zones:  # read first: most questions name no zone, and the library is not scanned
        return ZoneScope(analysis)
    known, reports, opening = lib.units[0].related, lib.reports(), lib.opening
    ids: list[str] = []
    caveats: list[str] = []
    said: list[str] = []
    for zone in zones:
        if known(zone.name) or known(zone.stem + zone.kind):
            continue
        spellings = next(k for k in KINDS if k[0] == zone.kind)  # 曲靖经开区 = 曲靖经济技术开发区
        forms = (zone.name, *(zone.stem + s for s in spellings)) if zone.stem else ()
        found = [i for i in reports if any(f in opening(i.report_id)[:OPENING] for f in forms)]
        if not found:
            found = candidates(zone, reports, opening)
            if found and zone.stem:
                caveats.append(unconfirmed(zone, found))
        if found:
            ids.extend(i.report_id for i in found)
            said.append(zone.name)
    if not ids:
        return ZoneScope(analysis)
    rest = q
    for name in said:
        rest = rest.replace(name, "")
    again = retriever.analyze(rest)
    others = again.townships
    if caveats and not others and analysis.kind == Kind.FACT:
        raise QuestionError(
            "；".join(caveats) + "。请在 metadata.csv 中写明该报告的单位后重新导入。"
        )
    ids = [*(i.report_id for i in retriever.scope(Filters(others))), *ids] if others else ids
    kind = analysis.kind  # 「A和经开区各自…」: two units joined, as for units found in the text
    if kind == Kind.FACT and others and _JOINED.search(q):  # (``search_scope.places``)
        kind = Kind.COMPARE
    analysis = replace(again, townships=(), kind=kind)
    caveat = "；".join(caveats) + "。以下列入该报告作答，其单位未经确认。" if caveats else ""
    return ZoneScope(analysis, tuple(dict.fromkeys(ids)), caveat)


def caveated(answer: Answer, caveat: str) -> Answer:
    """``answer`` with the caveat as its first paragraph (unchanged without one)."""
    if not caveat:
        return answer
    return replace(answer, body=(Paragraph((Text(caveat),)), *answer.body))
