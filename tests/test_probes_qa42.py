"""A category the user names, answered by the practices reports write (round qa42).

``probes_qa42.jsonl`` asks 19 questions over twelve invented reports of 青岚县
(``tests/data/probe_reports_qa42``, two of them fillers). Each rule states a general fact:

1. users ask by the chapters of the 法治政府建设实施纲要 (依法决策, 规范执法, 公共法律服务);
   reports write the practices under them (三重一大, 三项制度, 法律咨询, 学习习近平法治思想,
   宪法宣传周) — ``categories.txt``,
   one-directional; a category right before another concept names a kind of it (公共法律服务
   中心), and there its practices are no spelling (``retrieval.categories``);
2. parallel verb-object items lose their verbs alike: 「化解矛盾纠纷、处理信访方面」 is 矛盾纠纷
   or 信访 (``item_lists``);
3. a verb (落实) or a doer and its verb (干部带头) before a head names no other kind of it;
   two nouns naming kinds still do (科技副校长 / 法治副校长) (``compounds.other_kind``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportqa.settings import Settings
from reportqa.units import UnitIndex
from retrieval.categories import narrowed
from retrieval.compounds import other_kind
from retrieval.synonym_file import read_synonyms
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
_none = (UnitIndex(()),) * 2


def test_invented_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    # main 10acef0: which F1 0.49 (d1a d1b e1a e1b p1a p1b v1a v1b c1a l1a l1b f1a f1b missed)
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa42"],
        DATA / "probes_qa42.jsonl",
        ["--min-f1", "0.98", "--min-none", "1.0"],
    )
    assert len(result["questions"]) == 19
    # d1a/d1b still take 石泉镇 「依法治国的决策部署」 (依法…决策 spelled apart): a lead, see
    # docs/evidence.md "Round qa42"; every other probe is answered exactly
    assert not {q["id"] for q in result["questions"] if q["miss"]} - {"d1a", "d1b"}


@pytest.fixture(scope="module")
def vocab_analyzer():
    """The analyzer as the retriever builds it: the domain terms in the tokenizer (行政执法,
    公共法律服务 are words), synonyms, colloquial words and categories."""
    from reportqa.text import Tokenizer, read_terms
    from retrieval.colloquial import read_vocabulary
    from retrieval.query import QuestionAnalyzer

    s = Settings()
    vocabulary = read_vocabulary(s.synonyms_file, s.colloquial_file, s.categories_file)
    return QuestionAnalyzer(Tokenizer(read_terms(s.domain_terms_file)), vocabulary)


def _alts(analyzer, question: str) -> dict[str, tuple[str, ...]]:
    a = narrowed(analyzer.analyze(question, [], _none), read_synonyms(Settings().categories_file))
    return {c.term: c.alternatives for c in a.concepts if c.required}


@pytest.mark.parametrize(
    ("question", "category", "practice"),
    [
        ("哪些报告写了依法决策方面的工作？", "依法决策", "三重一大"),
        ("依法决策这块哪些地方有做法", "依法决策", "重大行政决策"),
        ("哪些报告写了规范行政执法？", "规范行政执法", "三项制度"),
        ("规范执法方面，哪些街道做了工作？", "规范执法", "持证上岗"),
        ("哪些地方提供了公共法律服务？", "公共法律服务", "法律咨询"),
    ],
)
def test_a_category_is_spelled_by_its_practices(vocab_analyzer, question, category, practice):
    assert practice in _alts(vocab_analyzer, question)[category]


def test_categories_are_one_directional_and_no_kind_of_a_head(vocab_analyzer):
    # a practice asked is not spelled by its category
    assert "依法决策" not in _alts(vocab_analyzer, "哪些乡镇做了合法性审查")["合法性审查"]
    # 公共法律服务 names which kind of centre: 法律咨询 is no such centre
    alts = _alts(vocab_analyzer, "哪些乡镇建了公共法律服务中心或者工作站？")
    assert "法律咨询" not in alts["公共法律服务"] and "法律服务" not in alts["公共法律服务"]


def test_parallel_items_lose_their_verbs_alike(vocab_analyzer):
    terms = _alts(vocab_analyzer, "哪些地方在化解矛盾纠纷、处理信访方面有做法？")
    assert "矛盾纠纷/信访" in terms and "信访" in terms["矛盾纠纷/信访"]
    terms = _alts(vocab_analyzer, "哪些乡镇在开展法治讲座、组织旁听庭审这些方面有安排")
    assert "法治讲座/旁听庭审" in terms


@pytest.mark.parametrize(
    ("found", "wanted", "other"),
    [
        ("落实", "规范", False),  # a verb acting on the head (jieba tags 落实 an adjective)
        ("干部带头", "中心组", False),  # a doer and its verb
        ("科技", "法治", True),  # must not: two nouns naming kinds (科技副校长 / 法治副校长)
        ("财务", "法律", True),
    ],
)
def test_only_a_noun_names_another_kind(tok, found, wanted, other):
    assert other_kind(found, wanted, (wanted,), tagged=tok.tagged) is other
