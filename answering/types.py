"""Answer types shared by the answerers, the CLI, export and the app: the answer itself is
kernel data (:mod:`reportqa.answer`); an ``Event`` is one step of it as it is produced."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from reportqa.answer import Answer, Citation, Kind

__all__ = ["Answer", "Citation", "Event", "EventType", "Kind"]


class EventType(StrEnum):
    """The steps of an answer in the order they come: how the question was understood, what
    was searched, the model's text as it streams (an LLM only), the finished answer."""

    RESOLVED = "resolved"
    SCOPE = "scope"
    TOKEN = "token"
    ANSWER = "answer"


@dataclass(frozen=True)
class Event:
    """One step of an answer as it is produced. ``token`` events come only from a real
    stream (a language model writing); an offline answer arrives whole as ``answer``."""

    type: EventType
    text: str = ""
    answer: Answer | None = None
