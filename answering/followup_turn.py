"""The turns of a conversation and what a follow-up resolves to.

A follow-up is read against the turns before it — the question as typed, as it was resolved,
the units its answer named — and resolves to a question asked on its own, with the units it is
narrowed to and a note saying what was assumed. Kept apart from the resolving rules so that
every rule module can name the types without importing the resolver.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Resolved", "Turn"]


@dataclass(frozen=True)
class Turn:
    q: str
    resolved_question: str = ""
    townships: tuple[str, ...] = ()
    scope: tuple[str, ...] = ()
    picked: tuple[str, ...] = ()  # the units its superlative named (``Answer.picked``)
    said: str = ""  # its answer's quoted evidence: what a 「哪一天」 after it can be read from
    # the years of the reports its answer rested on: the report 「那X去年的呢」 steps from
    # (``followup_report_year``) — not always the unit's newest
    cited_years: tuple[int, ...] = ()

    @property
    def effective(self) -> str:
        return self.resolved_question or self.q


@dataclass(frozen=True)
class Resolved:
    question: str
    scope: tuple[str, ...] = ()  # townships the question is narrowed to
    note: str = ""
    carried_years: tuple[int, ...] = ()  # years taken from the conversation, not typed now
    absent: tuple[str, ...] = ()  # units added to a comparison that the library has no report of
