"""Composition root: settings → core service → Gradio Blocks → launch."""

from __future__ import annotations

import logging
import os
import threading

log = logging.getLogger("reportqa.app")


def main() -> None:
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from answering.cli import build_service
    from reportqa.serving import serving_warnings
    from reportqa.settings import Settings

    settings = Settings()
    warnings = serving_warnings(settings)  # refuses unusable auth before anything starts
    for warning in warnings:
        log.warning("%s", warning)
    built: dict = {}

    def build() -> None:  # index and jieba load while Gradio imports
        built["service"] = build_service(settings)
        built["service"].warm_up()

    loader = threading.Thread(target=build, name="reportqa-warm-up")
    loader.start()
    from webapp.handlers import Handlers
    from webapp.ui import build_blocks, launch_kwargs

    loader.join()
    if "service" not in built:
        raise SystemExit("reportqa: the index could not be opened (see the error above)")
    blocks = build_blocks(Handlers(built["service"]))
    if warnings:
        import gradio as gr

        with blocks:  # appended to the page: every visitor sees it
            gr.Markdown("\n\n".join(f"**{w}**" for w in warnings), elem_id="rq-serving-warning")
    blocks.launch(**launch_kwargs(settings))


if __name__ == "__main__":
    from reportqa.errors import ReportQAError

    try:
        main()
    except ReportQAError as exc:  # a setting that cannot work: one line, not a traceback
        raise SystemExit(f"reportqa: {exc}") from None
