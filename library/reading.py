"""Use cases of reading the library: ask a question (as a stream of events), turn a saved
conversation back into turns, open a cited report, say what the library holds.

The web app and the CLI both come here, so a history file and the web API's ``history``
are validated the same way, and neither reaches into the catalog, the store or the
retrieval filters itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportqa.errors import ReportQAError
from reportqa.types import ReportInfo
from retrieval.catalog import Catalog

if TYPE_CHECKING:
    from answering.followup import Turn
    from answering.service import AnswerService
    from answering.types import Answer, Event
    from retrieval.search import Filters

HISTORY_SHAPE = '[{"q": "..."}, ...]'


def turns_from_json(items: object) -> list[Turn]:
    """Earlier turns from JSON (a history file, the web API): a list of objects with ``q``
    (or ``question``), optionally ``resolved_question``, ``townships``, ``scope`` (the units
    a follow-up was narrowed to, as ``Answer.to_json`` gives it) and ``picked``."""
    from answering.followup import Turn

    if items is None:
        return []
    if not isinstance(items, list):
        raise ReportQAError(f"历史应是 JSON 列表：{HISTORY_SHAPE}")
    turns = []
    for item in items:
        if not isinstance(item, dict) or not (item.get("q") or item.get("question")):
            raise ReportQAError('历史中的每一项都需要 "q" 或 "question" 字段')
        if isinstance(item.get("parts"), list) and item["parts"]:
            # an answer of several questions (``Answer.to_json``): a turn per question
            turns.extend(turns_from_json(item["parts"]))
            continue
        towns = item.get("townships") or ()
        if isinstance(towns, str) or not all(isinstance(t, str) for t in towns):
            raise ReportQAError('历史中的 "townships" 应是单位名称的列表')
        turns.append(
            Turn(
                q=str(item.get("q") or item.get("question")),
                resolved_question=str(item.get("resolved_question") or ""),
                townships=tuple(dict.fromkeys((*towns, *_unread(item)))),
                scope=tuple(t for t in item.get("scope") or () if isinstance(t, str)),
                picked=tuple(t for t in item.get("picked") or () if isinstance(t, str)),
                said=_said(item),
                cited_years=_cited_years(item),
            )
        )
    return turns


def _said(item: dict) -> str:
    """The quotes the answer showed, cited or related (``Turn.said``)."""
    shown = [c for k in ("citations", "related") for c in _listed(item.get(k))]
    return "\n".join(str(c.get("quote") or "") for c in shown if isinstance(c, dict))


def _cited_years(item: dict) -> tuple[int, ...]:
    """The years of the reports the answer rested on (``Turn.cited_years``)."""
    from reportqa.answer import Role

    cites = [c for c in _listed(item.get("citations")) if isinstance(c, dict)]
    cited = (c.get("year") for c in cites if c.get("role", Role.SUPPORT) == Role.SUPPORT)
    return tuple(sorted({y for y in cited if isinstance(y, int) and y}))


def _listed(value: object) -> list:
    return value if isinstance(value, list) else []


def _unread(item: dict) -> list[str]:
    """A cited report whose unit went unread, named by its file as the answer named it: what a
    following 「它」 means (``answering.composed.turns_of_answer`` for answers kept whole)."""
    from reportqa.answer import Role
    from reportqa.types import shown_unit

    cites = item.get("citations")
    return [
        shown_unit("", str(c.get("source") or ""))
        for c in (cites if isinstance(cites, list) else ())
        if isinstance(c, dict)
        and not c.get("township")
        and c.get("source")
        and c.get("role", Role.SUPPORT) == Role.SUPPORT
    ]


def turns_of(answers: Iterable[Answer]) -> list[Turn]:
    """The conversation so far, from the answers given in it (a message of several
    questions gives a turn per question: ``answering.composed``)."""
    from answering.composed import turns_of_answer

    return [t for a in answers for t in turns_of_answer(a)]


def scope_of(townships: Sequence[str] | None = None, years: Sequence[object] | None = None):
    """The user's own scope (units, years) as the retrieval filter; a year that is not a
    number is ignored rather than failing the question."""
    from retrieval.search import Filters

    return Filters(
        tuple(townships or ()), (), tuple(int(y) for y in (years or ()) if str(y).isdigit())
    )


@dataclass(frozen=True)
class ReportView:
    info: ReportInfo
    text: str
    sections: list[tuple[int, tuple[str, ...]]]


@dataclass(frozen=True)
class Status:
    reports: int
    chunks: int
    embedder: str
    mode: str  # extractive | llm


class Reading:
    def __init__(self, catalog: Catalog, service: Callable[[], AnswerService]) -> None:
        self._catalog = catalog
        self._service = service  # made on first use: listing reports loads no answering code

    @property
    def service(self) -> AnswerService:
        return self._service()

    def answer(
        self, question: str, history: Sequence[Turn] = (), scope: Filters | None = None
    ) -> Iterator[Event]:
        return self.service.answer(question, history, scope)

    def ask(
        self, question: str, history: Sequence[Turn] = (), scope: Filters | None = None
    ) -> Answer:
        return self.service.ask(question, history, scope)

    def report(self, report_id: str) -> ReportView:
        """A cited report whole, for the viewer; gone since the answer → a clear error."""
        info = self._catalog.infos.get(report_id)
        if info is None:
            raise ReportQAError("这份报告已不在库中，请刷新页面后重试")
        return ReportView(
            info,
            self._catalog.report_text(report_id),
            self._catalog.report_sections(report_id),
        )

    def texts(self, report_ids: Iterable[str]) -> dict[str, str]:
        return {rid: self._catalog.report_text(rid) for rid in set(report_ids)}

    def version(self) -> str:
        """Changes whenever any process changed the library."""
        return self._catalog.store.version()

    def status(self) -> Status:
        infos = self._catalog.reports()
        return Status(
            len(infos), sum(i.chunks for i in infos), self._catalog.embedder.name, self.service.mode
        )
