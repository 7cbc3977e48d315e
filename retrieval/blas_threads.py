"""One BLAS thread for a product over the whole library's chunk vectors: a product that size
gains nothing from a second thread, and on a busy machine waiting for it tripled the wall
time of a nearest-chunk search (``Catalog.nearest``)."""

from __future__ import annotations

from functools import cache

from threadpoolctl import ThreadpoolController


@cache
def _blas() -> ThreadpoolController:
    return ThreadpoolController()  # finds the loaded BLAS libraries once (~ms)


def one_blas_thread():
    """A context in which the loaded BLAS libraries use one thread."""
    return _blas().limit(limits=1, user_api="blas")
