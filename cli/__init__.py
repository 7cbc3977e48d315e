"""The ``reportqa`` console script: argparse commands, one module per family.

``main`` (parser and error handling), ``reports`` (ingest, reports), ``answers`` (ask, eval),
``serve``, ``bench``, ``metadata`` (eval-metadata). Each calls the use cases in ``library``.
"""

__all__ = ["answers", "bench", "main", "metadata", "reports", "serve"]
