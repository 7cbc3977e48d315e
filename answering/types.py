"""Answer types shared by the answerers, the CLI, export and the app: the answer itself is
kernel data (:mod:`reportqa.answer`); an ``Event`` is one step of it as it is produced."""

from __future__ import annotations

from dataclasses import dataclass

from reportqa.answer import Answer, Citation, Kind

__all__ = ["Answer", "Citation", "Event", "Kind"]


@dataclass(frozen=True)
class Event:
    """One step of an answer as it is produced. ``token`` events come only from a real
    stream (a language model writing); an offline answer arrives whole as ``answer``."""

    type: str  # "resolved" | "scope" | "token" | "answer"
    text: str = ""
    answer: Answer | None = None
