"""What an answer leaves when the collector's pause ends is frozen, not walked by a young
collection (``answering.collector``): still freed by reference counting, and a cycle that
got frozen is collected within ``RESETTLE`` pauses."""

from __future__ import annotations

import gc
import weakref

from answering import collector
from answering.collector import collector_paused


class _Thing:
    def __init__(self) -> None:
        self.other: object = None


def _in_a_generation(obj: object) -> bool:
    for g in range(3):
        # listed before the search is made: a list holding its own search were a cycle
        found = gc.get_objects(generation=g)
        held = any(o is obj for o in found)
        del found
        if held:
            return True
    return False


def test_an_answers_objects_are_frozen_and_still_freed_by_refcount(monkeypatch):
    monkeypatch.setitem(collector._state, "frozen", 0)
    assert gc.isenabled()
    with collector_paused():
        kept = _Thing()
        young = _in_a_generation(kept)  # young while the answer is composed
    frozen = not _in_a_generation(kept)  # frozen: no collection walks it
    assert young and frozen and gc.isenabled()
    freed: list[bool] = []
    ref = weakref.ref(kept, lambda _: freed.append(True))
    del kept
    assert freed == [True] and ref() is None


def test_a_frozen_cycle_is_collected_within_resettle_pauses(monkeypatch):
    monkeypatch.setattr(collector, "RESETTLE", 3)
    monkeypatch.setitem(collector._state, "frozen", 0)
    a, b = _Thing(), _Thing()
    a.other, b.other = b, a  # a cycle: reference counting never frees it
    freed: list[bool] = []
    ref = weakref.ref(a, lambda _: freed.append(True))
    del a, b
    with collector_paused():
        pass
    assert ref() is not None  # frozen with the pause's young objects
    with collector_paused():
        pass
    assert ref() is not None and not freed
    with collector_paused():  # the third pause ends with a full collection
        pass
    assert freed == [True] and ref() is None and gc.isenabled()


def test_a_process_that_turned_the_collector_off_freezes_nothing(monkeypatch):
    monkeypatch.setitem(collector._state, "frozen", 0)
    gc.disable()
    try:
        with collector_paused():
            kept = _Thing()
        young = _in_a_generation(kept)
        assert not gc.isenabled() and young
    finally:
        gc.enable()
