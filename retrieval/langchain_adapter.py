"""LangChain ``BaseRetriever`` over our hybrid search, so the index plugs into LangChain
chains. LangChain ``Document`` objects exist only here; the core keeps its own types."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from reportqa.types import Hit
from retrieval.search import Filters, HybridRetriever


def hit_to_document(hit: Hit) -> Document:
    c = hit.chunk
    return Document(
        page_content=c.text,
        id=c.id,
        metadata={
            "report_id": c.report_id,
            "source": c.info.source,
            "title": c.info.title,
            "township": c.info.township,
            "county": c.info.county,
            "year": c.info.year,
            "section": c.section,
            "start": c.start,
            "end": c.end,
            "score": hit.score,
        },
    )


class ReportRetriever(BaseRetriever):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    retriever: Any  # HybridRetriever (Any keeps pydantic from inspecting it)
    k: int = 6
    filters: Filters | None = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        search: HybridRetriever = self.retriever
        analysis = search.analyze(query)
        filters = (self.filters or Filters()).merged(
            Filters(analysis.townships, analysis.counties, analysis.years)
        )
        return [hit_to_document(h) for h in search.search(query, self.k, filters, analysis)]
