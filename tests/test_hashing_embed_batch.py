"""The hashing embedder's one pass over many texts gives, bit for bit, each text's own
vector: stored vectors of a library must not depend on how its chunks were grouped."""

from __future__ import annotations

import numpy as np
import pytest

from stores.embedders import HashingEmbedder

TEXTS = [
    "2023年，青禾县白鹭镇坚持以习近平法治思想为指导，全面推进法治政府建设。",
    "",
    "一、主要做法",
    "镇",
    "𠀀𠀁 mixed ASCII and 汉字 (beyond the BMP too)",
    "",
    "（三）严格规范公正文明执法。全年办理行政处罚案件12件。" * 20,
]


@pytest.mark.parametrize("dim", [256, 384, 100])
def test_batch_equals_each_text_alone(dim: int) -> None:
    emb = HashingEmbedder(dim)
    batch = emb.embed(TEXTS)
    alone = np.stack([emb._one(t) for t in TEXTS])
    assert batch.dtype == np.float32 and batch.shape == (len(TEXTS), dim)
    assert batch.tobytes() == alone.tobytes()
    # grouping does not matter either: halves embedded apart give the same rows
    halves = np.concatenate([emb.embed(TEXTS[:3]), emb.embed(TEXTS[3:])])
    assert halves.tobytes() == batch.tobytes()
    assert not batch[1].any() and not batch[5].any()  # an empty text has no features
    assert np.allclose(np.linalg.norm(batch[[0, 2, 3, 4, 6]], axis=1), 1.0)


def test_bucket_and_sign_are_the_remainder_and_the_top_bit() -> None:
    keys = np.random.default_rng(7).integers(0, 2**63, 5000, dtype=np.uint64) * np.uint64(2)
    for dim in (256, 100):
        bucket, sign = HashingEmbedder(dim)._hash(keys.copy())
        h = keys * HashingEmbedder._MUL
        h ^= h >> np.uint64(29)
        assert (bucket == (h % np.uint64(dim)).astype(np.int64)).all()
        assert (sign == np.where((h >> np.uint64(63)) == 1, -1.0, 1.0)).all()
