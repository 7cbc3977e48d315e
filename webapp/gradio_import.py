"""Import Gradio without regenerating its type stubs.

Gradio's component metaclass calls ``create_or_modify_pyi`` for every component class it
defines — 81 of them on ``import gradio`` (6.x): it reads the class's source file, parses
it with ``ast`` and rewrites the ``.pyi`` stub beside it when its text differs. That keeps
stubs current in a Gradio checkout; an installed Gradio ships its stubs, so for an app it
is pure start-up cost: half of ``import gradio`` (1.5 s of 3.4 s measured at load 5 on two
cores). ``import_gradio`` turns only that function off, for the one import, and touches
nothing else: components, events and the page are built exactly as before.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import logging
import sys
from types import ModuleType

log = logging.getLogger(__name__)

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
