"""Round cell34: a compare or fact cell carries the asked value; per-unit clauses.

``probes_cell34.jsonl`` asks over three invented reports (``tests/data/probe_reports_cell34``).
青山镇 writes 「举办镇政府专题法律讲座2次」 and 「举办法治讲座(培训、宣讲会)28场」, 党委理论学习中心组学法5次;
柳河街道 writes 「组织专题法律讲座4次」 and 「开展法治讲座(含线上直播)12场」, 党工委中心组学法8次;
石门乡 (the must-not unit) gives no lecture at all, only 法治宣传进村活动6场 and 中心组学法3次.

Classes, each with two paraphrases and a must-not:

- V: the count bound to the asked word (法治讲座28场, past a bracketed aside) beats an
  alternative spelling's count (专题法律讲座2次), in a compare cell and a fact's headline
  (``answering.bound_count``); 石门乡's 6场 of another deed is no cell;
- U: 「甲镇…几次，乙街道…几次」 asks each unit its own measure: a compare row a clause
  (``retrieval.unit_clauses``, ``answering.unit_rows``); 石门乡's 中心组学法3次 answers the
  other unit's clause, never its own (专题法律讲座: 未提及).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.bound_count import binds_count
from reportqa.answer import Kind
from retrieval.unit_clauses import unit_clauses
from tests.probe_kit import asked, compare_cells, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_cell34.jsonl"


def test_cell34_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_cell34"],
        PROBES,
        ["--min-compare", "1.0", "--min-facts", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    assert result["overall"]["fact_headlines"] == 1.0
    cells = compare_cells(tmp_path / "d", PROBES)
    for probe in ("v1a", "v1b"):
        assert "28场" in cells[probe]["青山镇"] and "12场" in cells[probe]["柳河街道"]
    for probe in ("u1a", "u1b"):
        assert "专题法律讲座2次" in cells[probe]["青山镇"], cells[probe]
        assert "中心组学法8次" in cells[probe]["柳河街道"], cells[probe]
    assert "中心组学法5次" in cells["u1x"]["青山镇"]
    for probe in ("v1x", "u1x"):
        assert cells[probe]["石门乡"] == "未提及", cells[probe]
    kinds = {item["id"]: ans.kind for item, ans in asked(tmp_path / "d", PROBES)}
    assert all(kinds[p] == Kind.COMPARE for p in ("u1a", "u1b", "u1x"))


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("机关干部法治讲座(培训、报告会)3390场", True),
        ("全年开展法治讲座共计12场", True),
        ("举办12场法治讲座", True),
        ("举办市政府专题法律讲座3次", False),  # another spelling
        ("开展法治讲座、法治文艺演出等活动15场", False),  # the count of a list
        ("举办法治讲座,覆盖1200人", False),  # another measure
    ],
)
def test_a_count_bound_to_the_asked_word(text, bound):
    assert binds_count(text, ("法治讲座",), "场") is bound


U = ("甲镇", "乙街道")


@pytest.mark.parametrize(
    ("question", "split"),
    [
        ("甲镇举办了几次专题法律讲座，乙街道党工委中心组学法几次？", True),
        ("2024年甲镇讲座办了几次；而乙街道中心组学法搞了几次", True),
        ("甲镇的讲座是谁讲的，乙街道请的律师来自哪里", True),
        ("甲镇和乙街道各举办了多少场法治讲座，覆盖多少人", False),  # the units share the ask
        ("甲镇举办了几次讲座，乙街道呢？", False),  # the same measure, elided
        ("甲镇法治讲座办了几场，比乙街道多吗", False),  # 乙街道 is no clause's unit
        ("甲镇的法律顾问是哪家律所，乙街道的是哪家", False),  # elided: the same thing asked
    ],
)
def test_per_unit_clauses(question, split):
    assert bool(unit_clauses(question, U)) is split
