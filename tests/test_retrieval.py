"""Retrieval on the real seeds: question analysis, hybrid search, fan-out completeness."""

from __future__ import annotations

import pytest

from library import build
from retrieval.langchain_adapter import ReportRetriever
from retrieval.search import Filters, HybridRetriever

ALL = {"辛集乡", "荆竹铺镇", "峡口镇", "左岚乡", "云乐镇"}


@pytest.fixture(scope="module")
def search(seed_app) -> HybridRetriever:
    return seed_app.retriever


@pytest.mark.parametrize(
    ("question", "kind", "towns", "years"),
    [
        ("哪些乡镇聘请了法律顾问", "which", (), ()),
        ("峡口2023年调解了多少件矛盾纠纷？", "fact", ("峡口镇",), (2023,)),
        ("比较左岚乡和云乐镇的普法活动", "compare", ("左岚乡", "云乐镇"), ()),
        ("各乡镇的人民调解员队伍规模分别是多少？", "compare", (), ()),
        ("左岚乡与几个毗邻乡镇签订了基层治理协议？", "fact", ("左岚乡",), ()),
        ("哪个乡镇提到了“枫桥经验”？", "which", (), ()),
    ],
)
def test_question_analysis(search, question, kind, towns, years):
    a = search.analyze(question)
    assert (a.kind, a.townships, a.years) == (kind, towns, years)


def test_quoted_terms_and_county_filters(search):
    a = search.analyze("鲁山县哪些乡镇提到了“三重一大”？")
    assert a.quoted == ("三重一大",)
    assert a.counties == ("鲁山县",)
    assert [c.term for c in a.concepts if c.required] == ["三重一大"]


def test_fact_search_is_filtered_to_the_named_township(search):
    a = search.analyze("峡口镇2023年调解了多少件矛盾纠纷？")
    hits = search.search(a.question, 4, Filters(a.townships, (), a.years), a)
    assert hits and {h.chunk.info.township for h in hits} == {"峡口镇"}
    assert any("调解成功238件" in h.chunk.text for h in hits[:2])
    assert all(h.retriever == "hybrid" for h in hits)


def test_fan_out_finds_every_township_for_legal_advisers(search):
    evidence = search.fan_out(search.analyze("哪些乡镇聘请了法律顾问"))
    assert len(evidence) == 5
    assert {e.info.township for e in evidence if e.supported} == ALL
    for e in evidence:
        assert e.hits and all("法律顾问" in h.chunk.text for h in e.hits)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("哪个乡镇提到了“枫桥经验”？", {"左岚乡"}),
        ("哪些乡镇提到了“三重一大”？", {"辛集乡", "峡口镇"}),
        ("哪些乡镇实行了网格化管理？", {"云乐镇"}),
        ("哪些乡镇组建了公安义警？", {"云乐镇"}),
        ("哪些乡镇开展了“送法进企业”活动？", {"荆竹铺镇"}),
        ("哪些乡镇提到了院坝会？", {"峡口镇"}),
    ],
)
def test_fan_out_is_precise(search, question, expected):
    evidence = search.fan_out(search.analyze(question))
    assert {e.info.township for e in evidence if e.supported} == expected
    unsupported = [e for e in evidence if not e.supported]
    assert all(e.reason for e in unsupported)


def test_fan_out_respects_scope(search):
    evidence = search.fan_out(search.analyze("哪些乡镇聘请了法律顾问"), Filters(years=(2024,)))
    assert [e.info.township for e in evidence] == ["左岚乡"]


def test_langchain_adapter_returns_documents_with_spans(seed_library, search):
    docs = ReportRetriever(retriever=search, k=3).invoke("云乐镇组建了多少人的公安义警？")
    assert docs and all(d.metadata["township"] == "云乐镇" for d in docs)
    d = docs[0]
    text = seed_library.report_text(d.metadata["report_id"])
    assert text[d.metadata["start"] : d.metadata["end"]] == d.page_content


def test_bm25_and_chroma_stay_consistent_after_update_and_prune(settings, corpus_copy):
    app = build(settings)
    lib = app.catalog
    app.shelf.add([corpus_copy])
    search = app.retriever

    def supported(q):
        return {e.info.township for e in search.fan_out(search.analyze(q)) if e.supported}

    assert supported("哪个乡镇提到了“枫桥经验”？") == {"左岚乡"}
    f = corpus_copy / "004_43a8054b3d808e27.txt"
    f.write_text(f.read_text(encoding="utf-8") + "\n深化新时代“枫桥经验”。\n", encoding="utf-8")
    app.shelf.add([corpus_copy])
    assert supported("哪个乡镇提到了“枫桥经验”？") == {"左岚乡", "云乐镇"}
    (corpus_copy / "003_fb4fb1fb4ee4856e.txt").unlink()
    app.shelf.add([corpus_copy], prune=True)
    assert supported("哪个乡镇提到了“枫桥经验”？") == {"云乐镇"}
    assert {c.id for c in lib.chunks} == set(lib.store._chunks.get(include=[])["ids"])

    # a second process (a fresh build on the same data dir) sees the same index
    other = build(settings).retriever
    assert {
        e.info.township
        for e in other.fan_out(other.analyze("哪个乡镇提到了“枫桥经验”？"))
        if e.supported
    } == {"云乐镇"}
