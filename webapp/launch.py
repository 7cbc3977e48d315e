"""Start the web app from settings: the checks, the parts (``library.build``), the page.

``app.py`` and ``reportqa serve`` both call ``serve``; the CLI passes its ``--host`` and
``--port`` in the settings it hands over, never through the environment.
"""

from __future__ import annotations

import logging
import os
import threading

from reportqa.settings import Settings

log = logging.getLogger("reportqa.app")


def serve(settings: Settings) -> None:
    blocks, _ = prepare(settings)
    from webapp.ui import launch_kwargs

    blocks.launch(**launch_kwargs(settings))


def prepare(settings: Settings):
    """Everything ``serve`` does before it listens: the library opened from its local copy
    and warmed up while Gradio imports, then the page; the Chroma client is imported and
    the library's version checked on a thread after that (answers that need the store wait
    for it). Returns the page and its handlers (``reportqa bench`` times this path from a
    fresh process to the first answer)."""
    # third-party switches, read by gradio / chromadb / huggingface when they load
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from library import build
    from webapp.serving import serving_warnings

    warnings = serving_warnings(settings)  # refuses unusable auth before anything starts
    for warning in warnings:
        log.warning("%s", warning)
    built: dict = {}

    def load() -> None:  # index and jieba load while Gradio imports
        app = build(settings)
        app.catalog.open_local()
        app.service.warm_up()
        built["app"] = app

    loader = threading.Thread(target=load, name="reportqa-warm-up")
    loader.start()
    from webapp.gradio_import import import_gradio

    import_gradio()
    from webapp.handlers import Handlers
    from webapp.ui import build_blocks

    loader.join()
    if "app" not in built:
        raise SystemExit(
            "reportqa: 无法打开索引（原因见上方错误）。请检查 REPORTQA_DATA_DIR，或重新导入报告。"
        )
    handlers = Handlers(built["app"])
    blocks = build_blocks(handlers)
    if warnings:
        import gradio as gr

        with blocks:  # appended to the page: every visitor sees it
            gr.Markdown("\n\n".join(f"**{w}**" for w in warnings), elem_id="rq-serving-warning")
    built["app"].catalog.check_in_background()
    return blocks, handlers
