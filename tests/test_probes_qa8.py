"""Fact answers, follow-ups and name questions on wordings made up here, end to end.

``probes_qa8.jsonl`` asks about the five seed reports plus five invented web-page copies
(``tests/data/probe_reports_qa8``: page chrome, one in traditional characters, one naming its
law firm and one that does not, a county report beside its townships) through the real CLI:
ingest, then ``reportqa eval``. Each category has two paraphrases that must be answered and
one question that must not be (a ``none`` item).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from answering.compare import _superlative
from answering.entities import asked_entity, kind_named, mentions_kind, names_entity
from answering.extractive import states_coverage
from answering.followup import Turn, resolve
from answering.sentences import figure_words
from reportqa.answer import Answer, Citation, CompareRow, Kind, Role
from reportqa.errors import QuestionError
from reportqa.units import UnitIndex
from retrieval.measures import asked_measure, counts_of, counts_with
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    floors = ["--min-facts", "0.95", "--min-compare", "0.95", "--min-none", "0.95"]
    reports = [ROOT / "corpus", DATA / "probe_reports_qa8"]
    ingest_and_eval(monkeypatch, capsys, tmp_path / "d", reports, DATA / "probes_qa8.jsonl", floors)


# ---- named entities: a name before the kind word answers, a count or a verb does not ---------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("白桦镇聘的是哪家律师事务所？", "律师事务所"),
        ("青柳乡的法律顾问是哪个律所的？", "律所"),
        ("红岩县和哪所高校签了合作协议？", "高校"),
    ],
)
def test_a_name_question_asks_for_its_kind(question, kind):
    assert asked_entity(question) == kind


def test_a_unit_question_asks_no_kind():
    assert asked_entity("哪个乡镇调解员最多？") == "" and asked_entity("哪家做得好？") == ""


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("镇政府聘请红岩县正源律师事务所担任常年法律顾问。", "律所"),
        ("与青州大学法学院共建法律诊所。", "高校"),
        ("委托“同心”律师事务所开展合法性审查。", "律师事务所"),
        ("與白鷺學院合作開展普法講座。", "高校"),
    ],
)
def test_a_name_before_the_kind_word_answers(sentence, kind):
    assert names_entity(sentence, kind)


@pytest.mark.parametrize(
    "sentence",
    [
        "聘请1家律师事务所担任法律顾问。",
        "聘请一家律师事务所为村民提供法律服务。",
        "积极与律师事务所加强协作。",
        "聘请专业律师事务所律师担任法律顾问。",
        "全县律师事务所共派出律师20名。",
    ],
)
def test_a_count_or_a_verb_before_the_kind_word_names_none(sentence):
    assert mentions_kind(sentence, "律师事务所") and not names_entity(sentence, "律师事务所")


# ---- 多少个村: a count of the noun, never of occasions or of something else beside it ---------
@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("全镇15个村（社区）实现法律顾问全覆盖。", True),
        ("已为12个行政村配备法律明白人。", True),
        ("村（社区）法律顾问已覆盖21个。", True),
        ("开展普法大集进村12次，发放资料2600余份。", False),
        ("组织律师进村服务8场次。", False),
        ("各村修订村规民约15条。", False),
    ],
)
def test_how_many_villages_wants_a_count_of_villages(sentence, counts):
    assert asked_measure("一共走了多少个村？") == "个" and asked_measure("有几个律所？") == ""
    assert bool(counts_of("村").search(sentence)) is counts


# ---- picking the most from the last answer -----------------------------------------------
def _row(unit: str, n: float, measure: str, k: int) -> CompareRow:
    cite = Citation(k, f"r{k}", f"r{k}.txt", "报告", unit, "红岩县", 2024, "一、", "x", 0, 1)
    return CompareRow(unit, "x", n, cite, 2024, "", measure)


def test_the_most_names_every_unit_tied_for_it():
    rows = [_row("白桦镇", 15, "场", 1), _row("青柳乡", 15, "场", 2), _row("红岩镇", 9, "次", 3)]
    (para,) = _superlative("其中哪个最多？", rows)
    text = "".join(r.text for r in para.runs)
    assert "白桦镇" in text and "青柳乡" in text and "并列" in text and "红岩镇" not in text


def test_a_measure_word_in_traditional_characters_is_the_same_word():
    assert figure_words("全年開展法治宣傳活動15場。", 15) == ("", "场")


def test_the_least_is_one_unit_and_numbers_of_other_kinds_are_not_ranked():
    rows = [_row("白桦镇", 31, "名", 1), _row("青柳乡", 18, "人", 2)]
    (para,) = _superlative("哪个最少？", rows)
    assert "".join(r.text for r in para.runs).count("青柳乡") == 1
    mixed = [_row("白桦镇", 3000, "份", 1), _row("青柳乡", 12, "场", 2)]
    (said,) = _superlative("哪个最多？", mixed)
    assert "无法判断" in "".join(r.text for r in said.runs)


@pytest.mark.parametrize("question", ["其中哪个最多？", "这其中哪个最少？"])
def test_picking_the_most_after_an_answer_without_numbers_asks_back(question):
    prev = Turn("哪些乡镇聘请了法律顾问？", townships=("白桦镇", "青柳乡"))
    with pytest.raises(QuestionError, match="比的是什么"):
        resolve(question, [prev], UnitIndex(["白桦镇", "青柳乡"]))


def test_picking_the_most_after_a_count_asks_the_count_again():
    prev = Turn("白桦镇和青柳乡各有多少持证执法人员？", townships=("白桦镇", "青柳乡"))
    resolved = resolve("其中哪个最多？", [prev], UnitIndex(["白桦镇", "青柳乡"]))
    assert resolved.question.startswith("白桦镇和青柳乡各有多少持证执法人员")


# ---- a related passage is a typed citation, never the answer's evidence -------------------
def test_a_related_passage_survives_json_and_is_listed_apart(tmp_path):
    from export.markdown import to_markdown

    cite = Citation(1, "r", "r.txt", "报告", "青柳乡", "红岩县", 2024, "一、", "聘请1家律所", 0, 6)
    related = replace(cite, role=Role.RELATED)
    answer = Answer("青柳乡聘的是哪家律所？", Kind.FACT, "extractive", related=(related,))
    back = Answer.from_json(answer.to_json())
    assert back.related == (related,) and back.citations == ()
    assert "相关内容（不是答案的依据）" in to_markdown([answer])


# ---- spoken measure words and the period a report covers --------------------------------
@pytest.mark.parametrize(
    ("question", "answer", "other"),
    [
        ("白桦镇送法下乡去了几趟？", "送法下乡活动9次", "发放资料800份"),
        ("青柳乡法治讲座搞了几回？", "举办法治讲座6场", "参加群众300人"),
    ],
)
def test_a_spoken_measure_word_asks_for_occasions(question, answer, other):
    counts = counts_with(asked_measure(question))
    assert counts.search(answer) and not counts.search(other)


@pytest.mark.parametrize(
    "question",
    [
        "红岩县2025年那份政府工作报告说上一年调解了多少件纠纷？",
        "红岩县2025年的政府工作报告里，上年度调解了多少件纠纷？",
    ],
)
def test_the_year_a_report_reviews_is_no_topic(question, analyzer):
    terms = [
        c.term
        for c in analyzer.analyze(question, [], (UnitIndex([]), UnitIndex(["红岩县"]))).concepts
    ]
    assert "纠纷" in terms and not any("年" in t for t in terms)


def test_a_year_word_inside_a_topic_stays(analyzer):
    terms = [
        c.term
        for c in analyzer.analyze(
            "红岩县开展了多少次年度考核？", [], (UnitIndex([]), UnitIndex(["红岩县"]))
        ).concepts
    ]
    assert any("年度考核" in t or "考核" in t for t in terms)


# ---- coverage: the sentence that says how far it reaches, not a plan ----------------------
@pytest.mark.parametrize(
    ("sentence", "section", "said"),
    [
        ("全镇12个村（社区）法律顾问实现全覆盖。", "一、主要成效", True),
        ("全乡8个村中已有6个村建成法治文化广场。", "一、主要成效", True),
        ("村级调解组织覆盖率达95%。", "（二）化解矛盾", True),
        ("推动村法律顾问全覆盖。", "二、下一步打算", False),
        ("力争年内实现村法律顾问全覆盖。", "一、主要成效", False),
        ("聘请2家律师事务所担任法律顾问，审查合同40份。", "一、主要成效", False),
    ],
)
def test_a_coverage_cell_states_how_far_it_reaches(sentence, section, said):
    assert states_coverage(sentence, section) is said


@pytest.mark.parametrize(
    ("question", "kind"),
    [("白桦镇那家律所叫什么？", "律所"), ("青柳乡合作的学院全称是什么", "学院")],
)
def test_a_name_question_about_an_organisation_knows_its_kind(question, kind):
    assert kind_named(question) == kind


def test_a_name_question_about_a_person_names_no_organisation():
    assert kind_named("白桦镇调解委员会主任叫什么？") == ""


@pytest.mark.parametrize("question", ["它们当中哪个最多？", "最多的是哪个？", "那最少的是哪个？"])
def test_a_bare_ranking_picks_from_the_last_answer(question):
    prev = Turn("白桦镇和青柳乡各有多少持证执法人员，哪个最多？", townships=("白桦镇", "青柳乡"))
    resolved = resolve(question, [prev], UnitIndex(["白桦镇", "青柳乡"]))
    assert resolved.question.startswith("白桦镇和青柳乡各有多少持证执法人员，")
    assert resolved.question.count("最") == 1 and resolved.scope == ("白桦镇", "青柳乡")


def test_a_ranking_with_a_topic_of_its_own_is_no_pick():
    prev = Turn("白桦镇和青柳乡各有多少持证执法人员？", townships=("白桦镇", "青柳乡"))
    resolved = resolve("哪个乡镇的调解室最多？", [prev], UnitIndex(["白桦镇", "青柳乡"]))
    assert not resolved.question.startswith("白桦镇和青柳乡各有多少持证执法人员")


def test_only_counts_of_the_asked_measure_are_ranked():
    rows = [_row("白桦镇", 42, "份", 1), _row("青柳乡", 30, "份", 2), _row("红岩镇", 500, "人", 3)]
    (para,) = _superlative("各审查了多少份合同，哪个最多？", rows)
    text = "".join(r.text for r in para.runs)
    assert (
        text.startswith("按各单位引文中的数字，最多的是 白桦镇")
        and "未写明可比数量：红岩镇" in text
    )


@pytest.mark.parametrize("question", ["那青柳乡是多少？", "青柳乡又是多少", "青柳乡的数字呢"])
def test_another_unit_asked_how_many_keeps_the_need_and_the_year(question):
    prev = Turn("白桦镇2024年有多少名持证执法人员？", townships=("白桦镇",))
    resolved = resolve(question, [prev], UnitIndex(["白桦镇", "青柳乡"]))
    assert resolved.question == "青柳乡2024年有多少名持证执法人员？"


def test_another_unit_with_a_question_of_its_own_keeps_it():
    prev = Turn("白桦镇2024年有多少名持证执法人员？", townships=("白桦镇",))
    resolved = resolve("青柳乡有多少个村？", [prev], UnitIndex(["白桦镇", "青柳乡"]))
    assert resolved.question == "青柳乡有多少个村？"


def test_a_related_source_card_says_it_is_no_evidence():
    from webapp.render import citation_card

    text = "一、主要工作\n聘请1家律师事务所担任法律顾问。\n"
    start = text.index("聘请")
    cite = Citation(
        1,
        "r",
        "r.txt",
        "报告",
        "青柳乡",
        "红岩县",
        2024,
        "一、",
        text[start:-1],
        start,
        len(text) - 1,
    )
    assert "不是答案的依据" in citation_card(replace(cite, role=Role.RELATED), text)
    assert "不是答案的依据" not in citation_card(cite, text)
