"""Retrieval: the read side. ``catalog.Catalog`` (what the library holds, refreshed when
the store changes), ``query``, ``question_words``, ``dates`` and ``vocabulary`` (question
analysis), ``grounding`` (question words against the library), ``evidence`` (sentence-level
support; ``anchors``: fixed terms, ``passages``: quotable sentences), ``carrier`` (does a
sentence hold the asked count), ``search.HybridRetriever`` (BM25 + dense fused by
``fusion.rrf``, per-report fan-out judged by ``judging``), ``langchain_adapter``.
Reads through the ports; never imports ``ingest``.
"""

__all__ = [
    "anchors",
    "carrier",
    "catalog",
    "compounds",
    "dates",
    "evidence",
    "filters",
    "fusion",
    "grounding",
    "judging",
    "langchain_adapter",
    "measures",
    "passages",
    "query",
    "question_scope",
    "question_words",
    "scope",
    "search",
    "split_words",
    "vocabulary",
]
