"""Answering: question + history + scope → an answer whose every claim cites a report.

``service.AnswerService`` is the entry point; it looks the question's kind up in ``kinds``
(``which``, ``compare``, ``fact``: one module and one ``answer`` entry point each, quoting
through ``extractive``); ``metadata_qa`` answers from the library's metadata and ``llm``
(with ``support``) writes answers from the same passages, ``followup`` resolves follow-ups, ``places`` handles
places the metadata lacks; ``evaluate``, ``scoring`` and ``calibrate`` measure answers.
"""

__all__ = [
    "absent",
    "calibrate",
    "compare",
    "entities",
    "evaluate",
    "extractive",
    "fact",
    "followup",
    "followup_years",
    "kinds",
    "llm",
    "markers",
    "metadata_qa",
    "places",
    "scoring",
    "sentences",
    "service",
    "support",
    "types",
    "which",
]
