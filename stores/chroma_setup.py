"""How the Chroma store connects and what its collections are made with: the client
(embedded or a server), the HNSW settings, the schema and the chunk format it reads. Kept
apart from ``chroma.py``, which is about what the store asks Chroma."""

from __future__ import annotations

import logging

from reportqa.errors import ConfigError
from reportqa.settings import Settings

log = logging.getLogger(__name__)


def client_for(settings: Settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    server = settings.chroma_server
    if server:
        host, port = server
        try:
            return chromadb.HttpClient(host=host, port=port, settings=chroma_settings)
        except Exception as exc:
            raise ConfigError(f"无法连接 Chroma 服务器 {host}:{port}: {exc}") from exc
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)


def hnsw_config(settings: Settings) -> dict[str, int]:
    """HNSW settings for new collections. The embedded store's graph decides no answer (the
    catalog searches the local vector file exactly), so it is built sparse: half the write
    time of Chroma's defaults (16 neighbours, ef 100); a server answers from its graph and
    keeps Chroma's defaults unless the settings name others."""
    embedded = settings.chroma_server is None
    out = {
        "max_neighbors": settings.hnsw_max_neighbors or (8 if embedded else None),
        "ef_construction": settings.hnsw_ef_construction or (32 if embedded else None),
    }
    return {k: v for k, v in out.items() if v}


def schema_for(hnsw: dict[str, int]):
    """Cosine space; no Chroma full-text index (BM25 over jieba tokens is ours), and inverted
    indexes only on the keys filtered on inside Chroma."""
    from chromadb import (
        FtsIndexConfig,
        HnswIndexConfig,
        Schema,
        StringInvertedIndexConfig,
        VectorIndexConfig,
    )

    schema = Schema()
    schema.create_index(
        config=VectorIndexConfig(
            space="cosine", embedding_function=None, hnsw=HnswIndexConfig(**hnsw)
        )
    )
    schema.delete_index(config=FtsIndexConfig(), key="#document")
    schema.delete_index(config=StringInvertedIndexConfig())
    for key in ("report_id", "content_hash"):
        schema.create_index(config=StringInvertedIndexConfig(), key=key)
    return schema


def check_format(chunks, newest: int) -> None:
    """Refuse a store written in a chunk shape newer than this code reads; an older one
    (no mark: format 1) is read as it is, and marked as holding both shapes from now on."""
    meta = dict(chunks.metadata or {})
    found = int(meta.get("chunk_format", 1))
    if found > newest:
        raise ConfigError(
            f"索引由较新版本的 reportqa 写入（分块格式 {found}，本版本只认到 {newest}）。"
            "请升级 reportqa，或换一个 REPORTQA_DATA_DIR 后重新导入报告。"
        )
    if found < newest:
        log.info("chunk records of format %d read as they are; new ones in %d", found, newest)
        chunks.modify(metadata={**meta, "chunk_format": newest})
