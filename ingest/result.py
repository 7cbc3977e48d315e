"""What an ingest did, per file and in total (the CLI prints it, the web app tabulates it)."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportqa.types import ReportInfo


@dataclass
class IngestResult:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    removed: int = 0
    failed: list[dict] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)
    reports: list[ReportInfo] = field(default_factory=list)
    statuses: list[dict] = field(default_factory=list)  # per file: added/updated/unchanged/...

    def to_json(self) -> dict:
        return {
            "added": self.added,
            "updated": self.updated,
            "skipped": self.skipped,
            "removed": self.removed,
            "failed": self.failed,
            "duplicates": self.duplicates,
            "reports": [r.to_record() for r in self.reports],
            "files": self.statuses,
        }
