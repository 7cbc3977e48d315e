"""Use cases: what a user can do with the library, in one room.

``build(settings)`` wires the application once (``compose``); ``App.shelf`` adds, removes,
corrects and lists reports (``shelf``); ``App.reading`` asks, opens a cited report and says
what the library holds (``reading``, with one validator for a conversation's history);
``example_questions`` finds questions this library can answer (``examples``). The web app,
the CLI and the bench call these and nothing deeper.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from library.compose import App, build
from library.reading import Reading, scope_of, turns_from_json, turns_of
from library.shelf import Shelf, unsure_fields

if TYPE_CHECKING:
    from library.examples import example_questions


def __getattr__(name: str) -> object:
    """``example_questions`` on first use: it needs the whole answer service (~0.35 s CPU
    of imports), which ``reportqa ingest`` and ``reportqa reports`` never run."""
    if name == "example_questions":
        from library.examples import example_questions

        return example_questions
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "App",
    "Reading",
    "Shelf",
    "build",
    "example_questions",
    "scope_of",
    "turns_from_json",
    "turns_of",
    "unsure_fields",
]
