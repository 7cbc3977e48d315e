"""Round lex74: how users spell what they ask — asides, accepted alternatives, request frames.

``probes_lex74.jsonl`` asks over four invented reports (``tests/data/probe_reports_lex74``):
an alias aside 「X（就是Y）」 (either name counts, ``retrieval.spelled_asides``), a parallel place
inside a name 「一村（社区）一警务助理」 (each spelling counts), heads the asker accepts
「站点（活动室、中心都行）」 (each with the stem, never alone), a request frame 「我们公安局想了解
下，」 (no need, ``retrieval.asker_words``), a count of the doers 「写了的有几家」 and an
any-report whether 「有报告提到X吗」 (which-questions, ``retrieval.units_asked``); and must-nots:
an alias no report writes, 一村一辅警 where a report gives villages 辅警, a bare accepted head
(中心) with no stem written, and 几家 counting one unit's firms (a fact).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportqa.answer import Kind
from retrieval.concept import Concept
from retrieval.question_kind import question_kind
from retrieval.spelled_asides import spelled_asides, with_spellings
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_lex74.jsonl"


def test_lex74_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_lex74"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


def test_an_alias_aside_is_a_spelling_of_the_name_before_it():
    left, found = spelled_asides("国家超算深圳中心（就是超级计算深圳中心）在哪些报告里出现过")
    assert left == "国家超算深圳中心在哪些报告里出现过"
    (c,) = with_spellings(left, [Concept("国家超算深圳中心", ("国家超算深圳中心",), True)], found)
    assert c.alternatives[:2] == ("国家超算深圳中心", "超级计算深圳中心")


def test_an_aside_sharing_nothing_is_no_alias_and_stays():
    # a condition or a time in the aside is left to the other readers as it was
    for q in (
        "积分超市（就是去年那次）哪些镇搞了",
        "调解成功率（就是要有具体数字的）哪些报告写了",
        "领导上台讲自己一年依法履职咋样的（就是述法），哪些地方写了？",  # the term itself
    ):
        assert spelled_asides(q) == (q, ())


def test_a_level_bracket_is_no_parallel_place():
    q = "哪些乡镇（街道）建了调解室"
    assert spelled_asides(q) == (q, ())


def test_heads_only_of_a_facility():
    q = "哪些报告写了法律顾问（律师、律所都行）"  # no facility: left to the other readers
    assert spelled_asides(q) == (q, ())


def test_a_parallel_place_gives_each_spelling():
    left, found = spelled_asides("一村（社区）一法律顾问哪些地方在做")
    (c,) = with_spellings(left, [Concept("一村一法律顾问", ("一村一法律顾问",), True)], found)
    assert {"一社区一法律顾问", "一村（社区）一法律顾问"} <= set(c.alternatives)


def test_accepted_heads_are_read_with_the_stem():
    left, found = spelled_asides("公共法律服务站点（工作站、中心都行）建了的有哪些")
    concepts = [Concept("公共法律服务", ("公共法律服务",), True), Concept("站点", ("站点",), True)]
    (c,) = with_spellings(left, concepts, found)
    assert c.alternatives == ("公共法律服务站点", "公共法律服务工作站", "公共法律服务中心")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("八五普法规划落实情况写了的有几家", Kind.WHICH),
        ("有报告提到群众诉求热线吗", Kind.WHICH),
        ("聘了律师当法律顾问的（写明是律师/律所的）", Kind.WHICH),
        ("聘了几家律所", Kind.FACT),  # 几家 counts the firms
        ("法律顾问是怎么聘了的", Kind.FACT),
        ("写了的有几家律所", Kind.FACT),
        ("今年开展了普法宣传的有多少次", Kind.FACT),
    ],
)
def test_spoken_asks_for_the_doers(question, kind):
    assert question_kind(question, []) == kind


def test_a_count_of_firms_is_no_count_of_the_units_writing():
    # review74: 家 after a 的-phrase of a deed counts whatever did it — over blind37
    # 「上市的有几家」「主营业务收入超千亿元的有几家」 read as units lost the counts reports give
    from retrieval.units_asked import asks_doers

    for q in ("上市的有几家", "主营业务收入超千亿元的有几家", "获评国家高新技术企业的有多少家"):
        assert not asks_doers(q), q
    for q in ("八五普法规划落实情况写了的有几家", "提到的一共有多少家", "搞了积分超市的有几家单位"):
        assert asks_doers(q), q
