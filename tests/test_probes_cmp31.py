"""Round cmp31: what a comparison's cell must hold, on reports nobody tuned for.

``probes_cmp31.jsonl`` asks over five invented reports of the invented 岭川市
(``tests/data/probe_reports_cmp31``). 青岩镇 follows its own 《…工作要点》, counts 148项 事项
进驻 its 便民服务中心 after a 「…服务体系，260项…」 decoy, signs with 岭川明理律师事务所, aims at a
全省 示范, hands out 宣传册、宣传品, runs 法律进校园 and has its 党委书记 lead the group; 白溪街道
issues a 《…工作计划》, counts 95项 in its 大厅, has 4次专题会议 beside 集体学法12次, 18家 units
述法, works with 岭川正和律师事务所 (联合), aims at a 全国 示范, hands out 宣传资料 and names its
党工委书记; 石湾乡 (the must-not unit) quotes no title, names 示范 with no level, 合作 with a
county bureau and only a 讲党课 person; 桐江市 is written in traditional characters (28項 beside
a 第二批 decoy); 云阳县 counts 36项 tasks, 26名 and 42家 述法 and aims at a 国家级 示范.

Classes, each with two paraphrases and a must-not:

- D: a document asked with its subject between the asking word and 文件 (``doc_title``);
- B: a count standing before its noun (``count_nearness.counted_before``), weaker than after;
- M: a second measure named beside the first (「多少人或单位」, ``cell_measure``);
- T: a traditional report's measure words (28項) are counts (``extractive.Quoter.rank``);
- L: a level asked (「什么级别的示范」, ``shaped``);
- W: a who-question's cell names someone (``who_cells``); 「谁多」 ranks, asks no person;
- E: an organisation asked by name: the question's verb only ties it (``entity_cells``);
- S: 宣传资料 and 校园 as reports write their kinds (``synonyms.txt``, one way);
- A: 「给干部办的讲座」: the preposition's noun is the audience and 办 the clause's deed, no
  office 干部办 (``question_words``); the audience picks among a unit's counts
  (``audience_cells``: 青岩镇 counts 6场 in schools and 3场 for 镇村干部).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.audience_cells import audience
from answering.cell_measure import compare_measure
from answering.doc_title import asks_document
from answering.sentences import score_text
from answering.shaped import asked_shape
from answering.who_cells import asks_who, someone_named
from retrieval.concept import Concept
from retrieval.question_words import joined_singles
from tests.probe_kit import compare_cells, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_cmp31.jsonl"


def test_cmp31_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_cmp31"],
        PROBES,
        ["--min-compare", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    cells = compare_cells(tmp_path / "d", PROBES)
    for probe in ("d1a", "d1b"):
        assert "《青岩镇2024年法治政府建设工作要点》" in cells[probe]["青岩镇"], cells[probe]
        assert "工作计划》" in cells[probe]["白溪街道"]
    for probe in ("b1a", "b1b"):
        assert "148项" in cells[probe]["青岩镇"] and "95项" in cells[probe]["白溪街道"]
    assert "12次" in cells["b1x"]["白溪街道"]  # 4次专题会议 counts meetings
    for probe in ("m1a", "m1b"):
        assert "18家" in cells[probe]["白溪街道"], cells[probe]
    # 人 asked: 「47个村（社区）党组织书记」 counts the villages' secretaries, people by their post
    # (cell33, as blind16's code-blind gold reads 「11个县(区)委书记」 for 多少人述法)
    assert "47个村（社区）党组织书记" in cells["m1x"]["青岩镇"]
    for probe in ("t1a", "t1b"):
        assert "28項" in cells[probe]["桐江市"] and "36项" in cells[probe]["云阳县"]
    assert cells["t1x"]["云阳县"] == "未提及"
    assert "全省" in cells["l1a"]["青岩镇"] and "国家级" in cells["l1a"]["云阳县"]
    assert "全国" in cells["l1b"]["白溪街道"] and "全省" in cells["l1b"]["桐江市"]
    for probe in ("w1a", "w1b"):
        assert "党委书记" in cells[probe]["青岩镇"] and "党工委书记" in cells[probe]["白溪街道"]
    assert "党课" not in cells["w1x"]["石湾乡"]  # someone, but not on the topic
    for probe in ("e1a", "e1b"):
        assert "明理" in cells[probe]["青岩镇"] and "正和" in cells[probe]["白溪街道"]
    assert "2400余份" in cells["s1a"]["青岩镇"] and "1500份" in cells["s1a"]["白溪街道"]
    assert "中小学" in cells["s1b"]["白溪街道"]
    assert cells["s1x"]["白溪街道"] == "未提及"  # 宣传册 asked: 宣传资料 is the wider word
    for probe in ("a1a", "a1b"):
        assert "3场" in cells[probe]["青岩镇"] and "5场" in cells[probe]["白溪街道"], cells[probe]
    for probe in ("d1x", "l1x", "e1x", "a1x"):
        assert cells[probe]["石湾乡"] == "未提及", (probe, cells[probe])


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("甲镇和乙镇各自制定了什么年度法治政府建设文件", True),
        ("甲镇、乙镇分别印发了什么法治建设的年度文件", True),
        ("甲镇和乙镇落实的是哪个规划文件", True),
        ("甲镇和乙镇分别在什么时候印发了文件", False),
        ("甲镇和乙镇是哪个部门出台的文件", False),
        ("甲镇和乙镇哪个镇的文件多", False),
    ],
)
def test_a_documents_subject_may_stand_before_file(question, asked):
    assert asks_document(question) is asked


# every concept weighs 1: the rule under test, not some corpus's idf
_SERVICE = (
    Concept("政务", ("政务",), True),
    Concept("服务", ("服务",), True),
    Concept("进驻", ("进驻",), False),
    Concept("中心/大厅", ("中心", "大厅"), True),
)
_STUDY = (Concept("专题", ("专题",), True), Concept("学法", ("学法",), True))
_IDF = {c.term: 1.0 for c in (*_SERVICE, *_STUDY)}


def test_a_count_before_its_noun_counts_it():
    asked = "市本级1638项政务服务事项进驻市政务服务中心，实现应进必进。"
    decoy = "推动构建“全城通办”政务服务体系，1064项政务服务事项实现“全城通办”。"
    assert score_text(asked, _SERVICE, _IDF, True) > score_text(decoy, _SERVICE, _IDF, True)
    asked = "街道本级95项政务服务事项进驻便民服务大厅集中办理。"
    assert score_text(asked, _SERVICE, _IDF, True) > score_text(decoy, _SERVICE, _IDF, True)


def test_a_count_before_a_modifier_weighs_less_than_one_after_the_topic():
    after = "组织行政机关领导班子开展集体学法活动12次。"
    before = "成立法治建设领导小组，召开4次专题会议，研究部署重点任务。"
    assert score_text(after, _STUDY, _IDF, True) > score_text(before, _STUDY, _IDF, True)
    split = "组织干部参加执法培训2次，开展专题调研。"  # a comma: the next deed's word
    assert score_text(split, _STUDY, _IDF, True) == 1.0 + 1.0  # 专题, a count elsewhere


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("甲市和乙市述法分别覆盖了多少人或单位", ""),
        ("甲县和乙镇各有多少人或者多少家单位述法", ""),
        ("甲镇和乙镇各开展了几次或几场", "次"),
        ("甲镇和乙镇各有多少人述法", "人"),
    ],
)
def test_a_second_measure_beside_the_first_binds_none(question, measure):
    assert compare_measure(question) == measure


@pytest.mark.parametrize(
    ("question", "level"),
    [
        ("甲县和乙市分别在争创什么级别的示范", True),
        ("甲街道和乙市争创的示范各是哪个层级", True),
        ("甲镇和乙镇的省级示范各搞了什么", False),
    ],
)
def test_a_level_is_asked_by_its_question_word(question, level):
    shape = asked_shape(question)
    assert (shape is not None and shape.kind == "level") is level


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("甲镇和乙镇的法治建设分别由谁牵头", True),
        ("甲镇和乙镇分别请了谁来讲课", True),
        ("甲县跟乙镇政府班子集体学法各几次，谁多", False),
        ("甲镇和乙镇谁的调解最多", False),
    ],
)
def test_who_asks_a_person_unless_it_ranks(question, who):
    assert asks_who(question) is who


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("成立以镇党委书记为组长的法治建设工作领导小组。", True),
        ("邀请市级专家授课。", True),
        ("切实抓好法治政府建设各项工作。", False),
    ],
)
def test_a_who_cell_names_a_post_or_a_kind_of_person(sentence, named):
    assert someone_named(lambda _t: False)(sentence) is named


@pytest.mark.parametrize(
    ("tagged", "words"),
    [
        ([("给", "p"), ("干部", "n"), ("办", "v"), ("的", "uj"), ("讲座", "n")], "干部"),
        (
            [("为", "p"), ("干部", "n"), ("和", "c"), ("学生", "n"), ("办", "v"), ("的", "uj")],
            "学生",
        ),
        ([("依法治镇", "n"), ("办", "v"), ("的", "uj"), ("人", "n")], "依法治镇办"),
    ],
)
def test_a_verb_after_an_audience_is_no_suffix_of_it(tagged, words):
    text = "".join(w for w, _ in tagged)
    assert words in [w for _, w, _ in joined_singles(text, tagged)]


def _tags(*pairs):
    return lambda _q: list(pairs)


def test_the_audience_is_the_noun_a_preposition_leads_before_a_verb():
    said = _tags(("给", "p"), ("机关干部", "n"), ("办", "v"), ("的", "uj"), ("讲座", "n"))
    assert audience("", said) == "机关干部"
    both = _tags(("为", "p"), ("干部", "n"), ("和", "c"), ("群众", "n"), ("搞", "v"))
    assert audience("", both) == "群众"
    place = _tags(("在", "p"), ("村里", "s"), ("办", "v"), ("的", "uj"), ("讲座", "n"))
    assert audience("", place) == ""  # where, not for whom
