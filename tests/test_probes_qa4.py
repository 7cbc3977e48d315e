"""Question scope and need on wordings made up here, and the qa4 probe set end to end.

Each rule: two paraphrases that must give the scope or need, one wording that must not.
``probes_qa4.jsonl`` asks about the five seed reports plus five invented reports
(``tests/data/probe_reports_qa4``) through the real CLI: ingest, then ``reportqa eval``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup import Turn, resolve
from reportqa.units import UnitIndex
from retrieval.query import QuestionAnalyzer
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent

# an invented library: two townships and a county that has a report of its own
TOWNS = UnitIndex(["白桦镇", "青柳乡", "红岩县"])
COUNTIES = UnitIndex(["红岩县"])


def _analyze(analyzer: QuestionAnalyzer, q: str):
    return analyzer.analyze(q, [], (TOWNS, COUNTIES))


def _terms(analysis) -> list[str]:
    return [c.term for c in analysis.concepts]


@pytest.mark.parametrize(
    "question",
    [
        "除了白桦镇以外，红岩县还有哪些乡镇建了调解室？",
        "红岩县的乡镇里，白桦镇之外还有谁建了调解室？",
    ],
)
def test_an_excepted_unit_leaves_the_scope_and_the_county_stays_the_parent(analyzer, question):
    a = _analyze(analyzer, question)
    assert a.excluded == ("白桦镇",)
    assert a.townships == () and a.counties == ("红岩县",)
    assert a.kind == "which" and a.levels == ("乡镇",)
    assert "调解室" in _terms(a) and not any("白桦" in t for t in _terms(a))


def test_a_unit_named_without_an_exception_stays_in_scope(analyzer):
    a = _analyze(analyzer, "白桦镇建了几个调解室？")
    assert a.townships == ("白桦镇",) and a.excluded == ()


@pytest.mark.parametrize(
    "question",
    ["除了镇政府本身，哪些乡镇给村里请了律师？", "除镇政府以外，还有哪些乡镇给各村请了律师？"],
)
def test_what_is_excepted_is_no_topic_and_the_village_is(analyzer, question):
    terms = _terms(_analyze(analyzer, question))
    assert "村" in terms and not any("政府" in t for t in terms)


def test_a_word_with_village_inside_is_no_village_concept(analyzer):
    assert "村" not in _terms(_analyze(analyzer, "哪些乡镇修订了村规民约？"))


@pytest.mark.parametrize(
    "question",
    ["哪些乡镇的禁毒宣传是党委书记亲自挂帅的？", "哪些乡镇由党委书记亲自挂帅抓禁毒？"],
)
def test_the_word_an_adverb_modifies_is_a_predicate(analyzer, question):
    concepts = {c.term: c for c in _analyze(analyzer, question).concepts}
    assert not concepts["挂帅"].required


def test_a_noun_without_an_adverb_stays_required(analyzer):
    concepts = {c.term: c for c in _analyze(analyzer, "哪些乡镇组建了挂帅小组？").concepts}
    assert concepts["挂帅"].required


@pytest.mark.parametrize(
    ("question", "whole"),
    [("哪些乡镇开展了网格化管理？", "网格化管理"), ("哪些乡镇的法治建设有亮点？", "法治建设")],
)
def test_a_generic_head_joins_the_word_before_it(analyzer, question, whole):
    concepts = {c.term: c for c in _analyze(analyzer, question).concepts}
    assert whole in concepts and whole[:-2] in concepts[whole].alternatives
    assert whole[-2:] not in concepts


def test_a_degree_complement_is_no_topic(analyzer):
    assert _terms(_analyze(analyzer, "白桦镇和青柳乡谁的法律顾问请得最多？")) == ["法律顾问"]


@pytest.mark.parametrize("question", ["其中哪个建得最多？", "这其中哪个做得更好？"])
def test_picking_with_a_degree_complement_asks_the_last_question_again(question):
    prev = Turn("白桦镇和青柳乡各建了几个调解室？", townships=("白桦镇", "青柳乡"))
    resolved = resolve(question, [prev], TOWNS)
    assert resolved.question.startswith("白桦镇和青柳乡各建了几个调解室")
    assert resolved.scope == ("白桦镇", "青柳乡")


def test_picking_with_a_new_topic_keeps_the_new_topic():
    prev = Turn("白桦镇和青柳乡各建了几个调解室？", townships=("白桦镇", "青柳乡"))
    resolved = resolve("其中哪个聘请了法律顾问？", [prev], TOWNS)
    assert resolved.question == "哪个聘请了法律顾问？"


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    floors = "--min-f1 0.90 --min-facts 0.95 --min-compare 0.95 --min-none 0.80".split()
    reports = [ROOT / "corpus", DATA / "probe_reports_qa4"]
    ingest_and_eval(monkeypatch, capsys, tmp_path / "d", reports, DATA / "probes_qa4.jsonl", floors)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("村级调解室尚在规划，明年建成。", False),
        ("村级调解室仍在筹建中。", False),
        ("村级调解室尚未建成。", False),
        ("村级调解室正在发挥作用，全年调解纠纷12件。", True),
    ],
)
def test_a_thing_said_not_to_exist_yet_is_no_mention(sentence, said):
    from retrieval.evidence import _present

    assert _present(sentence, "调解室") is said


def test_a_level_question_keeps_reports_whose_level_is_unknown():
    """「哪些乡镇…」 over a report whose metadata could not read a level: searched, not dropped;
    a report known to be county level still is."""
    from reportqa.types import ReportInfo
    from retrieval.search import Filters

    def info(name: str, level: str) -> ReportInfo:
        return ReportInfo(name, f"{name}.txt", f"{name}报告", name, "某县", level, 2024, name)

    towns = Filters(levels=("乡镇",))
    assert towns.allows(info("白桦镇", "乡镇")) and towns.allows(info("未识别", ""))
    assert not towns.allows(info("红岩县", "区县"))
    assert not Filters(levels=("乡镇",), excluded=("白桦镇",)).allows(info("白桦镇", "乡镇"))


@pytest.mark.parametrize(
    ("lead", "detail"),
    [
        ("一是开展法治宣传活动。", "全年组织法治宣传讲座12场，发放宣传资料800份。"),
        ("（三）深化法治宣传方面。", "依托赶集日设立咨询台，开展法治宣传活动。"),
    ],
)
def test_the_quote_is_the_sentence_that_tells_what_was_done(lead, detail):
    from answering.sentences import best_sentences
    from reportqa.types import Chunk, ReportInfo
    from retrieval.query import Concept

    info = ReportInfo("r", "r.txt", "白桦镇报告", "白桦镇", "红岩县", "乡镇", 2024, "h")
    chunk = Chunk("c", "r", f"{lead}{detail}", ("一、主要工作",), 0, len(lead + detail), info)
    concepts = [Concept("法治宣传", ("法治宣传",), True)]
    best = best_sentences(chunk, concepts, {}, "哪些乡镇开展了法治宣传？")
    assert best and best[0].text == detail


def test_an_item_lead_is_still_quoted_when_it_is_all_the_report_says():
    from answering.sentences import best_sentences, is_lead
    from reportqa.types import Chunk, ReportInfo
    from retrieval.query import Concept

    text = "二是推行法律顾问制度。"
    info = ReportInfo("r", "r.txt", "青柳乡报告", "青柳乡", "红岩县", "乡镇", 2024, "h")
    chunk = Chunk("c", "r", text, (), 0, len(text), info)
    concepts = [Concept("法律顾问", ("法律顾问",), True)]
    assert is_lead(text) and not is_lead("二是聘请法律顾问2名。")
    assert [s.text for s in best_sentences(chunk, concepts, {}, "哪些乡镇有法律顾问？")] == [text]


@pytest.fixture(scope="module")
def seed_service(seed_app):
    return seed_app.service


@pytest.mark.parametrize(
    "question", ["哪些乡镇由司法所兜底调解矛盾纠纷？", "矛盾纠纷调解由司法所兜底的乡镇有哪些？"]
)
def test_a_place_word_no_report_uses_leaves_the_need(seed_service, question):
    """兜底 (jieba: s, a place word) says how, not what: the mediating reports still answer."""
    plain = seed_service.ask("哪些乡镇由司法所调解矛盾纠纷？")
    spoken = seed_service.ask(question)
    assert plain.townships and set(spoken.townships) == set(plain.townships)
    assert "兜底" not in [c.term for c in seed_service.retriever.analyze(question).concepts]


def test_a_thing_no_report_names_still_decides(seed_service):
    answer = seed_service.ask("哪些乡镇调解矛盾纠纷时请了网红主播？")
    assert answer.townships == () and not answer.citations


@pytest.mark.parametrize("frame", ["有什么不同", "有何区别", "差别在哪里"])
def test_the_frame_of_a_comparison_is_no_topic(analyzer, frame):
    a = _analyze(analyzer, f"白桦镇和青柳乡在法律顾问上{frame}？")
    assert a.kind == "compare" and _terms(a) == ["法律顾问"]


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("哪些乡镇由党委书记牵头抓总法治建设？", "抓总"),
        ("哪些乡镇由镇长牵头抓总禁毒宣传？", "抓总"),
    ],
)
def test_single_characters_after_a_verb_continue_the_verb(analyzer, question, word):
    concepts = {c.term: c for c in _analyze(analyzer, question).concepts}
    assert word not in concepts or not concepts[word].required


@pytest.mark.parametrize(
    ("question", "word"), [("哪些乡镇组织巡河？", "巡河"), ("哪些乡镇搞了快闪？", "快闪")]
)
def test_a_run_of_single_characters_with_a_noun_or_after_a_particle_is_a_thing(
    analyzer, question, word
):
    concepts = {c.term: c for c in _analyze(analyzer, question).concepts}
    assert concepts[word].required


@pytest.mark.parametrize("question", ["它们各建了多少个？", "这些乡镇分别建了几个？"])
def test_a_pronoun_follow_up_without_a_topic_keeps_the_last_topic(question):
    prev = Turn("哪些乡镇建了调解室？", townships=("白桦镇", "青柳乡"))
    resolved = resolve(question, [prev], TOWNS)
    assert resolved.question.startswith("哪些乡镇建了调解室，白桦镇、青柳乡")
    assert resolved.scope == ("白桦镇", "青柳乡")


def test_a_pronoun_follow_up_with_its_own_topic_asks_that():
    prev = Turn("哪些乡镇建了调解室？", townships=("白桦镇", "青柳乡"))
    resolved = resolve("它们聘请了法律顾问吗？", [prev], TOWNS)
    assert resolved.question == "白桦镇、青柳乡聘请了法律顾问吗？"
