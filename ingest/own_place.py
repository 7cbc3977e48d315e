"""The unit of an untitled report that speaks as a level's government and names itself as owner.

A portal's copy without a title line still speaks as the government of its level (「在市委的
正确领导下…市政府坚持…」, 「县政府…」, 「全县」「我区」), and the one place of that level it names
is named as the owner of its own things: the issuer that opens the title of its own document
(「制定《许昌市2024年度法治政府建设工作要点》」), the place in its own campaigns (「平安盂县、法治
盂县」 — a one-character county's slogan carries its full name) and the place that opens the
name of its own project (「发布“包头市公共法律服务法治地图”」). Those roles are read only for a
place the gazetteer files at the report's own level, so a place it merely mentions in them is
no rival: its superior (《X省…纲要》, 法治浙江 is a province), a county under a city, a township
under a county. The name named most often in those roles is the writer; a tie leaves it
unknown (待确认). A city's report that speaks as 市政府 may be a county-level city's citing its
prefecture's plan, so a prefecture is taken only when no county-level city under it (nor its
short name) is written in the page, and one addressed to its province (「青海省人民政府：」) only
when the place lies in that province: a plan it learns from (「借鉴《株洲市…方案》」) is another's.
At every level a document, project or campaign the clause learns from (``ingest.learned_from``) is a peer's.
"""

from __future__ import annotations

import re
from collections import Counter

from ingest.learned_from import learned_from
from ingest.meta_prefecture import to_province
from ingest.report_reading import READ, Doc, H

# the report speaking as the government of a kind of unit: its organs without a name, 全X, 我X
_SPEAKS = {
    kind: re.compile(rf"(?<![{H}]){kind}(?:人民政府|政府|委(?!员))|[我全本]{kind}(?![场民级委])")
    for kind in ("市", "县", "区", "旗")
}
_LEVEL = {"市": "地市", "县": "区县", "区": "区县", "旗": "区县"}
# its own document: the issuer opens the title, after a leading year (《2024年许昌市…》)
_BOOK = re.compile(rf"《(?:(?:19|20)\d{{2}}年度?)?(?:中共)?([{H}]{{1,8}}?[市县区旗])")
# its own project or brand, quoted: the place opens the quoted name
_QUOTED = re.compile(rf"[“\"「]([{H}]{{1,8}}?[市县区旗])[{H}]")
# its own campaigns: 法治X / 平安X with X the full name (盂县) or the short name (许昌)
_SLOGAN = re.compile(rf"(?:法治|平安)([{H}]{{1,8}})")


def speaking_kind(text: str) -> str:
    """市/县/区/旗: the kind whose government the report speaks as most; "" on a tie or none."""
    counts = Counter({k: len(p.findall(text)) for k, p in _SPEAKS.items()})
    ranked = counts.most_common(2)
    if not ranked[0][1] or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ""
    return ranked[0][0]


def own_place(doc: Doc) -> tuple[str, str]:
    """(unit, level) of the one place of the report's own level it names as owner, or ("", "")."""
    if not doc.gaz.loaded:
        return "", ""
    text = doc.text[:READ]
    kind = speaking_kind(text)
    if not kind:
        return "", ""
    level = _LEVEL[kind]
    found: Counter[str] = Counter()
    for m in [*_BOOK.finditer(text), *_QUOTED.finditer(text)]:
        name = m.group(1)
        if (
            name.endswith(kind)
            and doc.gaz.level_of(name) == level
            and not learned_from(text, m.start())
        ):
            found[name] += 1
    for m in _SLOGAN.finditer(text):
        if not learned_from(text, m.start()):
            places = _slogan_place(doc, m.group(1), kind)
            found.update(n for n in places if doc.gaz.level_of(n) == level)
    ranked = found.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return "", ""
    name = ranked[0][0]
    if level == "地市" and _county_city_under(doc, name, text):
        return "", ""
    province = to_province(doc) if level == "地市" else None
    if province not in (None, "省") and all(
        p.province != province for p in doc.gaz.cities.get(name, [])
    ):
        return "", ""  # addressed to 青海省: a plan of 株洲市 it learns from is another city's
    return name, level


def _slogan_place(doc: Doc, run: str, kind: str) -> list[str]:
    """The place a 法治/平安 slogan names: the full name written out (法治盂县) or a
    two-character short name with the report's kind added (法治许昌 → 许昌市)."""
    for end in range(2, min(len(run), 6) + 1):
        if run[:end].endswith(kind) and doc.gaz.level_of(run[:end]):
            return [run[:end]]
    return [run[:2] + kind] if len(run) >= 2 else []


def _county_city_under(doc: Doc, city: str, text: str) -> bool:
    """Is a county-level city under ``city`` (or its short name) written in the page? Then the
    page may be that city's, citing its prefecture's plan."""
    for county, places in doc.gaz.counties.items():
        written = county in text or (len(county) > 2 and county[:-1] in text)
        if written and county[-1] == "市" and any(p.city == city for p in places):
            return True
    return False
