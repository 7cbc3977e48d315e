"""Benchmarks: ``run`` measures the cost curve behind ``reportqa bench`` (one child process
per corpus); ``synth`` writes a seeded synthetic corpus with known answers.

Nothing in the app imports it, only ``reportqa bench`` and the tests.
"""

__all__ = [
    "aside",
    "churn",
    "fresh",
    "phases",
    "recipe",
    "run",
    "synth",
    "truth",
]
