"""The web app's entry point: ``python app.py`` (settings from the environment, prefix
REPORTQA_). The parts are wired by ``library.build``; the page by ``webapp``."""

from __future__ import annotations


def main() -> None:
    from webapp.library_process import start_early

    start_early()  # the library's process imports while this one imports its settings
    from reportqa.settings import Settings
    from webapp.launch import serve

    serve(Settings())


if __name__ == "__main__":
    from reportqa.errors import ReportQAError

    try:
        main()
    except ReportQAError as exc:  # a setting that cannot work: one line, not a traceback
        raise SystemExit(f"reportqa: {exc}") from None
