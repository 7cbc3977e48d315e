"""Round read64: which units a which-question's topic matches.

``probes_read64.jsonl`` asks over five invented reports (``tests/data/probe_reports_read64``):

1. A web copy's mojibake: 「青岚新区发生的“11?18”重大火灾事故」 — an ASCII ? between two digits
   ends no sentence (``retrieval.term_sentences``), so the place and the fire stay one sentence
   (m1a m1b; must-not m1n).
2. A bare 的-phrase of having or doing (「4.15国家安全教育日有活动的」) lists the units
   (``retrieval.question_kind``; k2a k2b, must-not k2n; kind must-nots below).
3. 审查 and 审核 of a contract are one act (``retrieval.document_review``; c3a c3b); with no
   contract asked they stay apart (c3n). Known, and main's too: 「开展审查调查2件，签订合同5份」
   still answers c3a/c3b — a review and a contract in one sentence, of different things.
4. 考X证 is the exam for X, and the exam and its subject are said in one clause
   (``retrieval.verb_copy``, ``retrieval.exam_subject``, ``retrieval.near_parts``; e4a e4b;
   must-not e4n: 「学法考试，参考率100%，大力规范行政执法行为」).
5. What every village holds is said beside the village (``retrieval.group_holder``; v5a v5b;
   must-not v5n: 「社区书记例会…结合法律顾问意见」).
6. A place character before a jieba abbreviation is one name (东|科大 → 东科大 ~ 东方科技大学),
   never spelled apart (东方医科大学) (``retrieval.name_abbreviations``; n6a n6b, must-not n6n).
7. 援 + a province's short name is aid to it (援疆 ~ 新疆 + 帮扶) (``retrieval.region_aid``;
   a7a a7b a7p; must-not a7n: 援藏, 援建, 援助). Self-review must-not n6m: 华科大, named by no report.

Review64 must-nots: 「哪些乡镇组织专家进行了考察论证」 (x8a: 考 opening 考察 reads no
certificate exam), 「哪些乡镇做了协议审查」 (c3m: the other verb meets the review and never
weighs it, so a sentence naming only an agreement is no review), 「去年有组织的」 (a verb of doing
alone names no thing done: no list of units).

main (006c5c18): which 0.65, none 0.00; this branch: which 0.98, none 1.00.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.concept import Concept
from retrieval.name_abbreviations import glued_names
from retrieval.question_kind import question_kind
from retrieval.region_aid import region_aid
from retrieval.term_sentences import sentence_ends
from retrieval.verb_copy import exam_as_noun
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_read64.jsonl"


def test_read64_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_read64"],
        PROBES,
        ["--min-f1", "0.95", "--min-none", "1.0"],
    )
    by_id = {q["id"]: q for q in result["questions"]}
    for qid in ("m1a", "m1b", "k2a", "k2b", "e4a", "e4b", "e4n", "v5a", "v5b", "n6a", "n6n"):
        assert by_id[qid]["f1"] == 1.0, (qid, by_id[qid]["miss"])
    for qid in ("a7a", "a7b", "a7n", "a7p", "c3n", "m1n", "k2n", "x8a", "c3m"):
        assert by_id[qid]["f1"] == 1.0, (qid, by_id[qid]["miss"])


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("4.15国家安全教育日有活动的", "which"),
        ("搞过积分超市的", "which"),
        ("开展了宪法宣传周活动的", "which"),
        # must-nots: a question word, a copula, a demonstrative, a manner or an amount
        ("法律顾问是怎么聘请的", "fact"),
        ("普法活动是由司法所组织的", "fact"),
        ("这个活动有意义的", "fact"),
        ("法治宣传做得最好的", "fact"),
        ("去年办了多少件案子的", "fact"),
        ("白沙镇有法律顾问的", "fact"),  # a unit named: about it
        # review64 must-nots: a verb of doing alone names no thing done (main listed 40 units)
        ("去年有组织的", "fact"),
        ("有做的", "fact"),
    ],
)
def test_bare_doer_phrase(question, kind):
    townships = ["白沙镇"] if question.startswith("白沙镇") else []
    assert question_kind(question, townships).value == kind


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("组织干部考行政执法证的有哪些", "组织干部行政执法考试的有哪些"),
        # review64 must-nots: 考 opening a word (考察, 考核) before 论证/认证 is no exam
        ("哪些乡镇组织专家进行了考察论证", "哪些乡镇组织专家进行了考察论证"),
        ("哪些报告提到考核认证", "哪些报告提到考核认证"),
    ],
)
def test_certificate_exam_only_after_a_free_kao(tok, question, read):
    assert exam_as_noun(question, tok.is_word) == read


def test_question_mark_between_digits_ends_no_sentence():
    text = "发生“12?20”事故。是否整改?已整改！"
    ends = sentence_ends(text)
    assert text.index("?") + 1 not in ends  # between two digits: a lost middle dot
    assert text.rindex("?") + 1 in ends  # after a word: a question mark


def test_place_character_joins_abbreviation_only():
    assert glued_names([("南", "ns"), ("科大", "j")]) == [("南科大", "j")]
    assert glued_names([("西", "f"), ("科大", "j")]) == [("西", "f"), ("科大", "j")]
    assert glued_names([("南", "ns"), ("科技", "n")]) == [("南", "ns"), ("科技", "n")]


def test_region_aid_spellings():
    place = Concept("新疆", ("新疆",), True)
    help_ = Concept("帮扶", ("帮扶",), True)
    other = Concept("旅游", ("旅游",), True)
    out = region_aid([place, help_, other])
    assert "援疆" in out[0].alternatives and out[0].members == ("援疆",)  # never its weight
    assert "援疆" in out[1].alternatives
    assert out[2] == other  # no word of helping: untouched
    assert region_aid([help_, other]) == [help_, other]  # no province: nothing read


def test_exam_stands_aside_in_alternatives():
    """int64 (blind16 h30_13 down): 「建立了应知应会法律清单或者搞了应知应会考试」 is met by either
    half — the exam is no condition of every sentence; without 或者 it is."""
    from retrieval.concept import Concept
    from retrieval.exam_subject import exam_with_subject

    concepts = [Concept("应知应会", ("应知应会",), True), Concept("考试", ("考试",), True)]
    either = "哪些地方建立了应知应会法律清单或者搞了应知应会考试？"
    assert not any(c.must for c in exam_with_subject(either, concepts))
    alone = "哪些地方搞了应知应会考试？"
    assert all(c.must for c in exam_with_subject(alone, concepts))
