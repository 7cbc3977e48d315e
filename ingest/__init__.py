"""Ingest: report files → cleaned text → metadata and section chunks → the chunk store.

``pipeline.Ingestor`` writes through the ports (``reportqa.ports``) and never imports
``retrieval``. Reading: ``loaders`` (with ``limits``, ``encoding``, ``pdf_pages``),
``clean``; metadata: ``metadata`` (``report_reading``, ``page_chrome``, ``admin_names``,
``gazetteer``, ``meta_parent``, ``self_name``), ``sidecar`` (metadata.csv overrides), ``meta_eval``
(accuracy against a gold file); ``chunking``; ``uploads`` (where uploaded files are kept).
"""

__all__ = [
    "admin_names",
    "chunking",
    "clean",
    "encoding",
    "gazetteer",
    "limits",
    "loaders",
    "meta_eval",
    "meta_parent",
    "metadata",
    "page_chrome",
    "pdf_pages",
    "pipeline",
    "report_reading",
    "self_name",
    "sidecar",
    "uploads",
    "workers",
]
