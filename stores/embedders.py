"""Text embedders behind one small interface.

The offline default hashes character uni- and bigrams, which needs no weights and no
download and still gives Chinese text a useful similarity; any sentence-transformers model
(id or local path) is opt-in through settings and loaded on first use.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from reportqa.errors import ConfigError
from reportqa.ports import Embedder

if TYPE_CHECKING:  # an ingest worker unpickles the embedder: no pydantic there (~0.15 s)
    from reportqa.settings import Settings

log = logging.getLogger(__name__)


class HashingEmbedder:
    """Signed feature hashing of character uni- and bigrams, vectorised with numpy.

    A fixed integer hash (not Python's salted ``hash``) keeps vectors identical across
    processes, so an index built by one process is searchable from another.
    """

    _MUL = np.uint64(0x9E3779B97F4A7C15)
    portable = True  # pickles small and runs anywhere: ingest workers embed with it

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.name = f"offline-hashing-char12-{dim}"

    def __reduce__(self):
        """Only the dimension travels to a worker (not whatever wraps this instance)."""
        return HashingEmbedder, (self.dim,)

    def _hash(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        h = keys * self._MUL
        h ^= h >> np.uint64(29)
        # a power-of-two dimension (the default 256) takes the low bits: the same remainder
        # without a 64-bit division per key
        low = (
            h & np.uint64(self.dim - 1)
            if self.dim & (self.dim - 1) == 0
            else h % np.uint64(self.dim)
        )
        bucket = low.astype(np.int64)
        sign = 1.0 - 2.0 * (h >> np.uint64(63)).astype(np.float64)  # top bit set: -1.0
        return bucket, sign

    def _one(self, text: str) -> np.ndarray:
        """One text alone: the definition ``embed`` computes many at a time (tests compare)."""
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        if codes.size == 0:
            return np.zeros(self.dim, dtype=np.float32)
        keys = np.concatenate([codes, (codes[:-1] << np.uint64(21)) | codes[1:] | (1 << 42)])
        bucket, sign = self._hash(keys)
        vec = np.bincount(bucket, weights=sign, minlength=self.dim)
        norm = np.linalg.norm(vec)
        return (vec / norm if norm else vec).astype(np.float32)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """All texts in one pass of numpy calls (a report's ~50 chunks: per-text calls were
        most of the cost). Bit for bit ``_one`` of each: every count is a sum of ±1.0 and
        every squared norm a sum of squares of such integers, exact in float64 in any
        order, so neither depends on how the work is grouped."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        n = len(texts)
        codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32)
        codes = codes.astype(np.uint64)
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
        rows = np.repeat(np.arange(n, dtype=np.int64), lengths)
        # a bigram of two neighbouring texts (the last character of one, the first of the
        # next) belongs to neither
        inside = np.ones(max(codes.size - 1, 0), dtype=bool)
        cuts = np.cumsum(lengths)[:-1] - 1
        inside[cuts[(cuts >= 0) & (cuts < inside.size)]] = False
        pairs = ((codes[:-1] << np.uint64(21)) | codes[1:] | (1 << 42))[inside]
        keys = np.concatenate([codes, pairs])
        owner = np.concatenate([rows, rows[:-1][inside]])
        bucket, sign = self._hash(keys)
        counts = np.bincount(owner * self.dim + bucket, weights=sign, minlength=n * self.dim)
        counts = counts.reshape(n, self.dim).astype(np.float64, copy=False)  # int when empty
        norms = np.sqrt(np.einsum("ij,ij->i", counts, counts))[:, None]
        out = np.divide(counts, norms, out=counts.copy(), where=norms > 0)
        return out.astype(np.float32)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model id or local path; weights load on first use."""

    def __init__(self, model: str, device: str = "cpu", batch_size: int = 32) -> None:
        self.model_name = model
        self.name = f"sentence-transformers:{model}"
        self._device = device
        self._batch = batch_size
        self._model = None

    def _load(self):
        if self._model is None:
            from sentence_transformers import SentenceTransformer

            try:
                self._model = SentenceTransformer(self.model_name, device=self._device)
            except Exception as exc:  # any loader failure is a configuration problem
                raise ConfigError(
                    f"无法加载嵌入模型 {self.model_name!r}: {exc}. 请设置本地路径或已缓存的模型 "
                    "(REPORTQA_EMBEDDING_MODEL)，或留空以使用离线默认嵌入。"
                ) from exc
            log.info("loaded embedding model %s", self.model_name)
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        model = self._load()
        if not texts:
            dim = model.get_sentence_embedding_dimension() or 0
            return np.zeros((0, dim), dtype=np.float32)
        out = model.encode(
            list(texts),
            batch_size=self._batch,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(out, dtype=np.float32)


def build_embedder(settings: Settings) -> Embedder:
    if settings.embedding_model:
        return SentenceTransformerEmbedder(
            settings.embedding_model, settings.embedding_device, settings.embedding_batch_size
        )
    return HashingEmbedder(settings.hashing_dim)
