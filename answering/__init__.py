"""Answering: question + history + scope → an answer whose every claim cites a report.

``service.AnswerService`` is the entry point; ``extractive``, ``metadata_qa`` and ``llm``
(with ``support``) compose answers, ``followup`` resolves follow-ups, ``places`` handles
places the metadata lacks; ``evaluate``, ``scoring`` and ``calibrate`` measure answers.
"""

__all__ = [
    "absent",
    "calibrate",
    "evaluate",
    "extractive",
    "followup",
    "followup_years",
    "llm",
    "markers",
    "metadata_qa",
    "places",
    "scoring",
    "sentences",
    "service",
    "support",
    "types",
]
