"""Benchmark helpers: a seeded synthetic corpus with known answers (see ``bench.synth``).

Kept beside the packages rather than inside them: nothing in the app imports it, only
``reportqa bench`` and the tests.
"""
