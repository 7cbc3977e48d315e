"""Round which31: how a which-question's need is written when reports name it otherwise.

``probes_which31.jsonl`` asks over three invented reports (``tests/data/probe_reports_which31``):

- a training or test of a body of people is named by the people's work (执法培训 ~ 执法人员…业务
  培训 ~ 培训执法人员: ``retrieval.trainees``): two paraphrases (执法队员, 执法培训) besides the
  first wording, and must-nots (a report training cadres with 执法 in another sentence and its
  heading; a body no report trains);
- two names joined by 或 (quoted wordings, law names: ``retrieval.named_either``) are one thing
  asked under either name: two paraphrases, and a must-not (同时…和 asks both at once);
- a right side of 或 that is only another wording of the left (「法律知识考试或测试」「普法考试
  或者法律测试」: ``retrieval.named_either.either_worded``) adds no need: two paraphrases, and a
  must-not (a test of another subject).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.concept import Concept
from retrieval.named_either import either_named, either_worded
from retrieval.trainees import trained_by_work
from tests.probe_kit import ingest_and_eval

TAGS = {"执法": "v", "干部": "n", "业务": "n"}


def _tagged(text):
    return [(text, TAGS.get(text, "n"))]


DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_which31.jsonl"


def test_which31_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_which31"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


def _c(term, *alts, required=True):
    return Concept(term, (term, *alts), required)


@pytest.mark.parametrize(
    ("question", "concepts"),
    [
        ("哪里培训过行政执法人员", [_c("培训"), _c("行政执法")]),
        ("哪些地方对执法人员进行过培训", [_c("执法人员"), _c("培训")]),
        ("哪些地方搞了执法培训", [_c("执法", required=False), _c("培训")]),
        ("去年哪些提到了行政执法人员培训", [_c("行政执法"), _c("人员培训")]),
    ],
)
def test_a_training_is_asked_by_the_work_and_the_deed(question, concepts):
    got = {c.term: c for c in trained_by_work(question, concepts, _tagged)}
    assert set(got) == {"执法人员", "培训"}
    assert "执法" in got["执法人员"].alternatives
    assert all(c.required and c.together for c in got.values())


@pytest.mark.parametrize(
    ("question", "concepts"),
    [
        ("哪些地方组织了干部培训", [_c("干部"), _c("培训")]),  # a rank, no work
        ("哪些地方配齐了执法人员", [_c("执法人员")]),  # no deed of teaching
    ],
)
def test_no_training_reading_without_a_work_and_a_deed(question, concepts):
    assert trained_by_work(question, concepts, _tagged) == tuple(concepts)


def test_two_quoted_wordings_joined_by_or_are_one_concept():
    q = "哪些报告提到了“理论学习中心组”或“中心组学习”？"
    got = either_named(
        q, [_c("理论学习中心组"), _c("中心组学习")], ("理论学习中心组", "中心组学习")
    )
    assert [c.term for c in got] == ["理论学习中心组/中心组学习"]


def test_quoted_wordings_joined_by_and_stay_two():
    q = "哪些报告提到了“理论学习中心组”和“中心组学习”？"
    names = ("理论学习中心组", "中心组学习")
    assert len(either_named(q, [_c(n) for n in names], names)) == 2


def test_a_side_that_is_a_wording_of_the_other_is_dropped():
    got = either_worded("法律知识考试或测试", [_c("法律知识考试", "法律知识测试"), _c("测试")])
    assert [c.term for c in got] == ["法律知识考试"]


def test_a_side_naming_another_thing_stays():
    concepts = [_c("法律知识考试", "法律知识测试"), _c("消防"), _c("演练")]
    assert len(either_worded("法律知识考试或者消防演练", concepts)) == 3


def test_examples_stand_for_the_clause_or_the_word_they_are_kinds_of():
    from retrieval.clause_examples import stands_for

    ex = Concept(
        "一窗受理/一门式", ("一窗受理", "一门式"), True, examples_of="推行政务服务集中办理"
    )
    words = [ex, _c("推行", required=False), _c("政务服务"), _c("集中办理")]
    assert stands_for(ex, words) == ("推行", "政务服务", "集中办理")
    ex = Concept("妇女节/禁毒日", ("妇女节", "禁毒日"), True, examples_of="借着节日搞普法")
    assert stands_for(ex, [ex, _c("节日"), _c("普法")]) == ("节日",)


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("“法治课堂进机关、进农村、进社区、进校园”活动", "法治进校园", True),
        ("开展“法治宣传进机关、进企业”活动", "法治进企业", True),
        ("开展“法治宣传进机关、进企业”活动", "法治进校园", False),
        ("组织校园安全检查，推进法治建设", "法治进校园", False),
    ],
)
def test_a_campaign_is_found_in_its_list_of_places(text, word, found):
    from retrieval.split_words import split_span

    assert (split_span(text, word) is not None) is found
