"""Answer types shared by the answerers, the CLI, export and the app."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Citation:
    n: int
    report_id: str
    source: str
    title: str
    township: str
    county: str
    year: int | None
    section: str
    quote: str  # exactly report_text[start:end]
    start: int
    end: int

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Answer:
    question: str
    resolved_question: str
    kind: str  # which | compare | fact
    mode: str  # extractive | llm
    answer: str  # Markdown with [n] markers
    townships: tuple[str, ...] = ()
    not_mentioned: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = ()
    table: tuple[dict, ...] = ()  # compare rows: township, quote, n, number
    notice: str = ""
    searched: int = 0
    scope: tuple[str, ...] = field(default=())

    def to_json(self) -> dict:
        return {
            "question": self.question,
            "resolved_question": self.resolved_question,
            "kind": self.kind,
            "mode": self.mode,
            "answer": self.answer,
            "townships": list(self.townships),
            "not_mentioned": list(self.not_mentioned),
            "citations": [c.to_json() for c in self.citations],
            "table": [dict(r) for r in self.table],
            "notice": self.notice,
            "searched": self.searched,
        }


@dataclass(frozen=True)
class Event:
    """One step of an answer as it is produced: the UI streams these."""

    type: str  # "resolved" | "scope" | "token" | "answer"
    text: str = ""
    answer: Answer | None = None
