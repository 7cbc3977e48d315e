"""The project's own small data types. Chroma, bm25s and LangChain objects are converted
to these at the edge of ``retrieval/``, so the rest of the code never handles untyped dicts."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace

from reportqa.frozen import quick

META_FIELDS = ("unit", "parent", "level", "year", "title")
UNSURE = 0.6  # below this a field is shown as 「待确认」 for the user to correct


def short_hash(*parts: str, n: int = 16) -> str:
    h = hashlib.sha1()
    for p in parts:
        h.update(p.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:n]


def shown_unit(unit: str, source: str) -> str:
    """How a report's unit is named to people. A report whose unit could not be read stays
    in the library (its level and year still scope questions), so it is named by something a
    user can act on — its file, marked unknown — never by an empty name in a list."""
    return unit or f"未识别单位的报告（{source}）"


@dataclass(frozen=True)
class FieldSource:
    """Where one metadata field came from (title, publisher, opening, signature, body,
    gazetteer, sidecar, file name…) and how much to trust it (0–1)."""

    origin: str
    confidence: float


@dataclass(frozen=True)
class ReportInfo:
    """What we know about one report, extracted from its text (sidecar may override).

    ``township``/``county`` are the historical names of ``unit``/``parent`` and stay the
    stored attributes; ``provenance`` is a compact JSON ``{field: [origin, confidence]}`` so
    the record survives any key-value store unchanged.
    """

    report_id: str
    source: str  # file name as the user knows it
    title: str
    township: str  # the reporting unit: 乡/镇/街道, or the higher unit for higher levels
    county: str
    level: str
    year: int | None
    content_hash: str
    path: str = ""  # absolute path at ingest time, for --prune
    chunks: int = 0
    provenance: str = ""
    # the clauses where the report says its unit lacks a thing (``reportqa.lacks``), read
    # once at ingest so an ask never reads the whole text for them
    lacks: str = ""
    # the organ the page names as its publisher (发布机构/来源, ``ingest.publisher``): often the
    # 司法局 that drafted and posted its government's report, "" when the page names none
    publisher: str = ""

    @property
    def unit(self) -> str:
        """The reporting unit (镇/乡/街道, or the county/district for county-level reports)."""
        return self.township

    @property
    def parent(self) -> str:
        """The unit above, as the text names it (empty when unknown)."""
        return self.county

    @property
    def shown(self) -> str:
        """The unit as printed in answers (see ``shown_unit``)."""
        return shown_unit(self.township, self.source)

    @property
    def sources(self) -> dict[str, FieldSource]:
        try:
            raw = json.loads(self.provenance) if self.provenance else {}
        except ValueError:
            raw = {}
        return {k: FieldSource(str(v[0]), float(v[1])) for k, v in raw.items()}

    def unsure(self) -> tuple[str, ...]:
        """Fields a user should confirm: low confidence, or missing."""
        src = self.sources
        values = {"unit": self.unit, "parent": self.parent, "level": self.level}
        values |= {"year": self.year, "title": self.title}
        return tuple(
            f
            for f in META_FIELDS
            if (f in src and src[f].confidence < UNSURE) or (f != "parent" and not values[f])
        )

    @staticmethod
    def encode_sources(sources: dict[str, FieldSource]) -> str:
        return json.dumps(
            {k: [v.origin, round(v.confidence, 2)] for k, v in sources.items()},
            ensure_ascii=False,
            separators=(",", ":"),
        )

    def with_chunks(self, n: int) -> ReportInfo:
        return replace(self, chunks=n)

    def to_record(self) -> dict:
        """The public JSON shape of a report (CLI contract)."""
        return {
            "report_id": self.report_id,
            "source": self.source,
            "title": self.title,
            "township": self.township,
            "county": self.county,
            "level": self.level,
            "year": self.year,
            "chunks": self.chunks,
            "unit": self.unit,
            "parent": self.parent,
            "publisher": self.publisher,
            "sources": {
                k: {"from": v.origin, "confidence": v.confidence} for k, v in self.sources.items()
            },
            "unsure": list(self.unsure()),
        }


@dataclass(frozen=True)
class Report:
    info: ReportInfo
    text: str  # the cleaned text; every citation is a span of it

    @property
    def report_id(self) -> str:
        return self.info.report_id


@dataclass(frozen=True)
class Section:
    """A heading-delimited region of a report, before size-bounded chunking."""

    path: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True)
class Chunk:
    id: str
    report_id: str
    text: str
    section_path: tuple[str, ...]
    start: int
    end: int
    info: ReportInfo = field(compare=False, repr=False)

    @staticmethod
    def make_id(report_id: str, start: int, end: int, text: str) -> str:
        return short_hash(report_id, str(start), str(end), text, n=20)

    @property
    def section(self) -> str:
        return " > ".join(self.section_path)


@quick
@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float
    retriever: str  # "bm25", "dense" or "hybrid"


@quick
@dataclass(frozen=True)
class ReportEvidence:
    """Fan-out result for one report: its best passages and whether they support the topic."""

    info: ReportInfo
    hits: tuple[Hit, ...]
    supported: bool
    score: float
    reason: str = ""
