"""One typed settings object, loaded once at the edge and passed down by constructor.

Nothing in the library reads the environment itself: tests build a Settings with a tmp
data dir, the CLI and app build one from ``REPORTQA_*`` variables.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="REPORTQA_", extra="ignore")

    data_dir: Path = Field(default=Path("data"), description="All index files live here.")
    corpus_dir: Path = Field(default=REPO_ROOT / "corpus", description="Bundled reports.")
    prompts_dir: Path = REPO_ROOT / "prompts"
    synonyms_file: Path = REPO_ROOT / "retrieval" / "synonyms.txt"
    colloquial_file: Path = REPO_ROOT / "retrieval" / "colloquial.txt"  # 砍掉 ~ 取消
    categories_file: Path = REPO_ROOT / "retrieval" / "categories.txt"  # 依法决策 ⊃ 三重一大
    domain_terms_file: Path = REPO_ROOT / "ingest" / "domain_terms.txt"

    # Embeddings: empty model means the offline hashing embedder (no weights, no download).
    embedding_model: str = ""
    embedding_device: str = "cpu"
    embedding_batch_size: int = 32
    hashing_dim: int = 256

    # Chroma: empty url means an embedded persistent client under data_dir.
    chroma_url: str = ""
    chroma_host: str = ""
    chroma_port: int = 8000
    collection_prefix: str = "reportqa"
    # Chroma's HNSW graph, fixed when a collection is created. Empty = 8 / 32 with the
    # embedded store, whose whole-library dense search is exact over the local vector file
    # (the graph answers no query: a sparse one halves the write), and Chroma's own 16 / 100
    # with a server, which answers from the graph (docs/benchmarks.md, round 5).
    hnsw_max_neighbors: int | None = None
    hnsw_ef_construction: int | None = None

    # Chunking bounds in characters.
    chunk_max_chars: int = 600
    chunk_min_chars: int = 80

    # Retrieval.
    top_k: int = 6
    rrf_k: int = 60
    bm25_weight: float = 1.0
    dense_weight: float = 0.5
    per_report_passages: int = 2
    refresh_seconds: float = Field(
        default=2.0, description="How often to look for changes made by other processes."
    )

    # Optional LLM answers through an OpenAI-compatible endpoint.
    llm_base_url: str = ""
    llm_model: str = ""
    llm_api_key: SecretStr = SecretStr("")
    llm_timeout: float = Field(default=60.0, description="Seconds for a whole LLM answer.")
    llm_max_concurrent: int = Field(default=4, description="LLM requests at once per process.")
    llm_temperature: float = 0.0

    # Ingest.
    ingest_workers: int = 2
    ingest_batch_chunks: int = Field(
        default=4000, description="Chunks per Chroma write; each batch commits its reports."
    )
    ingest_lock_wait_seconds: float = Field(
        default=30.0, description="How long an ingest waits for another one before giving up."
    )
    max_file_mb: float = 20.0
    max_unpacked_mb: float = Field(
        default=50.0, description="A .docx may decompress to at most this (bombs: 2 MB → 400 MB)."
    )
    test_crash_at: str = Field(
        default="",
        description="Test hook only (reportqa/faults.py): '<point>[:<n>]' SIGKILLs the ingest "
        "there, 'hold:<point>[:<n>]' stops it there. Empty in real use.",
    )
    max_pdf_pages: int = 2000
    max_text_mb: float = Field(default=20.0, description="Text extracted from one .docx/.pdf.")

    # App.
    host: str = "127.0.0.1"
    port: int = 7860
    auth_user: str = ""
    auth_password: SecretStr = SecretStr("")
    max_upload_mb: float = 20.0
    temp_files_max_age_seconds: int = Field(
        default=3600,
        description="Uploads and exports in Gradio's temporary folder are deleted after this.",
    )
    app_library_process: bool = Field(
        default_factory=lambda: (os.cpu_count() or 1) > 1,
        description="The web app opens the library in a process of its own, so it loads on a "
        "second core while Gradio starts (the default with two or more cores); false keeps it "
        "in the app's process: one interpreter less (~60 MB, ~0.3 s CPU) where one core is all.",
    )

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_base_url and self.llm_model)

    @property
    def chroma_server(self) -> tuple[str, int] | None:
        """(host, port) when Chroma runs as a separate server, else None (embedded)."""
        if self.chroma_url:
            from urllib.parse import urlparse

            parsed = urlparse(self.chroma_url)
            return parsed.hostname or "127.0.0.1", parsed.port or self.chroma_port
        if self.chroma_host:
            return self.chroma_host, self.chroma_port
        return None
