"""Ingest: report files → cleaned text → metadata and section chunks → the chunk store.

``pipeline.Ingestor`` writes through the ports (``reportqa.ports``) and never imports
``retrieval``. Reading: ``loaders`` (with ``limits``, ``encoding``, ``pdf_pages``, and
``docx_text`` / ``pdf_text``, imported by the first .docx / PDF read),
``clean``; metadata: ``metadata`` (``report_reading``, ``page_chrome``, ``page_header``, ``admin_names``,
``gazetteer``, ``honour_clauses`` (units honoured in the opening are not its writer), ``opening_subject`` (the opening sentence's subject, not its goal), ``meta_parent``, ``meta_province`` (a province's own report), ``meta_year``, ``term_review`` (a 换届 report's delivery year), ``meta_signature`` (the 落款 and 版记), ``self_name``, ``site_banner``: who speaks, whose banner heads the page; ``site_marks``: the lines a hosting site names itself by; ``title_lines``: short lines of a title, not menus; ``page_trailer``: the links under a report; ``meta_zone``: a zone named after two places with a dash; ``unit_evidence``: the units a report names itself by, weighed before one is chosen), ``sidecar`` (metadata.csv overrides), ``meta_eval``
(accuracy against a gold file); ``chunking``; ``uploads`` (where uploaded files are kept);
``file_marks`` (files a re-ingest knows unchanged without reading them); ``pending`` (a
report read and waiting to be committed), ``result`` (what an ingest did), ``versions`` (a
report version's id and content hash).
"""

__all__ = [
    "admin_names",
    "chunking",
    "clean",
    "docx_text",
    "encoding",
    "file_marks",
    "gazetteer",
    "gazetteer_cache",
    "honour_clauses",
    "learned_from",
    "limits",
    "loaders",
    "meta_eval",
    "meta_parent",
    "meta_prefecture",
    "meta_province",
    "meta_signature",
    "meta_year",
    "meta_zone",
    "metadata",
    "opening_subject",
    "organ_units",
    "own_place",
    "page_chrome",
    "page_header",
    "page_trailer",
    "pdf_pages",
    "pdf_text",
    "pending",
    "pipeline",
    "publisher",
    "region_names",
    "report_reading",
    "report_title",
    "result",
    "self_name",
    "short_self",
    "sidecar",
    "site_banner",
    "site_marks",
    "street_names",
    "term_review",
    "title_lines",
    "unit_evidence",
    "uploads",
    "versions",
    "work_report",
    "workers",
]
