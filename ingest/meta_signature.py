"""The end of an official document: who signed it, who printed it, and on which day.

GB/T 9704 closes a document with its 落款 — the issuing organ and the date it was signed,
on two lines or, once a copied page loses its layout, on one (「白鹭镇人民政府 2024年1月10日」,
cleaned to 「白鹭镇人民政府2024年1月10日」) — sometimes followed by a release note
(「（此件公开发布）」), and with its 版记: the 抄送 line (the recipients, never the writer)
and the print line (「白鹭镇党政办公室 2024年1月12日印发」, the writer's own office). Official
documents write the date in Chinese numerals as often as in digits (「二〇二四年一月十二日」).
A report signed in the first half of a year covers the year before; the organ that signs or
prints it is the writer, so a report that calls itself only 我镇 still names itself here.
"""

from __future__ import annotations

import re

from ingest import admin_names as an
from reportqa.text import cn_small, cn_year

H = an.H
_CN = "〇○零一二三四五六七八九十"
_DATE = (
    r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    rf"|[〇○零一二三四五六七八九]{{4}}年[{_CN}]{{1,2}}月[{_CN}]{{1,3}}日"
)
# an organ, its date, or both on one line; the print line ends in 印发/印
_SIGNED = re.compile(rf"(?P<organ>[{H}（）()]{{0,40}}?)\s*(?P<date>{_DATE})?\s*(?P<print>印发|印)?")
# the recipients of a copy or a report (抄送, 报送, 主送…) are never its writer
RECIPIENTS = re.compile(r"^(?:抄送|抄报|报送|主送|分送|送|报)[:：]")
# a release or classification note after the date: 「（此件公开发布）」「（此件主动公开）」
_NOTE = re.compile(r"^[（(][^）)]{2,16}[）)]$")
# the writer as it signs or prints: an organ (白鹭镇人民政府, 中共白鹭镇委员会) or one of its offices
# or departments (白鹭镇党政办公室, 青禾县司法局), whose unit is the report's
SIGNER = re.compile(rf"(?:中共)?[{H}]{{2,24}}?(?:{an.ORGAN.pattern}|局|办公室|中心)")
# the seal's place beside the signing organ: 「（盖章）」「（印章）」「（公章）」
_SEAL = re.compile(r"[（(](?:盖章|印章|公章|章)[）)]$")


def closing(text: str, lines: int = 6) -> list[tuple[str, str, bool]]:
    """(organ, date, printed) for the document's closing lines, last first: the organ ("" when
    the line is a date alone), the date as written ("" when none) and whether it is the print
    line. A line of prose, a note or a recipient line is none of them."""
    out: list[tuple[str, str, bool]] = []
    for line in reversed(text.rstrip().split("\n")[-lines:]):
        line = line.strip()
        if not line or _NOTE.match(line) or RECIPIENTS.match(line):
            continue
        m = _SIGNED.fullmatch(line)
        if not m or not (m.group("organ") or m.group("date")):
            continue
        if m.group("print") and not m.group("date"):
            continue  # 「…印」 alone: a word, not a print line
        organ = _SEAL.sub("", m.group("organ"))  # 「白鹭镇人民政府（盖章）」
        out.append((organ, m.group("date") or "", bool(m.group("print"))))
    return out


def year_month(date: str) -> tuple[int, int] | None:
    """2024年1月10日 or 二〇二四年一月十日 → (2024, 1)."""
    if m := re.match(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})", date):
        return int(m.group(1)), int(m.group(2))
    if m := re.match(rf"([〇○零一二三四五六七八九]{{4}})年([{_CN}]{{1,2}})月", date):
        return cn_year(m.group(1)), cn_small(m.group(2))
    return None
