"""Shared fixtures: every test gets its own data dir; the seed corpus is the real one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reportqa.settings import REPO_ROOT, Settings

CORPUS = REPO_ROOT / "corpus"
SHARED_SZ = REPO_ROOT.parent / "shared" / "corpus-sz"
SEEDS = {
    "000_a56d498a3fc7f791.txt": ("辛集乡", "鲁山县", 2023),
    "001_c3b9c402b1e66bfa.txt": ("荆竹铺镇", "武冈市", 2023),
    "002_30bf7c57dd8ee9d1.txt": ("峡口镇", "南岸区", 2023),
    "003_fb4fb1fb4ee4856e.txt": ("左岚乡", "城口县", 2024),
    "004_43a8054b3d808e27.txt": ("云乐镇", "旌德县", 2023),
}


def big_corpus(folder: Path, extra: int, sz: Path = SHARED_SZ) -> Path:
    """The seeds plus ``extra`` real reports of other shapes from corpus-sz; where that is
    absent (a fresh checkout), ``extra`` distinct long reports made of the seeds (all five
    in turn, as long as a corpus-sz report), so a test that needs a corpus past the ingest
    pool's size threshold gets one either way."""
    shutil.copytree(CORPUS, folder)
    real = sorted(sz.glob("*.txt"))[:extra] if sz.exists() else []
    for f in real:
        shutil.copy(f, folder / f.name)
    seeds = [f.read_text(encoding="utf-8") for f in sorted(CORPUS.glob("*.txt"))]
    for i in range(extra - len(real)):
        turn = seeds[i % len(seeds) :] + seeds[: i % len(seeds)]
        text = "\n".join(turn) + f"\n附：第{i}份副本。\n"
        (folder / f"copy-{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path, monkeypatch):
    """No test reads the developer's REPORTQA_* settings or writes outside tmp."""
    import os

    for key in list(os.environ):
        if key.startswith("REPORTQA_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    """A writable copy of the seed reports (tests edit, add and delete files in it)."""
    dst = tmp_path / "corpus"
    shutil.copytree(CORPUS, dst)
    return dst


@pytest.fixture(scope="session")
def seed_app(tmp_path_factory):
    """One ingested library over the seeds, shared read-only by answer tests."""
    from library import build

    data = tmp_path_factory.mktemp("seedlib")
    app = build(Settings(data_dir=data / "data"))
    app.shelf.add([CORPUS])
    return app


@pytest.fixture
def seed_app_with(seed_app):
    """The seed library opened again through ``build`` with other settings, as a user's
    restart with, say, ``REPORTQA_LLM_BASE_URL`` set would open it; read-only."""
    from library import build

    def open_with(**overrides):
        return build(Settings(data_dir=seed_app.settings.data_dir, **overrides))

    return open_with


@pytest.fixture
def seed_cli(seed_app, monkeypatch) -> Path:
    """The CLI (``cli.main.main``) pointed at the session seed library, for commands that
    only read it (``ask``, ``eval``, ``reports``); returns its data dir."""
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(seed_app.settings.data_dir))
    return seed_app.settings.data_dir


@pytest.fixture(scope="session")
def seed_library(seed_app):
    """The seed library's catalog (what retrieval reads)."""
    return seed_app.catalog


@pytest.fixture(scope="session")
def tok():
    """One jieba tokenizer for every unit test: loading its dictionary is the slow part, and
    it holds no state a test could change."""
    from reportqa.text import Tokenizer

    return Tokenizer()


@pytest.fixture(scope="session")
def tagged():
    """The library's tagger: jieba's dictionary plus the domain terms, as retrieval uses it
    (the probe modules that read words as the analyzer does share it)."""
    from reportqa.text import Tokenizer, read_terms

    return Tokenizer(read_terms(Settings().domain_terms_file)).tagged


@pytest.fixture(scope="session")
def analyzer(tok):
    """The question analyzer with the shipped synonym list, as the product builds it: the
    question-reading tests check that list's lines too. A module that means other synonyms
    defines its own ``analyzer``."""
    from retrieval.query import QuestionAnalyzer
    from retrieval.synonym_file import read_synonyms

    return QuestionAnalyzer(tok, read_synonyms(Settings().synonyms_file))
