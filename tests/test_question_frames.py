"""Question understanding on wordings made up here (no dev question is reused).

Each rule: two paraphrases that must give the topic, one wording that must not.
"""

from __future__ import annotations

import pytest

from answering.metadata_qa import _levels
from reportqa.types import ReportInfo
from reportqa.units import UnitIndex
from retrieval.query import QuestionAnalyzer
from retrieval.scope import named_levels


def _concepts(analyzer: QuestionAnalyzer, q: str):
    return analyzer.analyze(q, [], (UnitIndex([]), UnitIndex([]))).concepts


@pytest.mark.parametrize(
    ("question", "synonym"),
    [
        ("哪些镇请了公职律师、律所？", "律师事务所"),
        ("哪些乡搞过宪法宣传或者防骗宣讲？", "防诈骗"),
        ("哪些镇请了律所或者公职律师？", "律师事务所"),
    ],
)
def test_both_sides_of_a_listed_pair_keep_their_synonyms(analyzer, question, synonym):
    merged = [c for c in _concepts(analyzer, question) if "/" in c.term]
    # 「宪法宣传或者防骗宣讲」: two compounds, each whole (q37), its words' synonyms inside it
    assert merged and any(synonym in a for a in merged[0].alternatives)


def test_the_right_side_that_grows_keeps_its_whole_word(analyzer):
    merged = [c for c in _concepts(analyzer, "哪些镇做了河道保洁、垃圾清运？") if "/" in c.term]
    assert merged and "垃圾清运" in merged[0].alternatives
    assert "垃圾" not in merged[0].alternatives


def _mentions(concept, sentence: str) -> bool:
    return any(alt in sentence for alt in concept.alternatives)


@pytest.mark.parametrize(
    ("question", "key", "positive", "negative"),
    [
        (
            "哪些镇的规范性文件请律所看过？",
            "律所",
            "与县城一家律师事务所签订常年法律顾问合同。",
            "委托会计师事务所开展财务审计。",
        ),
        (
            "哪些乡的合同有专人把关？",
            "把关",
            "对镇政府签订的合同一律进行合法性审查。",
            "审核通过低保申请23户。",
        ),
        (
            "哪些镇的大事要班子拍板？",
            "拍板",
            "重大事项均经班子会议集体讨论决定。",
            "决定对违法建筑依法拆除。",
        ),
        (
            "哪些乡给赶路的人塞过传单？",
            "传单",
            "向过往群众发放宣传资料800余份。",
            "在村口悬挂横幅5条。",
        ),
        (
            "哪些街道的队员都考证了？",
            "考证",
            "执法队员均取得执法资格证。",
            "组织干部参加学法考试。",
        ),
        (
            "哪些镇的网格员都持证了？",
            "持证",
            "执法人员全部执证上岗。",
            "证明材料一次性告知。",
        ),
        (
            "哪些乡的协管员也持证上岗？",
            "持证上岗",
            "协管员全部执证上岗。",
            "新进人员岗前培训2次。",
        ),
    ],
)
def test_a_synonym_line_finds_the_report_word_and_no_look_alike(
    analyzer, question, key, positive, negative
):
    concepts = [c for c in _concepts(analyzer, question) if key in c.term]
    if not concepts:  # the key is the report word the question's own word maps to
        concepts = [c for c in _concepts(analyzer, question) if key in c.alternatives]
    assert concepts, [c.term for c in _concepts(analyzer, question)]
    assert _mentions(concepts[0], positive)
    assert not _mentions(concepts[0], negative)


def test_everyday_words_for_the_public_are_no_topic(analyzer):
    """老百姓, 群众: every report serves them; they never decide which report answers."""
    terms = [c.term for c in _concepts(analyzer, "哪些镇给老百姓发过普法传单？")]
    assert "老百姓" not in terms and "传单" in terms


@pytest.mark.parametrize(
    "question",
    [
        "报告里谈及河长制的有哪些镇？",  # a verb of saying with its complement
        "说起河长制，哪些乡做过？",
        "哪些乡镇的报告也都写到了河长制？",  # adverb and saying verb by their tags
    ],
)
def test_function_words_and_verbs_of_saying_are_frame(analyzer, question):
    assert [c.term for c in _concepts(analyzer, question)] == ["河长制"]


def test_a_topic_beside_a_saying_character_stays(analyzer):
    assert "说理" in "".join(c.term for c in _concepts(analyzer, "哪些镇推行了说理式执法？"))


@pytest.mark.parametrize(
    ("question", "levels"),
    [
        ("库里市一级的报告有哪些？", ("地市",)),
        ("有哪些报告是区级以上的？", ("区县", "地市", "省")),
        ("县和区一级的报告有几份？", ("区县",)),
        ("省级及以下的报告列出来", ("乡镇", "区县", "地市", "省")),
    ],
)
def test_level_words_name_levels(question, levels):
    assert named_levels(question) == levels


def test_a_level_adjective_inside_a_topic_is_no_level_of_the_report():
    """「市级示范」 describes the topic; only 「X一级」 restricts a question about contents."""
    assert named_levels("哪些乡镇获评市级民主法治示范村？", spoken=True) == ()
    assert named_levels("哪些市一级的报告提到了河长制？", spoken=True) == ("地市",)


def _info(name: str, level: str) -> ReportInfo:
    return ReportInfo(name, f"{name}.txt", f"{name}报告", name, "某县", level, 2024, name)


def test_metadata_level_filter_on_invented_reports():
    infos = [
        _info("白沙镇", "乡镇"),
        _info("东湖街道", "乡镇"),
        _info("平安县", "区县"),
        _info("江城市", "地市"),
    ]

    def chosen(q):
        keep = _levels(q)
        return [i.township for i in infos if keep(i)]

    assert chosen("市一级的报告有哪些") == ["江城市"]
    assert chosen("区级以上的报告有哪些") == ["平安县", "江城市"]
    assert chosen("有哪些街道的报告") == ["东湖街道"]
    assert chosen("乡镇一级的报告有哪些") == ["白沙镇", "东湖街道"]


@pytest.mark.parametrize(
    "question",
    [
        "最后问一下，哪些镇建了禁毒宣传栏？",
        "哪份报告原文明确写到了禁毒宣传栏？",
        "这里面哪些乡镇建了禁毒宣传栏？",
        "禁毒宣传栏是哪份报告写的？",
    ],
)
def test_listed_frame_words_and_which_measure_are_no_topic(analyzer, question):
    assert "".join(c.term for c in _concepts(analyzer, question)) == "禁毒宣传栏"


def test_a_listed_action_word_stays_whatever_its_tag(analyzer):
    """jieba tags 通过 (pass) as a preposition here; the listed action word stays soft."""
    concepts = _concepts(analyzer, "各镇干部参加禁毒知识测试的通过情况如何？")
    assert any(c.term == "通过" and not c.required for c in concepts)
