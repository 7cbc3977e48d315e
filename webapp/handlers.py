"""UI callbacks: translate between Gradio values and the core (answer service, ingest,
export). They hold no per-user state: that travels in ``gr.State`` values (``turns``: the
answers of this conversation), so two users never share a scope or history; the only thing
kept here is the library's checked example questions.
"""

from __future__ import annotations

import html
import logging
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from answering.followup import Turn
from answering.service import AnswerService
from answering.types import Answer
from ingest.loaders import SUPPORTED_SUFFIXES
from ingest.sidecar import write_sidecar_row
from ingest.uploads import discard_failed, safe_name, store_upload  # noqa: F401 (safe_name: re-exported)
from reportqa.errors import ReportQAError
from retrieval.search import Filters
from webapp.compare import chart_html, table_html
from webapp.examples import example_questions
from webapp.render import chat_markdown, info_label, neutralise_markdown, sources_html
from webapp.viewer import viewer_html

log = logging.getLogger(__name__)


class Handlers:
    def __init__(self, service: AnswerService) -> None:
        self.service = service
        self.lib = service.lib
        self.settings = service.lib.settings
        self._examples: tuple[str, list[str]] = ("", [])

    # ---- chat ------------------------------------------------------------------------
    def scope(self, townships: list[str] | None, years: list[str] | None) -> Filters:
        return Filters(
            tuple(townships or ()), (), tuple(int(y) for y in (years or ()) if str(y).isdigit())
        )

    def respond(
        self,
        message: str,
        chat: list[dict],
        turns: list[Answer],
        townships: list[str] | None,
        years: list[str] | None,
    ) -> Iterator[tuple]:
        """Stream one answer: yields (chat, turns, sources, table, chart, textbox); the table
        and chart are HTML, empty when the answer has none."""
        chat = list(chat or [])
        turns = list(turns or [])
        history = [Turn(a.question, a.resolved_question, a.townships) for a in turns]
        chat.append({"role": "user", "content": message})
        chat.append({"role": "assistant", "content": "…"})
        sources = self.sources(turns)
        yield chat, turns, sources, "", "", ""
        resolved, raw, note = "", "", ""
        try:
            for event in self.service.answer(message, history, self.scope(townships, years)):
                if event.type == "scope":
                    note = event.text
                    continue
                if event.type == "resolved":
                    resolved = f"*理解为：{html.escape(event.text)}*\n\n"
                elif event.type == "token":  # only a language model streams
                    raw += event.text
                elif event.type == "answer" and event.answer is not None:
                    answer = event.answer
                    turns.append(answer)
                    chat[-1] = {
                        "role": "assistant",
                        "content": chat_markdown(answer, len(turns), note),
                    }
                    compare = table_html(answer), chart_html(answer)
                    yield chat, turns, self.sources(turns), *compare, ""
                    return
                # report text streams too: neutralised exactly like the final message
                chat[-1] = {"role": "assistant", "content": resolved + neutralise_markdown(raw)}
                yield chat, turns, sources, "", "", ""
        except ReportQAError as exc:
            chat[-1] = {"role": "assistant", "content": f"⚠️ {exc}"}
            yield chat, turns, sources, "", "", message

    def sources(self, turns: list[Answer]) -> str:
        """Every answer's source cards, each group under its own answer number."""
        ids = {c.report_id for a in turns for c in a.citations}
        return sources_html(turns, {rid: self.lib.report_text(rid) for rid in ids})

    def examples(self) -> list[str]:
        """Example questions checked against this library (recomputed when it changes)."""
        version = self.lib.store.version()
        if self._examples[0] != version:
            self._examples = (version, example_questions(self.service))
        return list(self._examples[1])

    def report_view(self, report_id: str, start: int, end: int) -> str:
        """The whole report a citation comes from, scrolled to and highlighting the quote."""
        info = self.lib.infos.get(report_id)
        if info is None:
            raise ReportQAError("这份报告已不在库中，请刷新页面后重试")
        text = self.lib.report_text(report_id)
        return viewer_html(info, text, self.lib.report_sections(report_id), start, end)

    def answer_api(self, question: str, history: list[dict] | None = None) -> dict:
        """The named API endpoint: one question (with optional earlier turns) → JSON answer."""
        turns = [
            Turn(
                h.get("q") or h.get("question", ""),
                h.get("resolved_question", ""),
                tuple(h.get("townships") or ()),
            )
            for h in (history or [])
        ]
        try:
            return self.service.ask(question, turns).to_json()
        except ReportQAError as exc:
            return {"error": str(exc)}

    # ---- export ----------------------------------------------------------------------
    def export(self, turns: list[Answer], fmt: str, last_only: bool = False) -> str:
        from export.writers import export_answers

        if not turns:
            raise ReportQAError("还没有可导出的回答")
        chosen = turns[-1:] if last_only else turns
        out = Path(tempfile.mkdtemp(prefix="reportqa-export-")) / f"问答记录.{fmt}"
        return str(export_answers(chosen, out))

    # ---- library ---------------------------------------------------------------------
    def status(self) -> str:
        infos = self.lib.reports()
        embed = self.lib.embedder.name
        mode = self.service.mode
        return (
            f"报告 {len(infos)} 份 · 段落 {sum(i.chunks for i in infos)} 个 · "
            f"嵌入：{'离线词法/哈希' if embed.startswith('offline') else embed} · "
            f"回答：{'原文摘录（离线）' if mode == 'extractive' else mode}"
        )

    def library_table(self) -> pd.DataFrame:
        """The library as people name reports: title, unit, county, year (no file names)."""
        rows = [
            {
                "标题": i.title,
                "单位": i.township,
                "县/区": i.county,
                "级别": i.level,
                "年份": i.year or "",
                "段落": i.chunks,
            }
            for i in self.lib.reports()
        ]
        return pd.DataFrame(rows, columns=["标题", "单位", "县/区", "级别", "年份", "段落"])

    def choices(self) -> tuple[list[str], list[str]]:
        infos = self.lib.reports()
        towns = sorted({i.township for i in infos if i.township})
        years = sorted({str(i.year) for i in infos if i.year})
        return towns, years

    def report_choices(self) -> list[tuple[str, str]]:
        """(readable label, file) pairs for the metadata editor's picker."""
        return [(info_label(i), i.source) for i in self.lib.reports()]

    def current_metadata(self, source: str | None) -> tuple[str, str, str, tuple[str, ...]]:
        """The editor starts from the values the library holds now, and names the fields
        (unit / parent / year) a person should confirm."""
        info = next((i for i in self.lib.reports() if i.source == source), None)
        if info is None:
            return "", "", "", ()
        return info.township, info.county, str(info.year or ""), unsure_fields(info)

    def upload(self, files: list[str] | None, progress=None) -> pd.DataFrame:
        """Copy uploads into the data dir (safe names only) and ingest them as one batch."""
        if not files:
            raise ReportQAError("请先选择要上传的文件")
        dest = self.settings.uploads_dir
        dest.mkdir(parents=True, exist_ok=True)
        limit = self.settings.max_upload_mb * 1024 * 1024
        rows, paths = [], []
        for f in files:
            src = Path(f)
            if src.suffix.lower() not in SUPPORTED_SUFFIXES:
                rows.append({"文件": src.name, "结果": "失败", "说明": "不支持的文件类型"})
                continue
            if src.stat().st_size > limit:
                rows.append(
                    {
                        "文件": src.name,
                        "结果": "失败",
                        "说明": f"超过上传上限 {self.settings.max_upload_mb:g} MB",
                    }
                )
                continue
            paths.append(store_upload(src, dest))

        def report(n: int, total: int, label: str) -> None:
            if progress is not None:
                progress((n, total), desc=label)

        if paths:
            result = self.lib.ingest(paths, progress=report)
            discard_failed(paths, result.statuses)
            labels = {
                "added": "新增",
                "updated": "更新",
                "unchanged": "未变",
                "failed": "失败",
                "duplicate": "重复",
                "removed": "删除",
            }
            for st in result.statuses:
                note = st.get("error") or (
                    f"与 {st['duplicate_of']} 相同"
                    if st.get("duplicate_of")
                    else f"{st.get('chunks', '')} 段"
                )
                rows.append(
                    {
                        "文件": st["source"],
                        "结果": labels.get(st["status"], st["status"]),
                        "说明": note,
                    }
                )
        return pd.DataFrame(rows, columns=["文件", "结果", "说明"])

    def delete_report(self, source: str | None) -> str:
        """Remove a report from the library; an uploaded copy is deleted with it, a file in
        one of the user's own folders is not (re-ingesting that folder adds it back)."""
        info = next((i for i in self.lib.reports() if i.source == source), None)
        if info is None:
            raise ReportQAError("请先在「修改元数据：报告」中选择要删除的报告")
        self.lib.remove(info.report_id)
        path = Path(info.path)
        uploads = self.settings.uploads_dir.resolve()
        if info.path and path.resolve().parent == uploads:
            path.unlink(missing_ok=True)
            return f"已删除《{info.title}》"
        return f"已从库中移除《{info.title}》（原文件仍在 {path.parent}）"

    def save_metadata(self, source: str, township: str, county: str, year: str) -> str:
        """A correction is written to the sidecar beside the report (so it survives
        re-ingest) and applied to the index at once."""
        info = next((i for i in self.lib.reports() if i.source == source), None)
        if info is None:
            raise ReportQAError(f"库中没有文件 {source}")
        values = {"township": township.strip(), "county": county.strip(), "year": year.strip()}
        if values["year"] and not values["year"].isdigit():
            raise ReportQAError("年份应为四位数字")
        folder = Path(info.path).parent
        write_sidecar_row(folder, info.source, {k: v for k, v in values.items() if v})
        from dataclasses import replace

        updated = replace(
            info,
            township=values["township"] or info.township,
            county=values["county"] or info.county,
            year=int(values["year"]) if values["year"] else info.year,
        )
        self.lib.update_metadata(updated)
        return f"已更新 {source}：{updated.township} {updated.county} {updated.year or ''}"


def unsure_fields(info) -> tuple[str, ...]:
    """Fields extracted with low confidence: the metadata model's own judgement when the
    record carries one (``unsure()``), otherwise the fields extraction left empty."""
    judged = getattr(info, "unsure", None)
    if callable(judged):
        return tuple(f for f in judged() if f in ("unit", "parent", "year"))
    return tuple(f for f, v in (("unit", info.township), ("year", info.year)) if not v)
