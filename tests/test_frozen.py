"""``reportqa.frozen.quick`` builds the same records as the dataclass's own ``__init__``:
same fields by position, keyword and default, still frozen, equal and hashed alike,
``replace``/``asdict``/pickle unchanged; a class it cannot mirror keeps its own."""

from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError, asdict, dataclass, field, replace

import pytest

from reportqa.answer import Citation, Text
from reportqa.frozen import quick
from reportqa.types import Hit, ReportEvidence


@dataclass(frozen=True)
class _Plain:
    a: int
    b: str
    c: tuple[int, ...] = ()
    d: str = "甲"


@quick
@dataclass(frozen=True)
class _Quick:
    a: int
    b: str
    c: tuple[int, ...] = ()
    d: str = "甲"


def test_same_record_by_position_keyword_and_default():
    for args, kwargs in [((1, "x"), {}), ((1, "x", (2,)), {}), ((1,), {"b": "y", "d": "乙"})]:
        plain, fast = _Plain(*args, **kwargs), _Quick(*args, **kwargs)
        assert asdict(plain) == asdict(fast)
        assert hash(astuple_of(plain)) == hash(astuple_of(fast))
        assert repr(fast).replace("_Quick", "_Plain") == repr(plain)
    assert _Quick(1, "x") == _Quick(a=1, b="x") and hash(_Quick(1, "x")) == hash(_Quick(1, "x"))
    assert _Quick(1, "x") != _Quick(2, "x")


def astuple_of(record) -> tuple:
    return tuple(asdict(record).values())


def test_still_frozen_and_replace_and_pickle_work():
    fast = _Quick(1, "x")
    with pytest.raises(FrozenInstanceError):
        fast.a = 2  # type: ignore[misc]
    assert replace(fast, b="y") == _Quick(1, "y")
    assert pickle.loads(pickle.dumps(fast)) == fast
    with pytest.raises(TypeError):
        _Quick(1)  # type: ignore[call-arg]  # a field without a default is still required


def test_answer_records_are_quick_and_serialise_as_before():
    cite = Citation(1, "r1", "a.txt", "标题", "甲镇", "乙县", 2023, "一、", "「引文」", 3, 8)
    assert cite.to_json()["role"] == "support" and cite.to_json()["start"] == 3
    assert Citation.from_json(cite.to_json()) == cite
    assert Text("甲", (1,)) == Text(text="甲", refs=(1,), strong=False)
    for cls in (Citation, Text, Hit, ReportEvidence):
        assert cls.__init__.__module__ != "dataclasses"
        assert "_set" in cls.__init__.__globals__  # made by ``quick``


def test_a_class_it_cannot_mirror_keeps_its_own_init():
    @dataclass(frozen=True)
    class Later:
        a: int
        b: list = field(default_factory=list)

    @dataclass(frozen=True)
    class Checked:
        a: int

        def __post_init__(self) -> None:
            if self.a < 0:
                raise ValueError("negative")

    for cls in (Later, Checked):
        own = cls.__init__
        assert quick(cls).__init__ is own
    with pytest.raises(ValueError):
        Checked(-1)
    assert Later(1).b == []
