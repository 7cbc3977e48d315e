"""Tests build the library the way users get it: through ``library.build(settings)``.

A test that wires ``AnswerService``, ``HybridRetriever``, ``Catalog`` or ``ChromaStore``
itself tests a wiring no user runs (an LLM client or an embedder the composition root would
not choose, a retriever over another catalog). Components with their own fakes (the lexical
index on tmp_path, the LLM client against the local OpenAI-compatible server) are built
directly; these four are not.
"""

from __future__ import annotations

import ast
from pathlib import Path

WIRED_BY_BUILD = {"AnswerService", "HybridRetriever", "Catalog", "ChromaStore"}
TESTS = Path(__file__).parent


def wired_by_hand(folder: Path) -> list[str]:
    """``file:line Name(`` for every call of a part ``build`` wires, at any depth."""
    wrong = []
    for path in sorted(folder.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in WIRED_BY_BUILD:
                wrong.append(f"{path.name}:{node.lineno} {name}(")
    return wrong


def test_no_test_wires_the_service_by_hand():
    wrong = wired_by_hand(TESTS)
    assert not wrong, "build these through library.build(settings):\n" + "\n".join(wrong)


def test_the_check_finds_hand_wiring_at_any_depth(tmp_path):
    """The checker itself, on made-up test files: a call inside a fixture and one through a
    module attribute are found; a type annotation and a name in a string are not calls."""
    (tmp_path / "test_a.py").write_text(
        "import pytest\n"
        "@pytest.fixture\n"
        "def service(lib):\n"
        "    return AnswerService(lib, search.HybridRetriever(lib))\n",
        encoding="utf-8",
    )
    (tmp_path / "test_b.py").write_text(
        "def f(lib: Catalog) -> None:\n    code = 'ChromaStore(Settings())'\n",
        encoding="utf-8",
    )
    assert wired_by_hand(tmp_path) == [
        "test_a.py:4 AnswerService(",
        "test_a.py:4 HybridRetriever(",
    ]
