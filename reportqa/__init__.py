"""reportqa: question answering with verbatim citations over Chinese government reports."""

__version__ = "0.1.0"
