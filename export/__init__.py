"""Export: answers written as Markdown, DOCX, JSON or CSV (``writers.export_answers``)."""

__all__ = ["writers"]
