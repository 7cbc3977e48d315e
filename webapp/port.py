"""What the page asks of the library, with plain arguments: the one surface ``Handlers``
calls, served in the app's own process (``LocalLibrary``) or by a process of its own
(``library_process.RemoteLibrary``, which runs a ``LocalLibrary`` in the child).

The arguments are what the page holds (the question, this conversation's answers, the
chosen units and years, file paths) and the results are the typed values the page renders
(events, answers, report records, rows), all picklable, so the same calls cross a pipe
unchanged. The conversions into the library's own types (turns, the retrieval scope, a
history's JSON) happen here, on the library's side: the page's process then never imports
the library, retrieval or the answer service (~0.6 s of CPU of a cold start), which is what
lets Gradio's import and the library's opening run on two cores at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from answering.types import Answer, Event
    from library import App
    from reportqa.types import ReportInfo

Progress = Callable[[int, int, str], None]

# the calls a RemoteLibrary forwards; the ones marked as streams yield events
CALLS = (
    "answer",
    "ask_json",
    "texts",
    "version",
    "report",
    "status",
    "examples",
    "reports",
    "current_metadata",
    "upload",
    "remove",
    "correct",
)
STREAMS = frozenset({"answer"})


class LocalLibrary:
    """The use cases of ``library.App`` behind the page's calls, in this process."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.settings = app.settings
        self._examples: tuple[str, list[str]] = ("", [])

    def answer(
        self,
        message: str,
        answers: Sequence[Answer],
        townships: Sequence[str] | None = None,
        years: Sequence[str] | None = None,
    ) -> Iterator[Event]:
        from library import scope_of, turns_of

        scope = scope_of(townships, years)
        return self.app.reading.answer(message, turns_of(answers), scope)

    def ask_json(self, question: str, history: list[dict] | None = None) -> dict:
        """One question (with earlier turns as JSON) → the answer's JSON; a
        ``ReportQAError`` is raised to the caller."""
        from library import turns_from_json

        return self.app.reading.ask(question, turns_from_json(history)).to_json()

    def texts(self, report_ids: Sequence[str]) -> dict[str, str]:
        return self.app.reading.texts(report_ids)

    def version(self) -> str:
        return self.app.reading.version()

    def report(self, report_id: str):  # library.reading.ReportView
        return self.app.reading.report(report_id)

    def status(self):  # library.reading.Status
        return self.app.reading.status()

    def examples(self) -> list[str]:
        """Example questions checked against this library (recomputed when it changes)."""
        from library import example_questions

        version = self.version()
        if self._examples[0] != version:
            self._examples = (version, example_questions(self.app.reading.service))
        return list(self._examples[1])

    def reports(self) -> list[ReportInfo]:
        return self.app.shelf.reports()

    def current_metadata(self, source: str | None) -> tuple[str, str, str, tuple[str, ...]]:
        """The editor starts from the values the library holds now, and names the fields
        (unit / parent / year) a person should confirm."""
        from library import unsure_fields

        info = self.app.shelf.find(source)
        if info is None:
            return "", "", "", ()
        return info.township, info.county, str(info.year or ""), unsure_fields(info)

    def upload(self, files: Sequence[str], progress: Progress | None = None) -> list[dict]:
        return self.app.shelf.upload([Path(f) for f in files], progress=progress)

    def remove(self, source: str | None) -> str:
        return self.app.shelf.remove(source)

    def correct(self, source: str, township: str, county: str, year: str) -> str:
        return self.app.shelf.correct(source, township, county, year)

    def close(self) -> None:
        """Nothing to stop: the library lives as long as this process."""
