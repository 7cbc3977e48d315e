"""Retrieval: the read side. ``catalog.Catalog`` (what the library holds, refreshed when
the store changes), ``query``, ``concept``, ``phrases``, ``question_words``, ``dates`` and
``vocabulary`` (question analysis; ``question_shape``: which-questions without a question
word, ``glosses``: a question's gloss of its term, ``doubled``: 学法学习 read as either word,
``actors``: 干部/公职人员 are no need, ``abbreviations``: 反诈 ~ 防范电信网络诈骗,
``quoted_terms``: 八五普法 spelled 「“八五”普法」, ``conditions``: a role held or a count stated in a
which-question), ``grounding`` (question words against the library), ``evidence``
(sentence-level support; ``anchors``: fixed terms, ``passages``: quotable sentences),
``carrier`` (does a sentence hold the asked count; ``counters``: 份 answered by 件),
``search.HybridRetriever`` (BM25 + dense fused by ``fusion.rrf``, per-report fan-out judged by ``judging``;
``fanout_sentences``: a chunk's candidate sentences in one pass),
``langchain_adapter``.
Reads through the ports; never imports ``ingest``.
"""

__all__ = [
    "abbreviations",
    "actors",
    "anchors",
    "carrier",
    "catalog",
    "compounds",
    "concept",
    "conditions",
    "counters",
    "dates",
    "doubled",
    "evidence",
    "fanout_sentences",
    "filters",
    "fusion",
    "glosses",
    "grounding",
    "judging",
    "langchain_adapter",
    "measures",
    "passages",
    "phrases",
    "query",
    "question_scope",
    "question_shape",
    "question_words",
    "quoted_terms",
    "scope",
    "search",
    "split_words",
    "vocabulary",
]
