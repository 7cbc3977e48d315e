"""`make install` compiles the packages it names once; a package added to pyproject.toml but
not to the Makefile would quietly be compiled again by every process (see the Makefile)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_install_compiles_every_package_pyproject_installs():
    packages = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["packages"]
    line = re.search(r"^PACKAGES := (.+)$", (ROOT / "Makefile").read_text(), re.M)
    assert line is not None
    assert sorted(line.group(1).split()) == sorted(packages)
