"""User-facing errors. Library code raises these; only the CLI and the app turn them into
messages (exit codes, ``gr.Error``), so the core never knows how it is being shown."""

from __future__ import annotations


class ReportQAError(Exception):
    """Base of every error a user should see as a plain message."""


class IngestError(ReportQAError):
    """A file could not be read as a report (the batch goes on without it)."""


class QuestionError(ReportQAError):
    """The question cannot be answered as asked (empty, too long, unknown township…)."""


class IndexBusyError(ReportQAError):
    """Another process holds the index lock."""


class ConfigError(ReportQAError):
    """A setting points at something unusable (model path, endpoint, server)."""


class LLMError(ReportQAError):
    """The configured chat endpoint failed or timed out."""
