"""A quicker constructor for the frozen records an answer builds by the thousand.

A frozen dataclass's generated ``__init__`` sets each field through ``object.__setattr__``
(a Python-level call per field): a Citation of twelve fields costs several microseconds,
and a which-question over 10 000 reports builds ~3 000 citations, hits, sentences, spans
and report verdicts each. ``quick`` gives such a class an ``__init__`` that sets the
instance's fields in one step; everything else stays the dataclass's own (frozen
assignment still fails, equality, hashing, ``replace`` and ``asdict`` read the same
fields). Only for records made and dropped per answer: the instance dict is not shared
between instances, so a record kept by the hundred thousand (a chunk) stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, fields
from typing import Any, Generic, TypeVar

T = TypeVar("T")
V = TypeVar("V")


def quick(cls: type[T]) -> type[T]:
    """Give the frozen dataclass ``cls`` a one-step ``__init__`` with the same parameters.
    A class this cannot mirror exactly (``__post_init__``, ``__slots__``, fields outside
    ``__init__``, keyword-only fields, default factories, init-only variables) is left as
    it is."""
    own = cls.__dict__.get("__dataclass_fields__", {})
    params = cls.__dict__.get("__dataclass_params__")
    found = fields(cls)  # type: ignore[arg-type]
    if (
        params is None
        or not params.frozen
        or len(own) != len(found)  # an InitVar or ClassVar pseudo-field
        or hasattr(cls, "__post_init__")
        or "__slots__" in cls.__dict__
        or any(not f.init or f.kw_only or f.default_factory is not MISSING for f in found)
    ):
        return cls
    namespace: dict[str, object] = {"_set": object.__setattr__}
    args = []
    for f in found:
        if f.default is MISSING:
            args.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            args.append(f"{f.name}=_default_{f.name}")
    values = ", ".join(f"{f.name!r}: {f.name}" for f in found)
    source = f"def __init__(self, {', '.join(args)}):\n    _set(self, '__dict__', {{{values}}})\n"
    exec(source, namespace)  # as ``dataclasses`` makes its own __init__
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    cls.__init__ = init  # type: ignore[misc]
    return cls


class ByRecord(Generic[V]):
    """Values made from a frozen record alone (a unit's label, a chunk's citation fields,
    how a one-sentence chunk reads), kept by the record's identity: a which-question at
    10 000 reports meets the same ~3 000 records on every ask, and hashing a record reads
    all its fields, which costs as much as the value. A corrected record is another object
    and gets its own value; the record is held with its value, so its id is not reused
    while it is kept. Cleared whole when full."""

    def __init__(self, make: Callable[[Any], V], size: int = 32_768) -> None:
        self._make, self._size = make, size
        self._got: dict[int, tuple[object, V]] = {}

    def __call__(self, record: object) -> V:
        got = self._got.get(id(record))
        if got is not None and got[0] is record:
            return got[1]
        value = self._make(record)
        if len(self._got) >= self._size:
            self._got.clear()
        self._got[id(record)] = (record, value)
        return value
