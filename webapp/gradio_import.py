"""Gradio for the app's cold start, without work an installed Gradio does on every start that
no served page uses: the page and every component are built exactly as before, and nothing
else of Gradio is changed. ``import_gradio`` skips two pieces of ``import gradio``;
``app_made_at_launch`` the web apps a page's build makes before ``launch`` makes its own.

- **Type stubs.** Gradio's component metaclass calls ``create_or_modify_pyi`` for every
  component class it defines — 81 of them on ``import gradio`` (6.x): it reads the class's
  source file, parses it with ``ast`` and rewrites the ``.pyi`` stub beside it when its text
  differs. That keeps stubs current in a Gradio checkout; an installed Gradio ships its
  stubs, so for an app it is pure start-up cost: half of ``import gradio`` (1.5 s of 3.4 s
  measured at load 5 on two cores). It is turned off (for good: it only writes files).
- **Event docstrings.** The same metaclass gives each component's event listeners (``click``,
  ``change``… 216 of them on import) a docstring naming the component, by compiling the
  listener's docstring as a Jinja template (``EventListener.set_doc``): 216 template
  compilations (lexer, parser, Python code generation, ``compile``) of a few dozen
  distinct texts, ~15 % of the import's CPU in a profile. During the import each distinct
  text is compiled once and rendered per component (``_TemplateOnce``): the docstrings are
  character for character what Gradio writes. Afterwards ``gradio.events`` gets Jinja's own
  ``Template`` back.
"""

from __future__ import annotations

import functools
import importlib.abc
import importlib.machinery
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

log = logging.getLogger(__name__)

_META = "gradio.component_meta"
_EVENTS = "gradio.events"


class _QuickImport(importlib.abc.MetaPathFinder):
    """Finds ``gradio.component_meta`` and ``gradio.events`` as usual and, once each has
    run, swaps the one name in it before the first component class is defined."""

    def __init__(self) -> None:
        self.events: ModuleType | None = None
        self.template = None  # Jinja's own, to give back

    def find_spec(self, name, path, target=None):
        if name not in (_META, _EVENTS):
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        run = spec.loader.exec_module
        patch = self._no_stubs if name == _META else self._templates_once

        def exec_module(module: ModuleType) -> None:
            run(module)
            patch(module)

        spec.loader.exec_module = exec_module
        return spec

    @staticmethod
    def _no_stubs(module: ModuleType) -> None:
        if hasattr(module, "create_or_modify_pyi"):
            module.create_or_modify_pyi = _no_stubs
        else:  # a Gradio that no longer has it: nothing to skip
            log.debug("gradio.component_meta has no create_or_modify_pyi")

    def _templates_once(self, module: ModuleType) -> None:
        template = getattr(module, "Template", None)
        if template is None:  # a Gradio that renders its docs otherwise: nothing to cache
            log.debug("gradio.events has no Template")
            return
        self.events, self.template = module, template
        module.Template = _TemplateOnce(template)

    def restore(self) -> None:
        if self.events is not None and isinstance(self.events.Template, _TemplateOnce):
            self.events.Template = self.template


class _TemplateOnce:
    """``jinja2.Template(source)`` compiled once per distinct source: a compiled template
    renders any number of times, each time from its arguments alone."""

    def __init__(self, template) -> None:
        self.compile = functools.lru_cache(maxsize=None)(template)

    def __call__(self, source: str):
        return self.compile(source)


def _no_stubs(*_args, **_kwargs) -> None:
    return None


def import_gradio() -> ModuleType:
    """``import gradio``, without the stub rewriting and with each event docstring template
    compiled once, when Gradio is not imported yet."""
    if "gradio" not in sys.modules:
        finder = _QuickImport()
        sys.meta_path.insert(0, finder)
        try:
            import gradio
        finally:
            if finder in sys.meta_path:
                sys.meta_path.remove(finder)
            finder.restore()
    import gradio

    return gradio


@contextmanager
def app_made_at_launch() -> Iterator[None]:
    """Build a page without the FastAPI apps Gradio makes and throws away before launch.

    Gradio (6.x) makes the page's web app — FastAPI with ~80 routes, each analysed into
    pydantic models — when a ``Blocks`` closes (``__exit__``) and again on ``queue()``;
    ``launch()`` then makes it once more and serves only that one. The first two are never
    served: about half of the page's build (0.3-0.5 s of CPU at load 15-20). Inside this
    block they are not made (the page's ``app`` stays ``None`` until ``launch`` makes the
    one it serves); components, events, the queue's settings and the page's config are
    built exactly as before. Not for a page used without ``launch`` through its ``app``."""
    from gradio.routes import App

    made = App.__dict__["create_app"]
    App.create_app = staticmethod(_app_at_launch)
    try:
        yield
    finally:
        App.create_app = made


def _app_at_launch(*_args, **_kwargs) -> None:
    return None
