"""A report's title: the head lines that form it, and the title in the report's own characters.

A title is the organ lines (城口县左岚乡人民政府, 中共沙市镇委员会) down to the first line naming
the report (…报告/总结/汇报); a report printed without one is named by its own words
(「现将2023年度法治建设工作报告如下」), since every answer cites a report by title.
"""

from __future__ import annotations

import re
from pathlib import Path

from ingest import admin_names as an
from ingest.meta_signature import RECIPIENTS
from ingest.report_reading import ADDRESSEE, Doc
from ingest.work_report import is_work_report, work_title

TITLE_WORDS = re.compile(r"报告|汇报|总结|工作情况|建设情况|年度")
_NAMED_REPORT = re.compile(r"现将[^。\n]{0,12}?((?:19|20)\d{2}年[^。\n]{0,30}?(?:报告|汇报|总结))")
_SENTENCE = re.compile(r"[，,。；;]|[:：]$")


def title_block(head: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The title: organ lines (城口县左岚乡人民政府, 中共沙市镇委员会) down to the first line
    naming the report (…报告/总结/汇报); never a sentence, a salutation, the addressee or a
    recipients' line (「报：县委、县政府」 above a 红头 title names where it goes, not what it is)."""
    block: list[tuple[int, str]] = []
    for s, ln in head:
        if len(ln) > 60 or ADDRESSEE.match(ln) or _SENTENCE.search(ln) or RECIPIENTS.match(ln):
            continue
        if TITLE_WORDS.search(ln) or an.ORGAN.search(ln) or "关于" in ln:
            block.append((s, ln))
            if re.search(r"报告|汇报|总结", ln):
                break
    return block


def report_title(
    text: str, title_lines: list[tuple[int, str]], doc: Doc, unit: str, year, source: str
) -> tuple[str, int]:
    """The title in the report's own characters, and the offset past it; a report without
    one is named by its own words (「现将2023年度法治建设工作报告如下」)."""
    if title_lines:
        last = title_lines[-1][0]
        end = text.find("\n", last)
        end = len(text) if end < 0 else end + 1
        block = [text[s : s + len(ln)] for s, ln in title_lines]
        return " ".join(dict.fromkeys(block)), end
    if doc.chrome.titles:
        return doc.chrome.titles[0][1], 0
    if m := _NAMED_REPORT.search(doc.text[:3000]):
        phrase = text[m.start(1) : m.end(1)]
        return (phrase if unit in m.group(1) else f"{unit}{phrase}"), -1
    if unit and year and is_work_report(doc.text):  # 「我代表X区人民政府，向大会作…报告」
        return work_title(doc.text, unit), 0
    if unit and year:
        return f"{unit}{year}年报告", 0
    return Path(source).stem, 0
