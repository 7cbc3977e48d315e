"""Stop 30: refusing what the reports do not say, four general facts.

``probes_none30.jsonl`` asks over three invented reports (``tests/data/probe_reports_none30``:
streets under 平湖市, 安吉县 and 嘉善县), each lure with two phrasings and its twin as the
must-not:

- a county-level city said as the question's subject before a level (「延吉市的街道」) holds
  no report: refused by name, never answered with other cities' streets (the particle 的 is
  no part of a town's name: ``answering.places``);
- a mark of form jieba cuts off its noun (小|程序, 微|讲堂) makes another kind of thing, which
  the bare noun or another form (大讲堂) does not support (``retrieval.question_words``,
  ``retrieval.field_marks``, ``answering.narrowing``);
- a noun no report writes before the asked thing restricts it to a field (税务证明事项,
  医疗纠纷): a condition, not one word among many (``retrieval.field_marks``);
- a report's negation of a deed reaches its whole clause and the list under it (「尚未聘请专职
  法律顾问、建立合法性审查机制」: ``retrieval.negation_reach``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.places import county_by_short_name, unknown_places
from reportqa.units import UnitIndex
from retrieval.concept import Concept
from retrieval.field_marks import field_marked, form_marked
from retrieval.negation_reach import reached
from retrieval.question_words import joined_singles
from tests.probe_kit import ingest_and_eval, score

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_none30.jsonl"
UNITS = (UnitIndex(()), UnitIndex(()))


def test_none30_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_none30"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    refused = {q["id"]: q["error"] for q in result["questions"] if q["error"]}
    assert sorted(refused) == ["g1a", "g1b", "g1c"]
    assert refused["g1a"].startswith("库中没有「延吉市」的报告")


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("延吉市的街道有没有聘请法律顾问？", "延吉市"),
        ("昆山市的镇里，哪些开展了述法", "昆山市"),
        ("白马镇有没有聘请法律顾问", "白马镇"),  # a town's own name still is one
    ],
)
def test_a_place_before_de_is_the_place(question, place):
    assert unknown_places(question, UNITS) == [place]


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("延吉的街道有没有聘请法律顾问", ["延吉"]),
        ("昆山那边的镇里，哪些开展了述法", ["昆山"]),
        ("平安乡镇创建哪些街道做了", []),  # 平安区 exists, but no 的: a topic
        ("普法的乡镇有哪些", []),
    ],
)
def test_a_county_by_its_short_name_as_subject(question, names):
    assert county_by_short_name(question) == names


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("哪个乡建了政企沟通小程序", "小程序"),
        ("政企沟通的微信小程序是哪个街道建的", "小程序"),
        ("法治微讲堂有哪些街道在办", "微讲堂"),
    ],
)
def test_a_form_mark_opens_its_noun(tok, question, word):
    words = [w for _, w, _ in joined_singles(question, tok.tagged(question))]
    assert word in words


@pytest.mark.parametrize("question", ["大小事务都有人管吗", "哪些小区开展了普法"])
def test_no_form_mark_in_other_words(tok, question):
    words = [w for _, w, _ in joined_singles(question, tok.tagged(question))]
    assert not any(w.startswith(("小区", "大小")) and len(w) > 2 for w in words)


def _df(spelled):
    return lambda strings: int(any(s in spelled for s in strings))


def test_a_field_noun_no_report_writes_is_a_condition(tagged):
    q = "哪个街道对税务证明事项实行告知承诺制"
    concepts = [Concept(t, (), True) for t in ("税务", "证明", "告知", "承诺制")]
    got = field_marked(concepts, q, _df({"证明", "告知", "承诺制"}), tagged)
    assert [c.term for c in got if c.must] == ["税务"]
    # the library writes 税务 somewhere: weighed as usual
    spelled = field_marked(concepts, q, _df({"税务", "证明", "告知", "承诺制"}), tagged)
    assert not any(c.must for c in spelled)


def test_a_form_no_report_writes_is_a_condition(tagged):
    q = "哪个街道定期举办法治小讲堂"
    concepts = [Concept(t, (), True) for t in ("定期", "举办", "法治", "小讲堂")]
    got = field_marked(concepts, q, _df({"定期", "举办", "法治", "讲堂"}), tagged)
    assert [c.term for c in got if c.must] == ["小讲堂"]
    assert form_marked("小讲堂", "讲堂") and not form_marked("法治讲堂", "讲堂")
    assert not form_marked("小册子", "册子")  # a dictionary word: one word of the language


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("哪些镇聘请了法律顾问", "白石镇还没有聘请专职法律顾问。"),
        ("哪些镇建立了法律顾问制度", "白石镇尚未建立健全法律顾问制度。"),
        ("哪些镇建立了合法性审查机制", "白石镇尚未聘请法律顾问、建立合法性审查机制。"),
        ("哪些镇开展了合法性审查", "白石镇法律顾问、合法性审查等工作均未开展。"),
    ],
)
def test_a_negated_deed_reaches_its_clause(analyzer, tok, question, sentence):
    assert score(analyzer, tok, question, sentence, units=UNITS) < 0.65


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("哪些镇配备了法律顾问", "对尚未建立法律顾问制度的村全部配备了法律顾问。"),
        ("哪些镇开展了合法性审查", "在没有法律顾问的情况下，镇司法所开展合法性审查12件。"),
        ("哪些镇开展了法治教育", "未成年人法治教育、老年人防诈骗宣传等工作全面开展。"),
        ("哪些镇开展了普法", "对未开展普法的村进行督导，全年开展普法活动30场。"),
    ],
)
def test_no_negation_past_its_clause(analyzer, tok, question, sentence):
    assert score(analyzer, tok, question, sentence, units=UNITS) >= 0.65


def test_reached_stops_at_a_relative_de():
    text = "对尚未建立法律顾问制度的村全部配备了法律顾问。"
    assert reached(text, 5, 9)
    assert not reached(text, text.rfind("法律顾问"), len(text) - 1)
