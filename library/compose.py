"""The one composition root: settings in, the application's parts out.

``app.py``, every CLI command, the bench and the tests build through ``build``; nothing else
chooses adapters or reads the environment (settings are passed in). The store, embedder and
indexes open here; the retriever, the answer service and the LLM client are made on first
use, so ``reportqa reports`` never loads what only answering needs.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from library.reading import Reading
from library.shelf import Shelf
from reportqa.settings import Settings
from reportqa.text import read_terms
from retrieval.catalog import Catalog
from retrieval.chunk_facts import ChunkFacts
from stores.chroma import ChromaStore
from stores.embedders import build_embedder
from stores.folder_swap import fresh_folder, swap_in
from stores.lexical import LexicalIndex, TokenCache
from stores.snapshot import ChunkSnapshot
from stores.store_seen import StoreSeen
from stores.vector_cache import VectorFile

if TYPE_CHECKING:  # imported on first use: ``reportqa ingest`` loads no answering code
    from answering.service import AnswerService
    from retrieval.search import HybridRetriever


class App:
    """The parts, wired: ``shelf`` (add / remove / correct / list) and ``reading`` (ask,
    open a report, status) are the use cases the edges call; ``catalog`` (read side),
    ``retriever`` and ``service`` (answers) are what they are built from."""

    def __init__(self, settings: Settings, catalog: Catalog) -> None:
        self.settings = settings
        self.catalog = catalog
        self.shelf = Shelf(settings, catalog)
        self.reading = Reading(catalog, lambda: self.service)

    @cached_property
    def retriever(self) -> HybridRetriever:
        from ingest.gazetteer import counties
        from retrieval.search import HybridRetriever

        return HybridRetriever(self.catalog, counties)  # 广西 ⊃ 西林县 (region_members)

    @cached_property
    def service(self) -> AnswerService:
        from answering.service import AnswerService

        llm = None
        if self.settings.llm_enabled:
            from answering.llm import ChatLLM

            llm = ChatLLM(self.settings)
        service = AnswerService(self.catalog, self.retriever, llm)
        from library.warm import load_process_tables

        load_process_tables()  # at opening, not in the first answer (``library.warm``)
        return service


def build(settings: Settings) -> App:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    embedder = build_embedder(settings)
    lexical = LexicalIndex(settings.index_dir / "bm25")
    lexical.facts = ChunkFacts(
        settings.index_dir / "bm25_facts", fresh_folder, swap_in
    )  # (``retrieval.chunk_facts``)
    catalog = Catalog(
        settings,
        ChromaStore(settings, embedder.name),
        embedder,
        lexical,
        TokenCache(settings.index_dir / "tokens"),
        ChunkSnapshot(settings.index_dir / "chunks.pkl"),
        VectorFile(settings.index_dir / "vectors"),
        read_terms(settings.domain_terms_file),
        # a server's other clients write where no file here shows it
        None
        if settings.chroma_server
        else StoreSeen(
            settings.index_dir / "store_seen.json", settings.chroma_dir / "chroma.sqlite3"
        ),
    )
    return App(settings, catalog)
