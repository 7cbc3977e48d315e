"""Round which32: everyday descriptions of rule-of-law practices read as the reports' terms.

``probes_which32.jsonl`` asks over three invented reports (``tests/data/probe_reports_which32``):

- hearing or watching a trial (「去法院听人家打官司」「看法院开庭」) is 旁听庭审
  (``retrieval.spoken_deeds``): paraphrases, and a must-not (听 a lecture is no trial);
- telling how oneself did the rule-of-law duty is 述法: two paraphrases, and a must-not (a head
  lecturing on law himself is no duty report);
- the court before a deed that only happens there (去法院出庭) asks nothing: two paraphrases
  (with the register's 被告, 行政官司), and a must-not (the court before another deed);
- spoken words for a first minor offence, a trader and a subordinate unit, and 责任书 ~ 责任状
  (``register.txt``, ``synonyms.txt``): two paraphrases each, and must-nots that keep the
  rest of the need (a subsidy, a safety pledge);
- 全都 is a claim of the whole (``retrieval.spoken``), 考一次法律 is 考法律 and 任前考法 names the
  law exam (``retrieval.verb_copy``, ``retrieval.law_exams``), checking case files is 案卷评查;
- more register words (必须掌握 → 应知应会, 反面典型 → 警示教育, 留言提问 → 网上问政) and 网上 ~
  在线 ~ 线上: two paraphrases each, and a must-not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.spoken_deeds import spoken_deeds
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_which32.jsonl"


def test_which32_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_which32"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("哪些地方让干部去法院听人家打官司？", "哪些地方让干部去法院旁听庭审？"),
        ("哪些地方看法院怎么审案子", "哪些地方旁听庭审"),
        ("哪些地方检查过执法卷宗的质量？", "哪些地方执法案卷评查的质量？"),
        ("哪些地方的负责人去法院出庭应诉？", "哪些地方的负责人出庭应诉？"),
        ("哪些地方的负责人去法院出庭打行政官司？", "哪些地方的负责人出庭应诉？"),
        ("哪些地方组织工作人员去法院旁听？", "哪些地方组织工作人员去法院旁听庭审？"),
        ("哪些地方让领导年底讲讲自己履行法治职责的情况？", "哪些地方让领导年底述法？"),
        ("哪些地方的一把手汇报自己履行法治第一责任人职责的？", "哪些地方的一把手述法的？"),
        ("哪些让领导把自己抓法治的情况讲出来、写出来？", "哪些让领导把述法？"),
    ],
)
def test_a_described_practice_is_read_as_its_term(question, read):
    assert spoken_deeds(question) == read


@pytest.mark.parametrize(
    "question",
    [
        "哪些地方的领导自己给干部讲法治课？",  # a lecture: no duty of one's own
        "哪些地方的领导自己履行法治职责？",  # no verb of telling
        "哪些地方去法院签了合作协议？",  # no court deed after the court
        "哪些地方组织干部去旁听法院庭审了",  # already the term
        "哪些地方帮群众打官司？",  # a lawsuit, not a hearing
    ],
)
def test_no_reading_without_the_whole_description(question):
    assert spoken_deeds(question) == question
