"""``ChangeListeners``: every live listener told, in order; one nothing else holds is dropped."""

from __future__ import annotations

import gc

from retrieval.change_listeners import ChangeListeners


class _Keeper:
    def __init__(self, name: str, told: list[str]) -> None:
        self.name, self.told = name, told

    def forget(self) -> None:
        self.told.append(self.name)


def test_live_listeners_are_told_in_order_and_a_dropped_one_is_not_kept():
    told: list[str] = []
    changes = ChangeListeners()
    first, second = _Keeper("first", told), _Keeper("second", told)
    changes.add(first.forget)
    changes.add(second.forget)
    changes.tell()
    assert told == ["first", "second"]
    del first
    gc.collect()  # the listeners held it weakly: nothing keeps it alive
    changes.tell()
    assert told == ["first", "second", "second"]
    assert len(changes._refs) == 1
