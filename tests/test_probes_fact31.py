"""Round fact31: a fact question's value where the report writes it apart from the words asked.

``probes_fact31.jsonl`` asks over three invented reports (``tests/data/probe_reports_fact31``):

- a count stands before the noun it counts (「组织86名新任村干部参加岗前法律知识考试」), so 「多少干部
  参加了…考试」 (多少 + a noun, no measure word) and 「多少人参加了…」 are answered by the count
  before the noun in the clause that says the deed (``answering.count_before``): two
  paraphrases each, and a must-not whose noun is counted in another sentence's deed;
- 任前 is the short 任职前 (``retrieval/synonyms.txt``): two paraphrases, and a must-not whose
  report writes 岗前;
- a how-often question is answered by the sentence spelling a period before the year's tally
  of the same deed (``answering.how_often``): two paraphrases, and a must-not whose deed has
  only a tally (the other deed's period is not borrowed);
- 餐馆/饭馆 are the spoken 餐饮 (``retrieval/register.txt``): two paraphrases, and a must-not
  whose report checked other firms;
- a province or city said before a named unit is its address, and 那个 + 中… begins a name
  (``answering.region_scope``, ``retrieval.question_scope``): two paraphrases, and a must-not
  (unit test) whose region is said after the unit, inside the need;
- a bound on the number (起码, 最起码) is the value's word and a lone 得 joins no word
  (``answering.value_kinds``, ``retrieval.question_words``): two paraphrases, and a must-not
  whose people have no hours given;
- 多大/多远 ask a size like 多少 a count, 地盘 is the spoken 面积, 平方公里 is read whole
  (``retrieval.vocabulary``, ``retrieval/register.txt``, ``retrieval.measures``): three
  paraphrases, and a must-not whose report gives no area;
- 下放的权力 is 权力下放, written 赋权 by the unit receiving it (``retrieval/register.txt``): two
  paraphrases, and a must-not whose report receives none.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.count_before import PEOPLE, bare_noun, count_before, counts_noun
from answering.how_often import asks_how_often, states_period
from reportqa.text import Tokenizer
from retrieval.concept import Concept
from tests.probe_kit import asked, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fact31.jsonl"


def test_fact31_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fact31"],
        PROBES,
        ["--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])
    heads = [q["headline_ok"] for q in result["questions"] if q["kind"] == "fact"]
    assert all(heads)
    # the 党委会's tally has no period: the 班子会's 每季度 is not its answer
    for _, answer in asked(tmp_path / "d", DATA / "probes_fact31_often_not.jsonl"):
        assert "每季度" not in answer.answer


@pytest.fixture(scope="module")
def tok():
    return Tokenizer()


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("南宁市有多少新提拔的干部参加了任前法律考试？", "干部"),
        ("杜城给多少群众做过法律咨询？", "群众"),
        ("中山门街道培养了多少社区法律明白人", "明白人"),
        ("有多少人参加了考试", PEOPLE),
        ("参加考试的有几名", PEOPLE),
    ],
)
def test_the_noun_a_bare_how_many_counts(tok, question, noun):
    assert bare_noun(question, tok.tagged, tok.words) == noun


@pytest.mark.parametrize("question", ["多少个村", "发了多少份资料", "开了几次会", "多少人次"])
def test_no_bare_noun_after_a_measure_word(tok, question):
    assert bare_noun(question, tok.tagged, tok.words) == ""


def test_the_count_before_its_noun_in_the_deeds_clause():
    test = (Concept("考试", ("考试",), True),)
    said = "组织86名新任村干部参加岗前考试，32名网格员参加业务培训。"
    assert count_before(said, "干部") == "86名"
    assert counts_noun(said, "干部", test)
    assert not counts_noun(said, "网格员", test)  # its clause tells another deed
    assert not counts_noun("干部参加考试，共计86场。", "干部", test)  # no count before it
    assert count_before("开展12场活动覆盖群众", "群众") == ""  # 场 counts occasions, no people


@pytest.mark.parametrize(
    "question", ["党委会多久学一次法", "多长时间开一次会", "隔多久检查", "学法的频次是怎样的"]
)
def test_how_often_asked(question):
    assert asks_how_often(question)


@pytest.mark.parametrize("question", ["学了多久", "开了几次会", "多长时间办结", "复议多久办结"])
def test_no_how_often_in_other_words(question):
    assert not asks_how_often(question)


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("严格落实每月1次党委会学法制度", True),
        ("每半年组织一次专题学习研讨", True),
        ("按季度听取法治建设汇报", True),
        ("全年召开党委会专题研究法治建设工作4次", False),
        ("定期召开专题会议", False),
    ],
)
def test_a_period_stated(sentence, period):
    assert states_period(sentence) == period


class _Regions:
    """The one region of these checks, as ``RegionAnswers.asked`` reads a question."""

    def asked(self, q: str) -> dict[str, str]:
        return {"天津市": "天津"} if "天津" in q else {}


def _terms_left(question: str, terms: tuple[str, ...]) -> list[str]:
    from answering.region_scope import region_scope
    from reportqa.answer import Kind
    from retrieval.query import Analysis

    concepts = tuple(Concept(t, (t,), True) for t in terms)
    analysis = Analysis(question, Kind.FACT, ("中岭街道",), concepts=concepts)
    kept = region_scope(question, analysis, [], _Regions()).analysis  # type: ignore[arg-type]
    return [c.term for c in kept.concepts]


def test_a_region_before_the_unit_is_its_address():
    assert _terms_left("天津那个中岭街道培养了多少法律明白人", ("天津", "法律明白人")) == [
        "法律明白人"
    ]


def test_a_region_after_the_unit_stays_in_the_need():
    # must-not: 「学习天津的经验」 asks about 天津, said after the unit
    assert _terms_left("中岭街道有没有学习天津的经验", ("天津", "经验")) == ["天津", "经验"]


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("那个中山门街道培养了多少法律明白人", "中山门"),  # 那个 + a name beginning with 中
        ("这几个乡镇中，哪些聘请了法律顾问", "哪些"),  # still a frame: a plural and a noun
    ],
)
def test_among_needs_a_plural_or_a_noun(question, left):
    from retrieval.question_scope import among

    assert left in among(question)
    assert ("中山门" in among(question)) == ("中山门" in question)


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("执法人员一年起码得学多少个学时", "起码"),
        ("最起码开几次会", "最起码"),
        ("至少要办多少件", "至少"),
    ],
)
def test_a_bound_on_the_number_is_the_values_word(question, word):
    from answering.value_kinds import value_words

    assert word in value_words(question)


def test_no_bound_without_a_number_asked():
    from answering.value_kinds import value_words

    assert "至少" not in value_words("是不是至少每年开展一次述法")


def test_a_lone_de_joins_no_word(tok):
    from retrieval.question_words import joined_singles

    q = "执法人员起码得学多少个学时"
    words = [w for _, w, _ in joined_singles(q, tok.tagged(q))]
    assert "得学" not in words


@pytest.mark.parametrize("word", ["多大", "多远", "多长", "多高", "多久"])
def test_a_size_asked_is_a_question_word(word):
    from retrieval.vocabulary import QUESTION_WORDS

    assert word in QUESTION_WORDS


def test_an_area_in_square_kilometres_is_read_whole():
    from retrieval.measures import QUANTITY, counts_with

    assert QUANTITY.search("总面积223.72平方公里").group(0) == "223.72平方公里"
    assert counts_with("平方").search("总面积223.72平方公里")  # one class: area
