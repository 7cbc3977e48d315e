"""Each package's ``__all__`` lists its modules, so ``from package import *`` and readers of
``__init__`` see every part (review finding 20: a round's new modules were left out).
``export`` and ``bench`` name their entry modules only, as their docstrings say."""

from __future__ import annotations

import ast
import importlib

from reportqa.settings import REPO_ROOT

LISTING = ("reportqa", "stores", "ingest", "retrieval", "answering", "webapp", "cli")


def _declared(package: str) -> set[str]:
    tree = ast.parse((REPO_ROOT / package / "__init__.py").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            getattr(t, "id", "") == "__all__" for t in node.targets
        ):
            return set(ast.literal_eval(node.value))
    return set()


def test_every_module_is_in_its_packages_all():
    for package in LISTING:
        modules = {
            p.stem
            for p in (REPO_ROOT / package).glob("*.py")
            if not p.stem.startswith("_") and p.stem != "__main__"
        }
        assert _declared(package) == modules, package


def test_every_name_in_all_imports():
    for package in LISTING:
        for name in sorted(_declared(package)):
            importlib.import_module(f"{package}.{name}")
