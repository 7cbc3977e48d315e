"""``retrieval.morphemes`` on made-up libraries: each general fact of its docstring, once for
and once against, with the library's real tagger (no mock of the thing under test — the
library is a handful of invented sentences indexed the way the lexical index cuts them)."""

from __future__ import annotations

import numpy as np
import pytest

from reportqa.answer import Kind
from retrieval.analysis import Analysis
from retrieval.concept import Concept
from retrieval.morphemes import Morphemes


class Library:
    """Chunks of text and their index tokens: the columns ``Morphemes`` reads."""

    version = "v1"

    def __init__(self, tok, texts: list[str]) -> None:
        self.chunks = texts
        self._rows: dict[str, list[int]] = {}
        for i, t in enumerate(texts):
            for token in set(tok.index_tokens(t)):
                self._rows.setdefault(token, []).append(i)

    def chunk_count(self, term: str) -> int:
        return len(self._rows.get(term, ()))

    def terms(self) -> list[str]:
        return list(self._rows)

    def rows_with_all(self, terms):
        sets = [set(self._rows.get(t, ())) for t in terms]
        return np.array(sorted(set.intersection(*sets)), dtype=np.int64)


def _read(tok, texts: list[str], *concepts: Concept) -> Analysis:
    lib = Library(tok, texts)
    asked = Analysis("问", Kind.WHICH, concepts=concepts)
    return Morphemes(tok.tagged).read(asked, lib, lambda row: (lib.chunks[row], ""))


OATH = "组织新任职干部举行宪法宣誓仪式，重温宪法誓词。"
FLAG = "组织新发展党员面向党旗进行入党宣誓。"
RULES = "指导各村修订完善村规民约。"
FOOD = "开展食品安全宣传活动4场。"


def _word(term: str, required: bool = True) -> Concept:
    return Concept(term, (term,), required)


def test_a_verb_keeping_the_object_is_read_beside_the_other_words(tok):
    got = _read(tok, [OATH, FLAG, RULES, FOOD], _word("宪法"), _word("发誓", False))
    assert got.readings == (("发誓", "宣誓"),)  # 宣誓 (v), never 誓词 (a noun)
    assert "宣誓" in got.concepts[1].alternatives and "宣誓" in got.search_terms


def test_no_reading_when_the_candidate_never_stands_beside_the_other_words(tok):
    got = _read(tok, [OATH, FLAG, RULES, FOOD], _word("村规民约"), _word("发誓", False))
    assert got.readings == ()


def test_a_lone_word_gets_no_reading(tok):
    assert _read(tok, [OATH, FLAG, RULES, FOOD], _word("发誓")).readings == ()


@pytest.mark.parametrize("word", ["毒品", "唱戏"])  # a noun's shared head names another kind
def test_a_noun_is_never_read_by_a_shared_character(tok, word):
    texts = [OATH, FOOD, "开展戏曲进乡村活动，宣传法治。"]
    assert _read(tok, texts, _word("宣传"), _word(word)).readings == ()


def test_a_character_in_much_of_the_library_carries_no_meaning(tok):
    # the rule is the share, not the pair: the same 发誓 → 宣誓 read in a library where the
    # object character stands in few chunks is not read where it stands in most of them
    few = [OATH, *(f"第{i}项工作全覆盖，宣传到位。" for i in range(40))]
    assert _read(tok, few, _word("宪法"), _word("发誓", False)).readings == (("发誓", "宣誓"),)
    many = [f"第{i}次宪法宣誓，宣传到位。" for i in range(40)] + [RULES] * 10
    assert _read(tok, many, _word("宪法"), _word("发誓", False)).readings == ()


def test_a_verb_against_its_object_is_no_reading_of_another_verb():
    """Review of stop 22: keeping the object character must not turn the act round."""
    from retrieval.morphemes import _turns

    assert _turns("吸", "禁毒")
    assert _turns("吸", "戒毒")
    assert not _turns("发", "宣誓")
    assert not _turns("禁", "戒毒")
    assert _turns("增", "生产")
    assert _turns("减", "增产")
    assert not _turns("减", "降低")
