"""Reports picked by the kind of organ that delivers them: 「哪些报告是新区管委会作的，不是区政府
作的」「有没有街道办事处作的报告」.

A work report says whose report it is in its opening (「我代表大鹏新区管理委员会，向大会作工作
报告」, ``answering.meta_deliverer``) or at the head of its title. A 新区 or development zone is run
by a 管理委员会 (管委会 for short), a county or district by its 人民政府, a street by its 办事处:
the kind of organ is a fact of the report as a document, read from those words, never a topic to
search — the body of a zone's report says 「新区管委会」 only now and then, and a long form
(管理委员会) never matches the short one. The organ named before 作的/做的 is the one wanted; one
after 不是/而非 is the one refused.

The one-character place word before the organ is the rung asked: 县政府 is a county's
government, 镇政府 a town's, 乡政府 a township's — so the organ's own place name must end with it
(「灵璧县娄庄镇人民政府」 is a 镇's, never a 县's). A report may say whose it is only as
「现将小营街道办事处…报告如下」, or not at all: then the unit's own name gives its rung and the
organ such a unit has (a 街道 its 办事处, a 新区 its 管委会, others their 人民政府) — a report left
unread is never reason to say none is held.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answering.extractive import CitationBook
from answering.meta_deliverer import ON_BEHALF, TITLE_ISSUER
from answering.meta_frame import has_topic
from answering.meta_parts import MetaCiter, framed, paragraph
from reportqa.answer import Answer, Bullets, Kind, Text
from reportqa.text import to_simplified
from reportqa.types import ReportInfo

# the kinds of organ a report is delivered by, each with the words that name it
_KINDS = {"管理委员会": "管委会", "管委会": "管委会", "人民政府": "政府", "政府": "政府"}
_KINDS |= {"办事处": "办事处"}
_ORGAN = "|".join(sorted(_KINDS, key=len, reverse=True))
# 「是新区管委会作的」「由区政府作出的」「不是区政府作的」「有没有县政府做的」: an organ (its
# place words before it, never the question's own words) and a verb of delivering
_BY = re.compile(
    rf"(?:(?P<neg>不是|而非|并非)|是|由|有没有|有无)由?"
    rf"(?P<at>(?:(?![是由的报告哪份])[\u4e00-\u9fff]){{0,6}}?)(?P<organ>{_ORGAN})"
    r"(?:来)?(?:作|做|宣读|所作|作出|做出)(?:出)?的"
)
# 「在此，我代表新区管委会，向…表示感谢」: the organ speaking, said again further in (a report whose
# opening names none, 「光明新区管委会在市委市政府…领导下」, thanks its people in its own name)
_SPEAKS = re.compile(rf"我谨?代表\s*([\u4e00-\u9fff]{{0,12}}?(?:{_ORGAN}))")
# 「现将小营街道办事处2023年…报告如下」: the organ reporting, said where the report is handed in
# (「现将一年来法治政府建设情况报告如下」 names a task, not an organ)
_HANDS_IN = re.compile(rf"现将\s*([\u4e00-\u9fff]{{2,16}}?(?:{_ORGAN}))(?!建设)")
_WHICH = re.compile(r"哪些|哪几|哪份|哪一份|几份|多少份|有没有|有哪")


Organs = tuple[tuple[str, str], ...]  # (kind, place words before it)


def deliverer_kinds(q: str) -> tuple[Organs, Organs] | None:
    """((kind, place words) wanted, (kind, place words) refused) of a question that picks
    reports by their deliverer and asks nothing else, or None. Wanted empty: any organ but
    the refused ones (「哪份不是区政府作的报告」)."""
    if not _WHICH.search(q):
        return None
    found = list(_BY.finditer(q))
    wanted = tuple((_KINDS[m["organ"]], m["at"]) for m in found if not m["neg"])
    refused = tuple((_KINDS[m["organ"]], m["at"]) for m in found if m["neg"])
    if not (wanted or refused) or has_topic(_BY.sub("", q)):
        return None  # 「哪份不是区政府作的」: only the refused kind, every other organ wanted
    return wanted, tuple(r for r in refused if r not in wanted)


def organ_of(text: str, title: str) -> tuple[str, int, int]:
    """The organ a report speaks for and the words saying it (「我代表X」; the title's issuer:
    -1)."""
    simple = to_simplified(text[:1500])
    if m := ON_BEHALF.search(simple):
        return m.group(1) or m.group(2), m.start(), m.end()
    if m := TITLE_ISSUER.match(to_simplified(title or "")):
        return m.group(1), -1, -1
    if m := _HANDS_IN.search(simple):
        return m.group(1), m.start(1), m.end(1)
    if m := _SPEAKS.search(to_simplified(text)):
        return m.group(1), m.start(), m.end()
    return "", -1, -1


def organ_of_unit(unit: str) -> str:
    """The organ a unit of this name has: a 街道 its 办事处, a 新区 its 管理委员会, others their
    人民政府."""
    if unit.endswith("街道"):
        return f"{unit}办事处"
    return f"{unit}管理委员会" if unit.endswith("新区") else f"{unit}人民政府"


def _names_unit(organ: str, unit: str) -> bool:
    """``organ`` is an organ and the one of ``unit``: its place names the unit (「滑县万古镇人民
    政府」) or is the bare rung (「区人民政府」「新区管委会」); 「政府」 alone says no rung."""
    word = next((w for w in sorted(_KINDS, key=len, reverse=True) if w in organ), "")
    if not word:  # 「我代表国务院」: an organ named by no kind word is the unit itself
        return bool(unit) and organ == unit
    place = organ[: organ.index(word)]
    return bool(place) and (unit in place or place in unit)


def _is(organ: str, kind: str, at: str) -> bool:
    """``organ`` is of ``kind`` and its place name ends with the place words asked (县政府: a
    county's; 新区管委会: a 新区's)."""
    word = next((w for w in sorted(_KINDS, key=len, reverse=True) if w in organ), "")
    if not word or _KINDS[word] != kind:
        return False
    place = organ[: organ.index(word)]
    return not at or not place or place.endswith(at)


def deliverer_kind_answer(
    q: str, asked: tuple[Organs, Organs], infos: Sequence[ReportInfo], cite: MetaCiter
) -> Answer:
    """The reports whose organ is of a wanted kind (its place words in its name: 新区管委会),
    each with the words naming it, cited."""
    wanted, refused = asked
    book = CitationBook()
    lines, names = [], []
    for info in infos:
        organ, s, e = organ_of(cite.text(info.report_id), info.title)
        read = _names_unit(organ, info.township) or not info.township
        organ = organ if read else organ_of_unit(info.township)
        if (wanted and not any(_is(organ, k, at) for k, at in wanted)) or any(
            _is(organ, k, at) for k, at in refused
        ):
            continue
        year = f"（{info.year}年）" if info.year else ""
        if not read:  # the report names no organ: its unit's own
            said = Text(f"：报告未写明作报告机关，按单位名称为「{organ}」")
            lines.append((Text(info.township, strong=True), Text(year), said))
            names.append(info.township)
            continue
        n = cite.span(book, info, s, e, "正文开头") if s >= 0 else cite.title(book, info, [organ])
        said = Text(f"：以「{organ}」的名义作出", (n,) if n else ())
        lines.append((Text(info.township or info.source, strong=True), Text(year), said))
        names.append(info.township)
    if not lines:
        text = f"库中没有这样的报告（已查看 {len(infos)} 份报告开头所写的作报告机关）。"
        return framed(q, Kind.WHICH, (paragraph(text),), (), book, len(infos))
    head = paragraph(f"共 {len(lines)} 份报告（据报告开头、标题或「我代表…」所写的作报告机关）：")
    return framed(q, Kind.WHICH, (head, Bullets(tuple(lines))), tuple(names), book, len(infos))
