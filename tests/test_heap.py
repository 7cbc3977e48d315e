"""``library.heap.give_back``: garbage the catalog's freeze kept out of the collector's
reach (a replaced index's cycles) is collected, and the process goes on collecting."""

from __future__ import annotations

import gc
import weakref

from library.heap import give_back


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_a_frozen_cycle_left_by_a_write_is_collected():
    node = _Node()
    gone = weakref.ref(node)
    gc.freeze()  # as the catalog does after each refresh
    del node
    gc.collect()
    assert gone() is not None  # frozen: a collection alone never frees it
    give_back()
    assert gone() is None
    assert gc.isenabled()
