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

from dataclasses import MISSING, fields
from typing import TypeVar

T = TypeVar("T")


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
