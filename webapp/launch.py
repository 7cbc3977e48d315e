"""Start the web app from settings: the checks, the parts (``library.build``), the page.

``app.py`` and ``reportqa serve`` both call ``serve``; the CLI passes its ``--host`` and
``--port`` in the settings it hands over, never through the environment. The cold start
(``prepare``) is what ``reportqa bench`` times as ``app_cold_start``, hence Gradio's
import through ``webapp.gradio_import``.
"""

from __future__ import annotations

import gc
import logging
import os
import threading

from reportqa.settings import Settings
from webapp.gradio_import import app_made_at_launch, import_gradio

log = logging.getLogger("reportqa.app")


def serve(settings: Settings) -> None:
    blocks, _ = prepare(settings)
    from webapp.ui import launch_kwargs

    blocks.launch(**launch_kwargs(settings))


def prepare(settings: Settings):
    """Everything ``serve`` does before it listens: the library opened from its local copy
    and warmed up while Gradio imports, then the page. By default the library is opened in
    a process of its own (``library_process``), so the two run on two cores; with
    ``app_library_process`` off, on a thread of this process (one core, one process's
    memory). The Chroma client is imported and the library's version checked on a thread
    after that (answers that need the store wait for it). Returns the page and its handlers
    (``reportqa bench`` times this path from a fresh process to the first answer)."""
    # third-party switches, read by gradio / chromadb / huggingface when they load
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from answering.collector import collector_paused

    with collector_paused():  # see _startup_frozen
        blocks, handlers, app = _prepare(settings)
        _startup_frozen()
    if app is not None:  # in one process; a library process checks its own
        app.catalog.check_in_background()
    return blocks, handlers


def _startup_frozen() -> None:
    """Start-up allocates what lives as long as the process: every module, Gradio's
    classes and components, the library's index. The cyclic collector, left on, walks those
    young survivors again and again while they pile up (~480 passes, about a tenth of the
    start-up's CPU, 0.5 s) and frees next to nothing, so it is held off for the whole start
    (``collector_paused``, shared with answers). The warm-up's ``settle`` has collected
    once; what came after it (Gradio's import and the page: ~3 000 objects in cycles of
    ~160 000 at 165 reports) is frozen without another full pass (0.1-0.2 s), as Python's
    ``gc.freeze`` documentation advises for start-up, so no later collection inside an
    answer walks the page or the index again."""
    gc.freeze()


def _prepare(settings: Settings):
    """(page, handlers, the library's parts when they are in this process)."""
    from webapp.serving import serving_warnings

    warnings = serving_warnings(settings)  # refuses unusable auth before anything starts
    for warning in warnings:
        log.warning("%s", warning)
    from webapp.library_process import RemoteLibrary, take_early

    remote = take_early(settings)  # started by the entry point, before its settings
    if settings.app_library_process:
        if remote is None:
            remote = RemoteLibrary(settings)  # opens and warms up while Gradio imports
        handlers, blocks = _page(lambda handlers_of: handlers_of(remote), warnings)
        remote.wait_ready()  # the page needs the library only once it is served
        return blocks, handlers, None
    built: dict = {}

    def load() -> None:  # index and jieba load while Gradio imports
        from library import build

        app = build(settings)
        app.catalog.open_local()
        app.service.warm_up()
        built["app"] = app

    loader = threading.Thread(target=load, name="reportqa-warm-up")
    loader.start()

    def loaded(handlers_of):
        loader.join()
        if "app" not in built:
            raise SystemExit(
                "reportqa: 无法打开索引（原因见上方错误）。请检查 REPORTQA_DATA_DIR，或重新导入报告。"
            )
        return handlers_of(built["app"])

    handlers, blocks = _page(loaded, warnings)
    return blocks, handlers, built["app"]


def _page(make_handlers, warnings: list[str]):
    """Gradio imported and the page built while the library loads elsewhere;
    ``make_handlers(Handlers)`` gives the page's handlers (waiting for the library when
    they need it at once)."""
    import_gradio()
    from webapp.handlers import Handlers
    from webapp.ui import build_blocks

    handlers = make_handlers(Handlers)
    with app_made_at_launch():  # ``serve`` launches it: that makes the app it serves
        blocks = build_blocks(handlers)
        if warnings:
            import gradio as gr

            with blocks:  # appended to the page: every visitor sees it
                gr.Markdown("\n\n".join(f"**{w}**" for w in warnings), elem_id="rq-serving-warning")
    return handlers, blocks
