"""Start the web app from settings: the checks, the parts (``library.build``), the page.

``app.py`` and ``reportqa serve`` both call ``serve``; the CLI passes its ``--host`` and
``--port`` in the settings it hands over, never through the environment. The cold start
(``prepare``) is what ``reportqa bench`` times as ``app_cold_start``, hence Gradio's own
import here (``import_gradio``).
"""

from __future__ import annotations

import gc
import importlib.abc
import importlib.machinery
import logging
import os
import sys
import threading
from types import ModuleType

from reportqa.settings import Settings

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
    blocks = build_blocks(handlers)
    if warnings:
        import gradio as gr

        with blocks:  # appended to the page: every visitor sees it
            gr.Markdown("\n\n".join(f"**{w}**" for w in warnings), elem_id="rq-serving-warning")
    return handlers, blocks


# ---- importing Gradio --------------------------------------------------------------
# Gradio's component metaclass calls ``create_or_modify_pyi`` for every component class it
# defines — 81 of them on ``import gradio`` (6.x): it reads the class's source file, parses
# it with ``ast`` and rewrites the ``.pyi`` stub beside it when its text differs. That keeps
# stubs current in a Gradio checkout; an installed Gradio ships its stubs, so for an app it
# is pure start-up cost: half of ``import gradio`` (1.5 s of 3.4 s measured at load 5 on
# two cores). ``import_gradio`` turns only that function off, for the one import, and
# touches nothing else: components, events and the page are built exactly as before.

_META = "gradio.component_meta"


class _SkipStubs(importlib.abc.MetaPathFinder):
    """Finds ``gradio.component_meta`` as usual and, once it has run, replaces its stub
    writer before the first component class is defined."""

    def find_spec(self, name, path, target=None):
        if name != _META:
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        run = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            run(module)
            if hasattr(module, "create_or_modify_pyi"):
                module.create_or_modify_pyi = _no_stubs
            else:  # a Gradio that no longer has it: nothing to skip
                log.debug("gradio.component_meta has no create_or_modify_pyi")

        spec.loader.exec_module = exec_module
        return spec


def _no_stubs(*_args, **_kwargs) -> None:
    return None


def import_gradio() -> ModuleType:
    """``import gradio``, without the stub rewriting when Gradio is not imported yet."""
    if "gradio" not in sys.modules:
        finder = _SkipStubs()
        sys.meta_path.insert(0, finder)
        try:
            import gradio
        finally:
            if finder in sys.meta_path:
                sys.meta_path.remove(finder)
    import gradio

    return gradio
