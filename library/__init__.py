"""Use cases: what a user can do with the library, in one room.

``build(settings)`` wires the application once (``compose``); ``App.shelf`` adds, removes,
corrects and lists reports (``shelf``); ``App.reading`` asks, opens a cited report and says
what the library holds (``reading``, with one validator for a conversation's history);
``example_questions`` finds questions this library can answer (``examples``). The web app,
the CLI and the bench call these and nothing deeper.
"""

from library.compose import App, build
from library.examples import example_questions
from library.reading import Reading, scope_of, turns_from_json, turns_of
from library.shelf import Shelf, unsure_fields

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
