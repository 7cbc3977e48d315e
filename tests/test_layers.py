"""The house plan holds: no import runs from a lower floor to a higher one.

Floors, lowest first: the kernel ``reportqa`` (types, settings, errors, text, ports) < the
adapters ``stores`` (Chroma, BM25, embedders) < ``ingest`` and ``retrieval`` (side by side:
neither imports the other) < ``answering`` < the use cases ``library`` < the edges
``export``, ``webapp``, ``cli``, ``bench`` < ``app.py``. Every import counts, at any depth
(an import inside a function is still an arrow), so the test reads the source with ``ast``.
"""

from __future__ import annotations

import ast
from pathlib import Path

from reportqa.settings import REPO_ROOT

FLOORS = {
    "reportqa": 0,
    "stores": 1,
    "ingest": 2,
    "retrieval": 2,
    "answering": 3,
    "library": 4,
    "export": 5,
    "webapp": 5,
    "cli": 5,
    "bench": 5,
    "app": 6,
}
# on one floor, but never importing each other
APART = {frozenset({"ingest", "retrieval"})}
# the adapters are named only where they are chosen: the rest works through the ports
ADAPTERS_CHOSEN_IN = {"stores", "library/compose.py"}


def _project_files(root: Path) -> list[Path]:
    out = [root / "app.py"] if (root / "app.py").exists() else []
    for package in FLOORS:
        if (root / package).is_dir():
            out.extend(sorted((root / package).rglob("*.py")))
    return out


def _imported(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, top-level name) of every absolute import in the module, at any depth."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.extend((node.lineno, a.name.split(".")[0]) for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            out.append((node.lineno, node.module.split(".")[0]))
    return out


def arrows_against_the_plan(root: Path = REPO_ROOT) -> list[str]:
    wrong = []
    for path in _project_files(root):
        rel = path.relative_to(root)
        here = rel.parts[0].removesuffix(".py")
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(rel))
        for line, name in _imported(tree):
            if name not in FLOORS or name == here:
                continue
            upward = FLOORS[name] > FLOORS[here]
            adapter = name == "stores" and not ({here, rel.as_posix()} & ADAPTERS_CHOSEN_IN)
            if upward or adapter or frozenset({name, here}) in APART:
                wrong.append(f"{rel}:{line} {here} → {name}")
    return wrong


def test_no_import_runs_up_the_floors():
    wrong = arrows_against_the_plan()
    assert not wrong, "imports against the house plan:\n" + "\n".join(wrong)


def test_the_checker_finds_upward_and_sideways_arrows_at_any_depth(tmp_path):
    """The checker itself, on a made-up tree: the kernel reaching up from inside a
    function, ingest importing retrieval, and two allowed arrows it must let pass."""
    files = {
        "reportqa/kernel.py": "def f():\n    if True:\n        from library import build\n",
        "ingest/step.py": "import retrieval.search\nfrom reportqa.types import Chunk\n",
        "cli/cmd.py": "from library import build\nimport json\n",
    }
    for rel, source in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(source, encoding="utf-8")
    assert arrows_against_the_plan(tmp_path) == [
        "reportqa/kernel.py:3 reportqa → library",
        "ingest/step.py:1 ingest → retrieval",
    ]


def _public_names(root: Path, package: str) -> set[str]:
    tree = ast.parse((root / package / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            return set(ast.literal_eval(node.value))
    return set()


def used_but_not_public(root: Path = REPO_ROOT) -> list[str]:
    """Modules one package imports from another that the other's ``__all__`` does not
    name: a package's ``__all__`` states its public surface, so it must cover every
    module used from outside (names of a package whose ``__all__`` lists objects, like
    ``library``, are read from its ``__init__``)."""
    wrong = []
    for path in _project_files(root):
        rel = path.relative_to(root)
        here = rel.parts[0].removesuffix(".py")
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(rel))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                parts = node.module.split(".")
            elif isinstance(node, ast.Import):
                parts = node.names[0].name.split(".")
            else:
                continue
            if parts[0] not in FLOORS or parts[0] in (here, "app") or len(parts) < 2:
                continue
            if parts[1] not in _public_names(root, parts[0]):
                wrong.append(f"{rel}:{node.lineno} uses {'.'.join(parts[:2])}")
    return wrong


def test_every_module_used_across_packages_is_in_its_packages_all():
    wrong = used_but_not_public()
    assert not wrong, "used from outside but missing from __all__:\n" + "\n".join(wrong)
