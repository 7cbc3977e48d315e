"""Review of int37's second half (cat37, yn37), probed on made-up pages in
``tests/data/probe_reports_review37b``.

- a_not_a: 「提不提供」「说没说明」 are the A-not-AB form of a two-character verb (提供, 说明);
  yn37's 提没提 → 提到 had read them 「提到供」「说到明」, the verb lost from the question.
  Must-not: 「提没提府院联动」 still reads 提到.
- place_guess: a place name the tokenizer reads (浦东) stays a place though a report writes it
  (「赴浦东学习考察」); int37 answered 「浦东的报告有哪几份」 with the reports naming 浦东.
  Must-not: 「法治讲座的情况哪份报告里有写」 is still a topic.
- category_heads: 议事协调机构 asked by its class name is met by coordinating bodies only
  (领导小组, 依法治X委员会); a 人民调解委员会 is a mass organisation, and int37 answered
  「青枫乡有没有议事协调机构」 with it. Must-not: 白鹭镇's 领导小组 still answers.
"""

from __future__ import annotations

from inspect import signature
from pathlib import Path

import pytest

from cli.main import main
from library.compose import build
from reportqa.answer_markdown import markdown
from reportqa.settings import Settings
from retrieval.a_not_a import plain_verb

DATA = Path(__file__).parent / "data" / "probe_reports_review37b"


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("review37b")
    mp = pytest.MonkeyPatch()
    mp.setenv("REPORTQA_DATA_DIR", str(data_dir))
    assert main(["ingest", str(DATA)]) == 0
    mp.undo()
    return build(Settings(data_dir=data_dir)).service


@pytest.mark.parametrize(
    ("asked", "verb"),
    [("白鹭镇提不提供法律援助服务？", "提供"), ("青枫乡说没说明调解成功率？", "说明")],
)
def test_a_not_ab_keeps_its_two_character_verb(service, asked, verb):
    tagged = service.retriever.analyzer._tok.tagged
    read = plain_verb(asked, tagged)
    assert verb in read and f"{verb[0]}到" not in read
    terms = [c.term for c in service.retriever.analyze(asked).concepts]
    assert any(verb in t for t in terms)


def test_a_not_a_saying_verb_alone_still_reads_mention(service):
    tagged = service.retriever.analyzer._tok.tagged
    read = (
        plain_verb
        if "tagged" not in signature(plain_verb).parameters
        else (lambda q: plain_verb(q, tagged))
    )
    assert read("白鹭镇提没提府院联动？") == "白鹭镇提到府院联动？"
    assert read("青枫乡提没提法治宣传？") == "青枫乡提到法治宣传？"


@pytest.mark.parametrize("asked", ["青枫乡有没有议事协调机构？", "青枫乡设了哪些议事协调机构？"])
def test_mediation_committee_is_no_coordinating_body(service, asked):
    answer = service.ask(asked, [])
    assert not any("调解委员会" in c.quote for c in answer.citations)


def test_leading_group_is_a_coordinating_body(service):
    answer = service.ask("白鹭镇有没有议事协调机构？", [])
    assert any("领导小组" in c.quote for c in answer.citations)


@pytest.mark.parametrize("asked", ["浦东的报告有哪几份？", "浦东有几份报告？"])
def test_place_name_a_report_writes_stays_a_place(service, asked):
    answer = service.ask(asked, [])
    assert markdown(answer).startswith("库中没有浦东的报告")
    assert not answer.citations


def test_topic_before_de_still_a_topic(service):
    answer = service.ask("法治讲座的情况哪份报告里有写？", [])
    assert "石门街道" in answer.townships
