"""Facts and comparisons about a named unit in users' words, and 「没有提到」 when the report
does not say it, on wordings and reports made up here, end to end.

``probes_qa31.jsonl`` asks 26 questions over three invented reports
(``tests/data/probe_reports_qa31``: 鹿鸣镇, 桂川街道, 石泉乡), two paraphrases that must be
answered and one that must get 「没有提到」 per kind of value:

1. a count in the asker's words (「老百姓打12345投诉的那些事…多少件」); not 行政复议 cases,
   nor 「打行政官司输了几件」 beside 行政诉讼案件3件 (one word beside a count says little);
2. a count in 条 (「给法规草案提了多少条建议」); not 「几场普法宣传」 beside 安全生产宣传7场;
3. a name (「那个普法公众号叫啥名」); not a 抖音号 the report does not have;
4. a rank in the sentence after its topic (「其中…排名第2」); not of a unit that gives none;
5. a document number (「文号是多少」); not of a document cited without one;
6. a place (「去的是哪个地方的法治文化广场」); not of a unit without the visit;
7. a rate (「好评率有多高」); not 「满意度持续提升」 nor 「办理…2300余件，群众满意度进一步提高」,
   which give no figure;
8. a comparison with a colloquial topic (「搞了几次…对比一下」, 「各搞了些啥，有数字最好」);
   not a thing neither report has.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.cells import without_figure_request
from answering.value_kinds import (
    COUNT,
    DOC_NUMBER,
    NAME,
    PLACE,
    RANK,
    RATE,
    Asked,
    asked_value,
    figures_wanted,
    rate_given,
    values_in,
)
from answering.valued import Term, _modifies
from reportqa.answer import Kind
from retrieval.concept import Concept
from retrieval.query import Analysis
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    # before this round (ff4b967): facts 0.50, compare 0.50, none 0.80 (misses A1a A1b N3b
    # R4a R4b D5a T7b T7x T7y C8b)
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa31"],
        DATA / "probes_qa31.jsonl",
        "--min-facts 1.0 --min-compare 1.0 --min-none 1.0".split(),
    )
    assert len(result["questions"]) == 26


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("甲镇老百姓打热线反映的事一年回了多少件", COUNT),
        ("乙街道给立法提了几条意见", COUNT),
        ("丙镇那个政务公众号叫啥名", NAME),
        ("丁乡的调解品牌名称是什么", NAME),
        ("甲镇营商环境在市里排第几", RANK),
        ("乙街道考核名次是多少", RANK),
        ("丙镇引用的那份方案文号多少", DOC_NUMBER),
        ("丁乡报告里那个文件的发文字号是啥", DOC_NUMBER),
        ("领导去甲镇调研去的是哪个地方", PLACE),
        ("乙街道的法治广场建在哪里", PLACE),
        ("丙镇便民服务的群众满意度到底多少", RATE),
        ("丁乡行政诉讼败诉率具体是多少", RATE),
        ("戊镇办件好评率有多高", RATE),
    ],
)
def test_the_kind_of_value_asked(question, kind):
    asked = asked_value(question)
    assert asked is not None and asked.kind == kind


@pytest.mark.parametrize(
    "question",
    [
        "甲镇普法工作是怎么做的",  # no value of a kind: the usual answer
        "乙街道效率如何",  # 如何 asks no figure
        "丙镇搞了哪些便民举措",
    ],
)
def test_no_kind_is_asked(question):
    assert asked_value(question) is None


@pytest.mark.parametrize(
    ("sentence", "cue", "given"),
    [
        ("全年办件3200件，群众满意度达99.1%。", "满意度", True),
        ("办结率、满意率均为100%。", "满意度", True),  # 满意 stem, 率 instead of 度
        ("行政诉讼败诉率为百分之五。", "败诉率", True),
        ("全年办理便民事项1500余件，群众满意度", "满意度", False),  # cut off: no figure
        ("群众满意度持续提升，办结率98%。", "满意度", False),  # 98% is another rate's
        ("败诉率低于全市平均水平。", "败诉率", False),
    ],
)
def test_a_rate_is_given_only_by_its_figure(sentence, cue, given):
    assert rate_given(sentence, cue) is given


def _near(text: str, word: str):
    ends = [i + len(word) for i in range(len(text)) if text.startswith(word, i)]
    return lambda at: min((at - x for x in ends if at - 14 <= x <= at + 1), default=None)


@pytest.mark.parametrize(
    ("sentence", "asked", "topic", "values"),
    [
        ("受理答复12345诉求832件,线上流转10200件。", Asked(COUNT, "件"), "12345", ["832件"]),
        ("依托联络站征集意见41条。", Asked(COUNT, "条"), "意见", ["41条"]),
        ("其中一季度全区排名第3,全市排名第9。", Asked(RANK), "", ["排名第3", "排名第9"]),
        ("荣获全市第二名的好成绩。", Asked(RANK), "", ["第二名"]),
        ("落实第一责任人职责,向前一步服务企业。", Asked(RANK), "", []),  # no rank
        ("贯彻《工作要点》(某法办〔2023〕12号),", Asked(DOC_NUMBER), "", ["〔2023〕12号"]),
        ("开通“清风小镇”微信公众号,", Asked(NAME), "公众号", ["清风小镇"]),
        ("开通“清风小镇”微信公众号,", Asked(NAME), "抖音", []),  # the quote is no 抖音 name
        ("领导到乙镇南岭村法治公园调研,", Asked(PLACE), "调研", ["到乙镇南岭村法治公园"]),
    ],
)
def test_values_of_the_asked_kind(sentence, asked, topic, values):
    assert values_in(sentence, asked, _near(sentence, topic)) == values


def test_a_request_for_figures_is_no_topic():
    assert figures_wanted("甲镇和乙镇各搞了些啥，有数字最好") == "有数字最好"
    assert figures_wanted("最好带上具体数据") != ""
    assert figures_wanted("甲镇和乙镇各搞了些啥") == ""
    concepts = tuple(Concept(t, (t,), True) for t in ("法律服务", "数字", "最好"))
    analysis = Analysis(
        "甲镇和乙镇在法律服务上各搞了啥，有数字最好", Kind.COMPARE, concepts=concepts
    )
    assert [c.term for c in without_figure_request(analysis).concepts] == ["法律服务"]


def test_a_word_the_library_does_not_know_is_read_by_its_characters():
    # 「微信号」 cut as 微 + 信号: the unknown 信号 is matched by characters (微信公众号), a
    # known word by its bigrams (信号灯 is no 信访)
    unknown = Term(("信号",), None, ("微信号",))
    assert unknown.coverage("开通微信公众号") == 1.0
    assert unknown.in_report("开通“某某”微信公众号")
    known = Term(("信访",), 3.0)
    assert known.coverage("开通微信公众号") == 0.0
    assert known.in_report("没有这个词")  # a known word counts against a report that lacks it


@pytest.mark.parametrize(
    ("word", "text", "share"),
    [
        ("专题学习", "开展专题学法4次", 0.75),  # all but one end character
        ("领导班子", "班子成员履行一岗双责", 0.5),  # the compound's head
        ("法律援助", "制定法治政府建设实施方案", 0.0),  # 法治 is a fragment, no head
        ("行政复议", "处理行政复议案件30件", 1.0),
    ],
)
def test_a_known_word_is_matched_whole_or_by_its_head(word, text, share):
    assert Term((word,), 3.0).coverage(text) == share


def test_a_word_naming_the_kind_of_the_next_one():
    terms = ["党工委会", "法治", "工作汇报"]
    assert _modifies("党工委会上听法治工作汇报听了几回", "法治", terms)
    assert not _modifies("党工委会上听法治工作汇报听了几回", "党工委会", terms)
    assert not _modifies("领导班子一年搞了几次法治专题学习", "领导班子", ["领导班子", "法治"])


@pytest.mark.parametrize(
    ("word", "text", "strong"),
    [
        ("专题学习", "开展专题学法4次", True),
        ("政务微", "发展政务新媒体", True),  # 2 of 3
        ("普法宣传", "开展安全生产宣传7场", False),  # the head alone
        ("法治", "开展安全生产宣传7场", False),
    ],
)
def test_a_strong_match(word, text, strong):
    assert Term((word,), 3.0).strong(text) is strong
