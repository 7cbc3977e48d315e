"""A place's address said before it (coordinator, stop 18).

Users locate a town by its county or city: 「鹤山的址山镇」「重庆市荣昌区的观胜镇」. The county
before a unit the library has is that unit's address (neither an unknown place to refuse nor a
topic word to search for), and a town the division list knows, said after its county, is a place
even behind 的 — so a town the library lacks is refused by its own name instead of answered from
the library's other town of that county. Run on real pages (tests/data/blind6/web_real)."""

from __future__ import annotations

from pathlib import Path

from answering.places import addresses, towns_under_parent
from reportqa.units import UnitIndex
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_towns_after_their_parent_are_places():
    assert towns_under_parent("鹤山的址山镇2020年有没有请法律顾问") == ["址山镇"]
    assert towns_under_parent("江门鹤山市址山镇呢") == ["址山镇"]
    # 示范镇 is no town of the division list; a town without its parent is _TOWN's business
    assert towns_under_parent("平安的示范镇有哪些") == []
    assert towns_under_parent("那址山镇呢") == []


def test_a_units_address_is_read_back_to_its_province():
    units = UnitIndex(["观胜镇"])
    assert addresses("重庆市荣昌区的观胜镇的报告是哪一年的", units) == ["荣昌区", "重庆市"]
    assert addresses("荣昌区的吴家镇是哪一年的报告", units) == []


def test_addresses_probes_on_real_pages(tmp_path, monkeypatch, capsys):
    # before: t1a answered from 宅梧镇; t1b, t2a, t2b refused by the county's name
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "blind6" / "web_real"],
        DATA / "probes_addresses.jsonl",
        ["--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert len(result["questions"]) == 6
