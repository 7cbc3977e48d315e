"""Retrieval: the read side. ``catalog.Catalog`` (what the library holds, refreshed when
the store changes), ``query``, ``concept``, ``phrases``, ``question_words``, ``dates`` and
``vocabulary`` (question analysis; ``question_shape``: which-questions without a question
word, ``glosses``: a question's gloss of its term, ``doubled``: 学法学习 read as either word,
``actors``: 干部/公职人员 are no need, ``abbreviations``: 反诈 ~ 防范电信网络诈骗,
``quoted_terms``: 八五普法 spelled 「“八五”普法」, ``filler_objects``: 办了几件业务 asks no 业务,
``colloquial``: 砍掉 ~ 取消 read from ``colloquial.txt`` beside ``synonyms.txt``, ``conditions``: a role held or a count stated in a
which-question, ``bodies``: the rule-of-law body by any township remit, ``visits``: 下村/上门 are
light, ``conjunction``: 既…又 asks every part, ``office_titles``: 一把手 ~ 主要负责人,
``law_exams``: 学法考试 ~ 法律知识考试, ``legal_spellings``: 法制宣传 ~ 法治宣传, ``supervision``: 人大…的监督,
``honours``: 拿到全国…示范称号, ``phrase_concepts``: those finders as one list, ``spoken``: 组织学了 /
百分百 / 审一审 as spoken, ``own_words``: 决策前 no report writes), ``grounding`` (question words against the library), ``evidence``
(sentence-level support; ``anchors``: fixed terms, ``coded_names``: 四议两公开 jieba cuts,
``coordination``: one head for a list, ``passages``: quotable sentences),
``carrier`` (does a sentence hold the asked count, ``counts_near``: near the thing counted; ``counters``: 份 answered by 件,
``scores``: 91.5分 not 满分100分, ``numerals``: 10 790件 read whole; ``verb_copy``: 学法学了几次),
``search.HybridRetriever`` (BM25 + dense fused by ``fusion.rrf``, per-report fan-out judged by ``judging``;
``fanout_sentences``: a chunk's candidate sentences in one pass, ``bounds``: a sentence's
upper bound with its tables made once per ask),
``langchain_adapter``.
Reads through the ports; never imports ``ingest``.
"""

__all__ = [
    "abbreviations",
    "actors",
    "anchors",
    "bodies",
    "bounds",
    "carrier",
    "catalog",
    "coded_names",
    "colloquial",
    "compounds",
    "concept",
    "conditions",
    "conjunction",
    "coordination",
    "counters",
    "counts_near",
    "dates",
    "doubled",
    "evidence",
    "fanout_sentences",
    "filler_objects",
    "filters",
    "fusion",
    "glosses",
    "grounding",
    "honours",
    "judging",
    "langchain_adapter",
    "law_exams",
    "legal_spellings",
    "level_words",
    "measures",
    "numerals",
    "office_titles",
    "own_words",
    "passages",
    "phrase_concepts",
    "phrases",
    "query",
    "question_scope",
    "question_shape",
    "question_words",
    "quoted_terms",
    "scope",
    "scores",
    "search",
    "split_words",
    "spoken",
    "supervision",
    "verb_copy",
    "visits",
    "vocabulary",
]
