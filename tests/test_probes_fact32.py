"""Round fact32: a closing total, and a law class written by the lecture's form.

``probes_fact32.jsonl`` asks over three invented reports (``tests/data/probe_reports_fact32``,
towns under real counties of 湖南):

- a closing total (``retrieval.counts_near.closing_total``): a clause that is only a total word
  and a count (「…内容涉及《民法典》…等,全年共计9场」「…,累计12次」) counts the sentence's
  deed before it, however long the list between; the headline takes it over a later clause's
  count of another deed (``answering.values.asked_count``). Two paraphrases (t1a, t1b), the
  count beside its own deed still its own (t1c, t1d), and a must-not (t1n: the deed written
  after the total is not counted by it);
- 「讲法治课」 is written 「专题授课」 or 「法治专题培训(会)…授课」 (``retrieval/colloquial.txt``):
  two paraphrases (k1a, k1b) and a must-not (k1n: a farming lecture, 「专家授课」 alone, is no
  law class).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.counts_near import closing_total, total_lead
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fact32.jsonl"


def test_fact32_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fact32"],
        PROBES,
        ["--min-fact", "1.0", "--min-none", "1.0"],
    )
    heads = {q["id"]: q["answer"].splitlines()[0] for q in result["questions"]}
    assert heads["t1b"] == "**黄兴镇**：12次[1]"  # the total, not 旁听庭审2场 after it


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("组织干部参加专题讲座,涉及《民法典》等,今年共计8场。", "8场"),
        ("邀请律师解读相关规定,累计12次,并组织旁听庭审2场。", "12次"),
        ("开展法治宣传,全年合计达30场", "30场"),
    ],
)
def test_a_closing_total(text, count):
    at = text.index(count)
    assert closing_total(text, at, at + len(count))
    assert total_lead(text, at, at + len(count))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("组织旁听庭审2场。", "2场"),  # a count beside its deed
        ("累计12次专题讲座,覆盖群众", "12次"),  # a noun after it: the count is the noun's
        ("开展普法活动,共发放资料300份", "300份"),  # a verb between: that clause's own count
    ],
)
def test_no_closing_total(text, count):
    at = text.index(count)
    assert not closing_total(text, at, at + len(count))
