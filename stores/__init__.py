"""Adapters behind the kernel's ports (``reportqa.ports``): where the library is kept.

``chroma.ChromaStore`` (embedded or a ``chroma run`` server; ``chroma_setup`` opens it,
``chroma_census`` counts what it holds per report version and repairs an interrupted ingest,
``records`` maps its record shapes, ``chroma_writer`` makes a pooled ingest's writes from a
process of its own), ``lexical.LexicalIndex`` and ``token_cache.TokenCache`` (in-process BM25 and its token
cache, its counts mapped from their file by ``npz_mapped``, weighed by ``bm25`` (``column_rows``: a few reports' rows found in a word's sorted column), the weights kept beside the counts by ``weights_file``; the cache a module of its own so ingest workers need no scipy), ``embedders`` (offline hashing or sentence-transformers), ``snapshot.ChunkSnapshot``
(a local copy of the committed chunks; ``store_seen``: the version it was read at, known
unchanged from the embedded store's file without opening Chroma), ``vector_cache.VectorFile`` (every chunk's vector,
memory-mapped, for search inside a few reports), ``bigram_index`` (a character-pair row index, so
the first read of a common string touches only candidate rows). Only the composition root (``library.compose``)
chooses them; ingest and retrieval see the ports.
"""

__all__ = [
    "bigram_index",
    "bm25",
    "chroma",
    "chroma_census",
    "chroma_setup",
    "chroma_writer",
    "column_rows",
    "embedders",
    "folder_swap",
    "lexical",
    "npz_mapped",
    "records",
    "snapshot",
    "store_seen",
    "token_cache",
    "vector_cache",
    "weights_file",
]
