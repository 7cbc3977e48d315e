"""Use cases: what a user can do with the library, in one room.

``build(settings)`` wires the application once (``compose``); ``App.shelf`` adds, removes,
corrects and lists reports (``shelf``); ``App.service`` answers. The web app, the CLI and
the bench call these and nothing deeper.
"""

from library.compose import App, build
from library.shelf import Shelf, unsure_fields

__all__ = ["App", "Shelf", "build", "unsure_fields"]
