"""The reports on the library's shelf: add (a folder from the CLI or files a user uploads),
remove, correct metadata, list. The web app and the CLI both call these, so an upload and a
``reportqa ingest`` take the same path and a correction made in either survives re-ingest.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from library.heap import give_back
from reportqa.errors import ReportQAError
from reportqa.settings import Settings
from reportqa.types import FieldSource, ReportInfo
from retrieval.catalog import Catalog

if TYPE_CHECKING:  # imported on first add: the PDF and Word readers are ~0.2 s of a cold
    # app start that only answers
    from ingest.pipeline import IngestResult, Progress

log = logging.getLogger(__name__)

# how an upload's outcome reads in the import table
_OUTCOME = {
    "added": "新增",
    "updated": "更新",
    "unchanged": "未变",
    "failed": "失败",
    "duplicate": "重复",
    "removed": "删除",
}


class Shelf:
    def __init__(self, settings: Settings, catalog: Catalog) -> None:
        self.settings = settings
        self.catalog = catalog

    # ---- add -------------------------------------------------------------------------
    def add(
        self, paths: Iterable[Path], prune: bool = False, progress: Progress | None = None
    ) -> IngestResult:
        """Ingest files or folders (incremental: unchanged files are skipped)."""
        from ingest.pipeline import Ingestor

        lib = self.catalog
        ingestor = Ingestor(
            self.settings,
            lib.store,
            lambda: lib.tokenizer,
            lib.embedder,
            lib.tokens,
            lib.domain_terms,
        )
        result = ingestor.ingest(paths, prune=prune, progress=progress)
        give_back()  # the ingest's buffers, before the refresh builds the new index
        lib.absorb(ingestor.committed, ingestor.committed_vectors)
        give_back()  # the refresh's temporaries and the replaced index
        return result

    def upload(self, files: Sequence[Path], progress: Progress | None = None) -> list[dict]:
        """Copy uploads into the data dir (safe names only) and ingest them as one batch;
        one row per file (文件, 结果, 说明) saying what became of it."""
        from ingest.loaders import SUPPORTED_SUFFIXES
        from ingest.uploads import discard_failed, store_upload

        if not files:
            raise ReportQAError("请先选择要上传的文件")
        dest = self.settings.uploads_dir
        dest.mkdir(parents=True, exist_ok=True)
        limit = self.settings.max_upload_mb * 1024 * 1024
        rows, paths = [], []
        for src in files:
            if src.suffix.lower() not in SUPPORTED_SUFFIXES:
                rows.append({"文件": src.name, "结果": "失败", "说明": "不支持的文件类型"})
            elif src.stat().st_size > limit:
                note = f"超过上传上限 {self.settings.max_upload_mb:g} MB"
                rows.append({"文件": src.name, "结果": "失败", "说明": note})
            else:
                paths.append(store_upload(src, dest))
        if paths:
            result = self.add(paths, progress=progress)
            discard_failed(paths, result.statuses)
            for st in result.statuses:
                note = st.get("error") or (
                    f"与 {st['duplicate_of']} 相同"
                    if st.get("duplicate_of")
                    else f"{st.get('chunks', '')} 段"
                )
                outcome = _OUTCOME.get(st["status"], st["status"])
                rows.append({"文件": st["source"], "结果": outcome, "说明": note})
        return rows

    # ---- list ------------------------------------------------------------------------
    def reports(self) -> list[ReportInfo]:
        """The committed reports as the store lists them: no index is loaded, so
        ``reportqa reports`` stays quick on a large library."""
        return self.catalog.store.reports()

    def find(self, source: str | None) -> ReportInfo | None:
        return next((i for i in self.catalog.reports() if i.source == source), None)

    # ---- remove ----------------------------------------------------------------------
    def remove(self, source: str | None) -> str:
        """Remove a report from the library; an uploaded copy is deleted with it, a file in
        one of the user's own folders is not (re-ingesting that folder adds it back)."""
        info = self.find(source)
        if info is None:
            raise ReportQAError("请先在「修改元数据：报告」中选择要删除的报告")
        self.catalog.store.delete_report(info.report_id)
        self.catalog.refresh(force=True)
        path = Path(info.path)
        uploads = self.settings.uploads_dir.resolve()
        if info.path and path.resolve().parent == uploads:
            path.unlink(missing_ok=True)
            return f"已删除《{info.title}》"
        return f"已从库中移除《{info.title}》（原文件仍在 {path.parent}）"

    # ---- correct ---------------------------------------------------------------------
    def correct(self, source: str, township: str, county: str, year: str) -> str:
        """A correction is written to the sidecar beside the report (so it survives
        re-ingest) and applied to the index at once."""
        info = self.find(source)
        if info is None:
            raise ReportQAError(f"库中没有文件 {source}")
        values = {"township": township.strip(), "county": county.strip(), "year": year.strip()}
        if values["year"] and not values["year"].isdigit():
            raise ReportQAError("年份应为四位数字")
        folder = Path(info.path).parent
        from ingest.sidecar import write_sidecar_row

        write_sidecar_row(folder, info.source, {k: v for k, v in values.items() if v})
        updated = replace(
            info,
            township=values["township"] or info.township,
            county=values["county"] or info.county,
            year=int(values["year"]) if values["year"] else info.year,
        )
        self.update_metadata(updated)
        return f"已更新 {source}：{updated.township} {updated.county} {updated.year or ''}"

    def update_metadata(self, info: ReportInfo) -> None:
        """Store a corrected record: the fields it changes are marked as confirmed."""
        old = self.catalog.infos.get(info.report_id) or next(
            (i for i in self.catalog.store.reports() if i.report_id == info.report_id), None
        )
        if old is not None:
            sources = info.sources
            for name in ("unit", "parent", "level", "year", "title"):
                if getattr(old, name) != getattr(info, name):
                    sources[name] = FieldSource("sidecar", 1.0)
            info = replace(info, provenance=ReportInfo.encode_sources(sources))
        self.catalog.store.update_info(info)
        self.catalog.refresh(force=True)


def unsure_fields(info: ReportInfo) -> tuple[str, ...]:
    """Fields a person should confirm: the metadata model's own judgement of what it read
    with low confidence, among the fields the editor offers."""
    return tuple(f for f in info.unsure() if f in ("unit", "parent", "year"))
