"""UI callbacks: translate between Gradio values and the core (answer service, ingest,
export). They hold no per-user state: that travels in ``gr.State`` values (``turns``: the
answers of this conversation), so two users never share a scope or history. The library is
reached only through ``webapp.port``'s calls, in this process or in a process of its own
(``webapp.library_process``): the callbacks are the same either way.
"""

from __future__ import annotations

import html
import logging
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from answering.types import Answer, EventType
from reportqa.errors import ReportQAError
from webapp.compare import chart_html, table_html
from webapp.port import LocalLibrary
from webapp.render import chat_markdown, info_label, neutralise_markdown, sources_html
from webapp.viewer import viewer_html

if TYPE_CHECKING:
    from library import App
    from webapp.library_process import RemoteLibrary

log = logging.getLogger(__name__)


class Handlers:
    def __init__(self, app: App | LocalLibrary | RemoteLibrary, settings=None) -> None:
        """``app``: the library's parts in this process (``library.App``: the tests, small
        machines) or a port to them (``RemoteLibrary``: the app's default); ``settings``
        when the port does not carry them."""
        if hasattr(app, "reading") and hasattr(app, "shelf"):  # the parts themselves
            self.library = LocalLibrary(app)
            self.shelf = app.shelf  # in-process only: callers that hold the parts
        else:
            self.library = app
        self.settings = settings if settings is not None else app.settings

    # ---- chat ------------------------------------------------------------------------

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
        chat.append({"role": "user", "content": message})
        chat.append({"role": "assistant", "content": "…"})
        sources = self.sources(turns)
        yield chat, turns, sources, "", "", ""
        resolved, raw, note = "", "", ""
        try:
            for event in self.library.answer(message, turns, townships, years):
                if event.type == EventType.SCOPE:
                    note = event.text
                    continue
                if event.type == EventType.RESOLVED:
                    resolved = f"*理解为：{html.escape(event.text)}*\n\n"
                elif event.type == EventType.TOKEN:  # only a language model streams
                    raw += event.text
                elif event.type == EventType.ANSWER and event.answer is not None:
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
        ids = sorted({c.report_id for a in turns for c in a.citations})
        return sources_html(turns, self.library.texts(ids))

    def examples(self) -> list[str]:
        """Example questions checked against this library (recomputed when it changes)."""
        return self.library.examples()

    def report_view(self, report_id: str, start: int, end: int) -> str:
        """The whole report a citation comes from, scrolled to and highlighting the quote."""
        view = self.library.report(report_id)
        return viewer_html(view.info, view.text, view.sections, start, end)

    def answer_api(self, question: str, history: list[dict] | None = None) -> dict:
        """The named API endpoint: one question (with optional earlier turns) → JSON answer."""
        try:
            return self.library.ask_json(question, history)
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
        st = self.library.status()
        embed, mode = st.embedder, st.mode
        return (
            f"报告 {st.reports} 份 · 段落 {st.chunks} 个 · "
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
            for i in self.library.reports()
        ]
        return pd.DataFrame(rows, columns=["标题", "单位", "县/区", "级别", "年份", "段落"])

    def choices(self) -> tuple[list[str], list[str]]:
        infos = self.library.reports()
        towns = sorted({i.township for i in infos if i.township})
        years = sorted({str(i.year) for i in infos if i.year})
        return towns, years

    def report_choices(self) -> list[tuple[str, str]]:
        """(readable label, file) pairs for the metadata editor's picker."""
        return [(info_label(i), i.source) for i in self.library.reports()]

    def current_metadata(self, source: str | None) -> tuple[str, str, str, tuple[str, ...]]:
        """The editor starts from the values the library holds now, and names the fields
        (unit / parent / year) a person should confirm."""
        return self.library.current_metadata(source)

    def upload(self, files: list[str] | None, progress=None) -> pd.DataFrame:
        """Import uploaded files; the table says what became of each."""

        def report(n: int, total: int, label: str) -> None:
            if progress is not None:
                progress((n, total), desc=label)

        rows = self.library.upload([str(f) for f in files or ()], progress=report)
        return pd.DataFrame(rows, columns=["文件", "结果", "说明"])

    def delete_report(self, source: str | None) -> str:
        return self.library.remove(source)

    def save_metadata(self, source: str, township: str, county: str, year: str) -> str:
        return self.library.correct(source, township, county, year)
