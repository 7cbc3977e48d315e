"""A word no report spells: the user's wording, or a thing the library lacks — end to end.

``probes_qa35.jsonl`` asks 21 questions over seven invented reports
(``tests/data/probe_reports_qa35``: six towns and street offices of 临溪县; three of them only
carry common words such as 巡查, 律师, 决策, 程序, 清单). Each reading of
``retrieval/unsaid.py`` has two wordings that must now find their units and at least one
question that must stay 「没有」, and several truly absent things sit beside words every
report uses (无人机巡查, 公职律师, 普法剧本杀):

1. a time word no report writes (最近, 近期, 目前) leaves the need;
2. a one-character verb glued to a thing the reports spell (晒政务信息, 搞了积分制) gives way
   to the thing;
3. a place noun said aloud (镇子, 村子) gives way to the bare noun, when the reports spell it;
4. a modifier no report writes, on a head the question asks anyway, leaves the need;
5. a description in the user's words with the reports' name after it in brackets
   (「挨个上台讲依法办事情况的（就是述法）」): the name decides (``answering/named_gloss.py``);
6. several levels said to count as well (「县区镇街都算」): each of them is in scope.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.asker_words import asked_levels
from retrieval.concept import Concept
from retrieval.unsaid import back_off
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    # before this round: which F1 0.24 (t1a t1b v2a v2b s3a s3b n5a n5b l6a missed), none 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa35"],
        DATA / "probes_qa35.jsonl",
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert len(result["questions"]) == 21


def _df(said: set[str]):
    """A library that writes exactly ``said`` (each string in one report)."""
    return lambda strings: int(any(s in said for s in strings))


def _c(term: str, *alts: str, required: bool = True) -> Concept:
    return Concept(term, (term, *alts), required)


def _back_off(tok, concepts, said, quoted=()):
    return back_off(concepts, tok.index_tokens, _df(said), tok.tagged, quoted)


# ---- 1. a time word ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("concepts", "said", "kept"),
    [
        # no report says 最近: the asker's frame
        (["最近", "行政复议法"], {"行政复议法"}, ["行政复议法"]),
        (["目前", "法治文化广场"], {"法治文化广场"}, ["法治文化广场"]),
        # a report says it: left as it was
        (["最近", "行政复议法"], {"行政复议法", "最近"}, ["最近", "行政复议法"]),
        # a time word naming a kind of thing (jieba tags 婚前 a time word too) stays
        (["婚前", "体检"], {"体检"}, ["婚前", "体检"]),
    ],
)
def test_a_time_word_nobody_writes_leaves_the_need(tok, concepts, said, kept):
    got = _back_off(tok, [_c(t) for t in concepts], said)
    assert [c.term for c in got] == kept


def test_a_thing_word_nobody_writes_stays(tok):
    got = _back_off(tok, [_c("剧本杀"), _c("普法")], {"普法"})
    assert [c.term for c in got] == ["剧本杀", "普法"]
    assert got[0].alternatives == ("剧本杀",)


# ---- 2. a one-character verb glued to the thing --------------------------------------------
@pytest.mark.parametrize(
    ("term", "said", "added"),
    [
        ("晒政务信息", {"政务信息"}, ("政务信息",)),
        ("搞了积分制", {"积分制"}, ("积分制",)),  # the aspect particle goes with the verb
        ("搞普法剧本杀", {"普法"}, ()),  # the rest is no report's word: a lack
        ("法治账本", {"账本", "法治"}, ()),  # no verb opens it
    ],
)
def test_a_glued_verb_gives_way_to_the_thing(tok, term, said, added):
    (got,) = _back_off(tok, [_c(term)], said)
    assert got.alternatives == (term, *added)


def test_a_quoted_phrase_is_meant_word_for_word(tok):
    (got,) = _back_off(tok, [_c("晒政务信息")], {"政务信息"}, quoted=("晒政务信息",))
    assert got.alternatives == ("晒政务信息",)


# ---- 3. a spoken suffix ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("term", "said", "added"),
    [
        ("镇子", {"镇"}, ("镇",)),
        ("村子", {"村"}, ("村",)),
        ("扇子", {"普法"}, ()),  # 扇 is in no report: the thing is lacking
        ("本子", {"本"}, ()),  # 本 is in every report, but a 本子 is a thing, not a place
        ("镇子", {"镇子", "镇"}, ()),  # spelled as asked: nothing to read
    ],
)
def test_a_spoken_suffix_gives_way_to_the_noun(tok, term, said, added):
    (got,) = _back_off(tok, [_c(term)], said)
    assert got.alternatives == (term, *added)


# ---- 4. an unsaid modifier on a head asked anyway -----------------------------------------
@pytest.mark.parametrize(
    ("concepts", "said", "kept"),
    [
        # the aside asks 程序 on its own: 法定 tells no report apart
        (["重大", "法定程序", "程序"], {"重大", "程序"}, ["重大", "程序"]),
        # asked only through the compound: its modifier names the kind asked
        (["法定程序"], {"程序"}, ["法定程序"]),
        (["无人机巡查", "开展"], {"巡查", "开展"}, ["无人机巡查", "开展"]),
        # a modifier some report writes names a kind the library can tell apart
        (["公职律师", "律师"], {"公职", "律师"}, ["公职律师", "律师"]),
    ],
)
def test_an_unsaid_modifier_on_a_head_asked_anyway(tok, concepts, said, kept):
    got = _back_off(tok, [_c(t) for t in concepts], said)
    assert [c.term for c in got] == kept


# ---- 6. levels listed as counting as well --------------------------------------------------
def _levels_of(q: str) -> tuple[str, ...]:
    """A stand-in for ``scope.levels_asked``: the levels a question names outright."""
    return tuple(lv for word, lv in (("乡镇", "乡镇"), ("县区", "区县")) if word in q)


@pytest.mark.parametrize(
    ("question", "levels"),
    [
        ("哪些乡镇建了法治文化广场？县区镇街都算", ("乡镇", "区县")),
        ("哪些县区建了法治文化广场，区县和镇街都算", ("区县", "乡镇")),
        ("哪些地方建了法治文化广场？县区镇街都算", ()),  # no level of its own: every level
        ("哪些县区建了法治文化广场", ("区县",)),  # nothing said to count as well
    ],
)
def test_each_level_listed_as_counting_is_in_scope(question, levels):
    assert asked_levels(question, _levels_of) == levels
