"""A report's index tokens as codes into its distinct terms: how an ingest worker hands the
tokens it cached to the ingest process, so the refresh that follows numbers each distinct term
of a report once instead of decoding and looking up every token. A kernel type: the workers
(``ingest``) make it and the token cache and lexical index (``stores``) read it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, eq=False)
class TokenRow(Sequence[str]):
    """One chunk's tokens as codes into its report's distinct terms: what a worker hands the
    ingest process, so the refresh numbers each distinct term of a report once instead of
    decoding and looking up every token (1.9 M at 165 reports, ~0.3 M distinct per report)."""

    terms: tuple[str, ...]
    codes: np.ndarray  # int32 positions in ``terms``

    def __len__(self) -> int:
        return len(self.codes)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self.terms[c] for c in self.codes[i].tolist()]
        return self.terms[int(self.codes[i])]

    def __iter__(self) -> Iterator[str]:
        return map(self.terms.__getitem__, self.codes.tolist())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]  # equal to a list, so unhashable like one


@dataclass(frozen=True, eq=False)
class HeldTokens:
    """A report's tokens in codes (``TokenRow``): its chunk ids, distinct terms in order of
    first use, every token's code and where each chunk's codes end."""

    ids: tuple[str, ...]
    terms: tuple[str, ...]
    codes: np.ndarray
    ends: tuple[int, ...]

    @classmethod
    def of(cls, ids: Sequence[str], tokens: Sequence[Sequence[str]]) -> HeldTokens:
        number: dict[str, int] = {}
        flat = [number.setdefault(t, len(number)) for toks in tokens for t in toks]
        ends, at = [], 0
        for toks in tokens:
            at += len(toks)
            ends.append(at)
        return cls(tuple(ids), tuple(number), np.asarray(flat, dtype=np.int32), tuple(ends))

    def rows(self) -> dict[str, TokenRow]:
        starts = (0, *self.ends[:-1])
        return {
            cid: TokenRow(self.terms, self.codes[a:b])
            for cid, a, b in zip(self.ids, starts, self.ends, strict=True)
        }
