"""A report version: its id (from its path) and content hash (its text and the chunking
that cut it), and the metadata read from a cleaned text."""

from __future__ import annotations

import hashlib
import operator
from pathlib import Path
from typing import TYPE_CHECKING

from reportqa.types import ReportInfo, short_hash

if TYPE_CHECKING:  # the metadata readers load on the first parse: an ingest whose workers
    # parse never runs them in its own process (~0.1 s CPU of imports off its start)
    from ingest.metadata import Extracted

# the content hash names the text and the chunking that cut it: bump this when chunking changes
# for an unchanged text, so an existing library re-chunks every report once on its next ingest
# stop 37: a copy site's heading above the report's own title (meta37 ``own_title``) moves the
# title block's end past the own title, so that title is no longer chunked as a section
# stop 39: a line ending in a table bar (|) ends its row, never joins the opening sentence below (meta41)
# — the re-chunk also re-tokenises every report with this stop's domain words (述法, ans41)
# stop 44: 十二五…十五五 and 地区/本地生产总值 are domain words (diag44b) — every report re-tokenised once
CHUNKING = "chrome-5"  # stop 44 (chrome-4 stop 39, chrome-3 stop 37; chrome-2 stop 35: portal field line apart)
# what is derived from an unchanged text onto its report record without re-chunking it (the
# lacks of ``reportqa.lacks``): bump this when that reading changes, so the next ingest re-reads
# every file and rewrites only the records whose derived values differ (no chunk, no vector)
# stop 39: a district named only by its renewal slogan (「魅力新昌江」), a cut page dated by the
# yearly plan it issued (meta40); before it the page's publisher and 枣强县-like names (meta39)
# and an untitled report's own place as owner of its plans, projects and slogans (meta41)
# stop 42: an untitled page dated by the one yearly plan it puts its work into (列入/纳入《2022年度…
# 学习计划》, meta43)
# stop 44: a district named only by its short name beside 我区 (盐田, ingest.short_self) and a work
# report's plan year in its derived title (ingest.work_report, diag44a); worked-2: a 法治 report
# written to a superior or reviewing its field is no work report, and a neighbour named in full
# is not the writer (review44b)
# stop 48: a work report delivered 「我代表区人民政府」 is a district's, named by its short name
# (never the city it cites), and a 新区 the list lacks has the city that leads it as parent (meta48)
# stop 82: a publisher whose value is in the table cell after its label's (「| 发布机构: | X镇人民政府 |」);
# cell-2 (rev_n82): never a neighbouring label's cell (所属地区:), a header row's label or a breadcrumb
# stop 88: a publisher's value ends before the page's buttons run on to it (分享/打印/收藏/关闭, fix88d, fix88f)
DERIVED = "button-1"  # stop 88 (cell-2 stop 82; cell-1 stop 82; province-1 stop 48; delegate-1 stop 48; worked-2 stop 44; enlisted-1 stop 42; owned-1, renewed-1, publisher-1 stop 39; lacks-1 stop 37)
# the values a record lists that an unchanged text may give anew (a metadata correction, a
# reading bumped by ``DERIVED``): the ingest rewrites the record when one of them differs
LISTED = operator.attrgetter(
    "title", "township", "county", "level", "year", "provenance", "lacks", "publisher"
)


def report_info(path: Path, text: str, values: dict, sources: dict) -> ReportInfo:
    resolved = str(path.resolve())  # once: on a slow file system it costs a millisecond
    return ReportInfo(
        report_id=short_hash(resolved, n=16),
        source=path.name,
        content_hash=hashlib.sha256(f"{CHUNKING}\n{text}".encode()).hexdigest()[:24],
        path=resolved,
        provenance=ReportInfo.encode_sources(sources),
        **values,
    )


def parse_report(
    path: Path, text: str, overrides: dict[str, str] | None = None
) -> tuple[ReportInfo, Extracted]:
    """Metadata for a cleaned text; returns the info and the extraction, whose title block
    and page chrome chunking leaves out."""
    from ingest.metadata import extract, with_overrides
    from reportqa.lacks import read_lacks

    ex = extract(text, path.name)
    values, sources = with_overrides(ex, overrides or {}, path.name)
    values["lacks"] = read_lacks(text)
    return report_info(path, text, values, sources), ex
