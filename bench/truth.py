"""What a synthetic corpus is known to hold (``bench.synth``): its reports' metadata, the
units each planted which-question must name, the number each planted fact question must
quote. Saved beside the corpus as ``truth.json`` and read back by the bench."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Topic:
    key: str
    question: str
    marker: str
    townships: frozenset[str]


@dataclass(frozen=True)
class FactCase:
    township: str
    question: str
    expected: str


@dataclass(frozen=True)
class ReportTruth:
    file: str
    township: str
    county: str
    year: int
    title: str


@dataclass(frozen=True)
class SynthTruth:
    seed: int
    reports: tuple[ReportTruth, ...]
    topics: dict[str, Topic] = field(default_factory=dict)
    facts: tuple[FactCase, ...] = ()

    def to_json(self) -> dict:
        return {
            "seed": self.seed,
            "reports": [r.__dict__ for r in self.reports],
            "topics": {
                k: {"question": t.question, "marker": t.marker, "townships": sorted(t.townships)}
                for k, t in self.topics.items()
            },
            "facts": [f.__dict__ for f in self.facts],
        }

    @classmethod
    def from_json(cls, data: dict) -> SynthTruth:
        return cls(
            seed=int(data["seed"]),
            reports=tuple(ReportTruth(**r) for r in data["reports"]),
            topics={
                k: Topic(k, t["question"], t["marker"], frozenset(t["townships"]))
                for k, t in data["topics"].items()
            },
            facts=tuple(FactCase(**f) for f in data["facts"]),
        )
