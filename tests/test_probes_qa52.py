"""Short forms (round qa52): contractions of a word the library writes, and a unit's
contracted name.

``probes_qa52.jsonl`` asks 10 questions over six invented reports of 青岚县
(``tests/data/probe_reports_qa52``). Each rule states a general fact:

1. a contraction keeps a word's first character and characters that begin its later parts
   or end it, the last one in its head: 全过程 → 全程, 人民代表大会 → 人代会
   (``retrieval.contractions``, read from the library's own long words);
2. a short form that is no word of the dictionary may leave a middle word out of the phrase
   it stands for: 矛盾纠纷调解 → 矛调, 综合行政执法 → 综执; a dictionary word (人家) never
   does (``retrieval.initials``);
3. a unit named after a landmark (a gate, a station) and its side is called by the landmark's first character
   and the side: 望江门外街道 → 望外 — unless two units share the form (长内) or it is a
   dictionary word (城外) (``retrieval.short_names``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from library.compose import build
from reportqa.settings import Settings
from reportqa.units import UnitIndex
from retrieval.contractions import contracts, part_starts
from retrieval.initials import Initials
from retrieval.short_names import contracted, is_contracted_name
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_invented_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    # main (392f8d1): which F1 0.25 (h1a h1b g2a g2b empty), facts 0/3 (g2c u3a u3b), none 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa52"],
        DATA / "probes_qa52.jsonl",
        ["--min-f1", "1.0", "--min-facts", "1.0"],
    )
    assert len(result["questions"]) == 10
    assert result["overall"]["none_correct"] == 1.0
    assert not [q["id"] for q in result["questions"] if q["miss"]]
    # rule 2's guard, on the same library: without the dictionary 人家 would be read as
    # 人民|群众|家门 (「送到人民群众家门口」) with a word left out
    retriever = build(Settings()).retriever
    retriever.lib.refresh()
    lex, text = retriever.lib.lexical, retriever.simple
    assert Initials(lambda _w: False).phrase_of("人家", lex, text) == "人民群众家门"
    guarded = Initials(retriever.lib.tokenizer.is_word)
    assert guarded.phrase_of("人家", lex, text) is None
    assert guarded.phrase_of("矛调", lex, text) == "矛盾纠纷调解"
    assert guarded.phrase_of("全程", lex, text) == "全过程"


_TERMS = {"过程", "人民", "代表", "大会", "电信", "诈骗", "普法", "宣传", "法律", "援助"}


@pytest.mark.parametrize(
    ("short", "word", "right"),
    [
        ("全程", "全过程", True),  # first and last
        ("人代会", "人民代表大会", True),  # the last from the head 大会
        ("电诈", "电信诈骗", True),  # the head's first character
        ("普法", "普法宣传", False),  # holds the short form whole: no contraction
        ("全过", "全过程", False),  # a prefix
        ("人代", "人民代表大会", False),  # nothing of the head kept
        ("程全", "全过程", False),  # the first character first
        ("代会", "人民代表大会", False),
    ],
)
def test_a_contraction_keeps_the_head(short, word, right):
    assert contracts(short, word, part_starts(word, _TERMS.__contains__)) is right


def test_a_word_s_parts_begin_where_library_words_do():
    assert part_starts("全过程", _TERMS.__contains__) == {0, 1}
    assert part_starts("人民代表大会", _TERMS.__contains__) == {0, 2, 4}


_UNITS = frozenset({"望江门外街道", "长乐门内街道", "长安门内街道", "城隍门外街道", "东林镇"})


def _townships(analyzer, question: str) -> tuple[str, ...]:
    units = (UnitIndex(_UNITS), UnitIndex(()))
    return analyzer.analyze(question, [], units).townships


def test_a_unit_is_named_by_its_landmark_and_side(analyzer):
    assert contracted("广安门内街道") == "广内"
    assert contracted("东林镇") is None and contracted("长安街道") is None
    assert contracted("大朝山东镇") is None  # the direction is part of the name: no landmark
    assert _townships(analyzer, "望外那边请的律师审了多少份合同") == ("望江门外街道",)
    assert _townships(analyzer, "望外街道一年开了几次会") == ("望江门外街道",)
    assert is_contracted_name("望外街道", _UNITS)


def test_a_shared_or_common_contracted_name_names_none(analyzer):
    assert _townships(analyzer, "长内的法律顾问审了多少份合同") == ()  # 长乐门内, 长安门内
    assert not is_contracted_name("长内街道", _UNITS)
    assert _townships(analyzer, "城外的街道开展了几场普法活动") == ()  # 城外: a word
    # a form that ends a word begun before it (推广) or begins a longer one names nothing
    units = (UnitIndex({"广安门内街道"}), UnitIndex(()))
    assert analyzer.analyze("哪些地方推广内部控制", [], units).townships == ()
