"""Which-questions in users' own words, over real pages (tests/data/blind9 and blind10).

``probes_qa39.jsonl`` asks 66 questions written for this round — colloquial and official,
preambles, exclusions, alternatives, verbs asked as yes-or-no, traditional characters,
follow-ups and typos — over the 45 real report openings of blind9 and blind10, gold read from
the pages. The causes of their misses fixed here, each a fact about Chinese questions:

1. a year with a word of picking after a which-answer (「那2025年的报告里头是哪些」) narrows
   that answer to its units of that year;
2. a question's quoted terms are the question's, never learnt by the shared tokenizer;
3. a verb asked as A-not-A (学没学过, 搞没搞, 请了没有) is the verb once, and a character
   taking 了/过 is a verb, never a suffix of the noun before it (民法典学过);
4. a lone 法 after two words ends a law's name (反有组织犯罪法); 立法 is no adverb;
5. a level said not to count (「县区的不算」) leaves the scope;
6. a remark after the question mark leaves the question's shape (「…的都有谁？光宣传的不算」);
7. 那 points as 这 before a kind word (「三重一大那套」), and a space typed between two items
   before a kind word is the 、 (「权力清单 责任清单这一套」);
8. the place gone to (去法院听庭审) and the part played (当被告出庭应诉) are soft needs;
9. 「哪几个镇」 counts nothing inside the towns;
10. spoken idioms of relating (扯上关系, 挂上钩, 沾边) are the 挂钩 reports write, and the spoken
    儿 closing a word (这种事儿) is no part of it;
11. the asker's paperwork before the question (「我们局里在汇总各街道…的情况,,想问下」) makes
    no comparison of its 各, however many commas close it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup import Turn, resolve
from reportqa.units import UnitIndex
from retrieval.a_not_a import plain_verb
from retrieval.asker_words import asked_levels
from retrieval.law_names import law_names_in
from retrieval.query import QuestionAnalyzer
from retrieval.question_shape import asks_units
from retrieval.relation_idioms import plain_relation
from retrieval.scope import levels_asked
from retrieval.spoken import without_erhua
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
_none = (UnitIndex(()),) * 2


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    # main's code before this round (8c08087): which F1 0.73, 29 of 66 missed; after 0.85,
    # 19 missed (typos, 官司, 疫情那几年, 合法性审核 ~ 审查, 双组长 spelled out: leads)
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "blind9" / "web_real", DATA / "blind10" / "web_real"],
        DATA / "probes_qa39.jsonl",
        ["--gold", str(DATA / "probes_qa39_meta_gold.jsonl"), "--min-f1", "0.85"],
    )
    assert len(result["questions"]) == 66
    assert result["overall"]["none_correct"] == 1.0
    missed = {q["id"] for q in result["questions"] if q["miss"]}
    # each rule's own probes (main missed every one of them)
    assert not missed & {"b3", "lv1", "d1", "d3", "n1", "n2", "c2", "fu1", "fu2", "fu4"}


def _terms(analyzer, question: str, required: bool = True) -> list[str]:
    a = analyzer.analyze(question, [], _none)
    return [c.term for c in a.concepts if c.required or not required]


# ---- 1. a year narrowing the last which-answer ----------------------------------------------
_KNOWN = UnitIndex(["河头镇", "老军乡", "渝中区"])
_LAST = Turn("哪些地方组织干部学了民法典", townships=("河头镇", "老军乡", "渝中区"))


@pytest.mark.parametrize("q", ["那2025年的报告里头是哪些", "只看2025年的呢", "2025年的有哪几家"])
def test_a_year_picks_among_the_last_answer(q):
    got = resolve(q, [_LAST], _KNOWN)
    assert got.question == "2025年哪些地方组织干部学了民法典"
    assert got.scope == ("河头镇", "老军乡", "渝中区")


def test_a_year_alone_asks_the_question_again():
    got = resolve("那2025年呢", [_LAST], _KNOWN)  # the same question over that year's reports
    assert got.question == "2025年哪些地方组织干部学了民法典" and got.scope == ()


# ---- 2. quoted terms stay the question's ----------------------------------------------------
def test_quoted_terms_leave_the_tokenizer_alone(tok):
    analyzer = QuestionAnalyzer(tok, {})
    plain = "哪些乡镇搞了法治抽考"
    before = _terms(analyzer, plain)
    assert not tok.is_word("法治抽考")
    analyzer.analyze("哪些乡镇提到了“法治抽考”", [], _none)
    assert not tok.is_word("法治抽考")  # another user's next question is cut as before
    assert _terms(analyzer, plain) == before


# ---- 3. A-not-A verbs; a verb after its object ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("民法典学没学过？", "民法典学过？"),
        ("哪些乡镇搞没搞禁毒宣传", "哪些乡镇搞禁毒宣传"),
        ("法律顾问请了没有，哪些镇请了", "法律顾问请了，哪些镇请了"),
        ("学习没学习宪法", "学习宪法"),
        ("有没有乡镇请了律师", "有没有乡镇请了律师"),  # an asking word, read elsewhere
        ("没有请法律顾问的乡镇", "没有请法律顾问的乡镇"),  # a negation, no question
        ("是不是都开了会", "是不是都开了会"),
    ],
)
def test_a_not_a_is_the_verb_once(text, read):
    assert plain_verb(text) == read


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        ("民法典学没学过？哪些乡镇街道学了", ["民法典"]),
        ("民法典学了没有，哪些镇学了", ["民法典"]),
        ("哪些乡镇给执法人员配了执法证", ["执法人员"]),  # 执法+证: a suffix (执法证 soft)
    ],
)
def test_a_verb_after_its_object(analyzer, question, terms):
    assert _terms(analyzer, question) == terms


# ---- 4. names of laws -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "反有组织犯罪法学过或宣传过的都有谁",
        "哪些乡镇宣传了反有组织犯罪法",
        "反有組織犯罪法有哪些單位提到",
    ],
)
def test_a_law_named_whole(analyzer, question):
    assert "组织犯罪法" in _terms(analyzer, question)


@pytest.mark.parametrize("question", ["哪些单位搞了领导干部述法", "哪些乡镇组织干部学法"])
def test_a_deed_on_law_is_no_name(tok, question):
    assert law_names_in(question, tok.tagged) == []


@pytest.mark.parametrize(
    ("question", "wanted"),
    [("有基层立法联系点的街道有哪些", "立法"), ("哪些地方参与了立法意见征集", "立法")],
)
def test_lawmaking_is_no_adverb(analyzer, question, wanted):
    assert wanted in _terms(analyzer, question)


def test_an_adverb_stays_one(analyzer):
    assert "一直" not in _terms(analyzer, "哪些乡镇一直坚持学法", required=False)


# ---- 5. a level said not to count -----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "levels"),
    [
        ("乡镇街道里头，谁搞过述法？县区的不算", ("乡镇",)),
        ("哪些单位搞过述法？县里的除外", ("乡镇", "地市")),
        ("哪些区县搞过述法？乡镇的不算", ("区县",)),
        ("哪些地方搞过述法，街道的不算", ()),  # 乡 and 镇 left: no scope word for them
        ("哪些乡镇搞过述法，镇长述职的不算", ("乡镇",)),  # a deed, no level
        ("哪些乡镇晒了荣誉称号？县里、镇街的都要", ("乡镇", "区县")),  # wanted as well
        ("哪些乡镇请了律师？县区的也要", ("乡镇", "区县")),
    ],
)
def test_a_level_not_counted(question, levels):
    assert asked_levels(question, levels_asked) == levels


# ---- 6. a remark after the question mark ----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "which"),
    [
        ("组织干部学民法典的都有谁？光宣传的不算", True),
        ("办过法治讲座的有谁？县里的也算", True),
        ("法律顾问是谁？只要名字", False),  # a person asked
    ],
)
def test_the_question_before_a_remark(question, which):
    assert asks_units(question) is which


# ---- 7. 那 before a kind word ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("重大事项集体决策、三重一大那套，落实了的是哪些镇街", {"重大事项集体决策", "三重一大"}),
        ("执法公示、全过程记录那一套，哪些乡镇落实了", {"执法公示", "全程记录"}),
    ],
)
def test_items_of_a_kind_after_na(analyzer, question, items):
    a = analyzer.analyze(question, [], _none)
    assert any(items <= set(c.alternatives) for c in a.concepts if c.required)


@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("权力清单 责任清单这一套，谁家报告里有写在弄的", {"权力清单", "责任清单"}),
        ("法律顾问 公职律师这些，哪些地方配了", {"法律顾问", "公职律师"}),
    ],
)
def test_items_typed_with_a_space(analyzer, question, items):
    a = analyzer.analyze(question, [], _none)
    assert any(items <= set(c.alternatives) for c in a.concepts if c.required)


@pytest.mark.parametrize(
    ("question", "contracted", "wanted"),
    [
        ("权力清单、责任清单这些，哪些地方编了", "权责清单", True),
        ("权力清单 责任清单这一套，谁家报告里有写在弄的", "权责清单", True),
        ("行政许可事项、行政处罚事项这类，哪些乡镇梳理了", "行政事项", False),  # 4-character sides
    ],
)
def test_two_modifiers_contracted(analyzer, question, contracted, wanted):
    a = analyzer.analyze(question, [], _none)
    assert any(contracted in c.alternatives for c in a.concepts) is wanted


def test_a_space_after_the_asking_words_is_no_list(analyzer):
    assert _terms(analyzer, "哪些乡镇 开展了普法这些工作") == ["普法"]


def test_every_item_asked_is_no_kind(analyzer):
    a = analyzer.analyze("重大事项集体决策、三重一大都落实了的有哪些", [], _none)
    assert not any("三重一大" in c.alternatives and len(c.alternatives) > 3 for c in a.concepts)


# ---- 8. the place gone to, the part played --------------------------------------------------
@pytest.mark.parametrize(
    ("question", "soft", "kept"),
    [
        ("带干部去法院听庭审的有哪些镇街", "法院", "庭审"),
        ("哪些乡镇到企业送法上门", "企业", "送法"),
        ("当被告出庭应诉的，有哪些单位在报告里说了？", "被告", "出庭应诉"),
    ],
)
def test_where_and_as_what_are_soft(analyzer, question, soft, kept):
    required = _terms(analyzer, question)
    assert soft not in required and kept in required


@pytest.mark.parametrize(
    ("question", "kept"),
    [("书记当组长的乡镇有哪些", "书记"), ("哪些乡镇给企业做了法治体检", "企业")],
)
def test_a_part_or_place_that_is_the_topic(analyzer, question, kept):
    assert kept in _terms(analyzer, question)


# ---- 9. the units asked are not counted -----------------------------------------------------
def test_which_towns_counts_nothing(analyzer):
    assert _terms(analyzer, "有没有在弄法律明白人培养的，哪几个镇") == ["法律", "明白人"]
    assert "村" in _terms(analyzer, "哪几个镇有多少个村")


# ---- 10. spoken idioms of relating; the spoken 儿 ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("征地拆迁跟法治扯上关系的", "征地拆迁跟法治挂钩的"),
        ("疫情防控跟法治挂上钩的", "疫情防控跟法治挂钩的"),
        # one side only: the report is the other, and the relation is 有关 (fact76)
        ("跟营商环境沾边的报告", "跟营商环境有关的报告"),
        ("把禁毒宣传跟普法宣传沾上边的", "把禁毒宣传跟普法宣传挂钩的"),
        ("哪些乡镇理顺了关系", "哪些乡镇理顺了关系"),  # a relation named, no idiom of relating
    ],
)
def test_idioms_of_relating(text, read):
    assert plain_relation(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("征地拆迁这种事儿", "征地拆迁这种事"),
        ("放一块儿写", "放一块写"),
        ("保护儿童权益", "保护儿童权益"),
    ],
)
def test_the_spoken_er(text, read):
    assert without_erhua(text) == read


# ---- 11. the asker's paperwork compares nothing ---------------------------------------------
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("我们局里在汇总各街道乡镇政务公开的情况,,想问下这批报告里哪些写了具体做法", "which"),
        ("县里在整理各镇的材料，想问下哪些镇请了法律顾问", "which"),
        ("县里在汇总材料，问一下各镇街分别聘了几个法律顾问", "compare"),  # the question compares
    ],
)
def test_the_askers_paperwork_is_no_comparison(analyzer, question, kind):
    assert analyzer.analyze(question, [], _none).kind.value == kind
