"""Round cmp39: comparisons of two named units that came back with no unit at all, or with a
cell counting another deed (blind18's compare misses).

The made-up reports in ``tests/data/probe_reports_cmp39``: 岩溪自治县 (an autonomous county
written without its nationalities), 青石市, and 柳湾区 (names neither question's topic).
Questions (``probes_cmp39.jsonl``), two paraphrases a fact, must-nots n1, n2:

- a: 「岩溪」「岩溪县」 name 岩溪自治县; 「数字上比一比」「用数据对比一下」 ask figures; 放管服 is
  written by its reforms (证照分离, 告知承诺制);
- b: 「年初定的方案」: a time takes no one-character verb as a suffix (年初定 is no word);
- c: 「跟检察机关有啥合作或者联动」: the partner is the need, the tie words soft; 检察机关 and
  审判机关 are written as 检察院/检察长, 法院;
- d: 「述法规模」: 述法 as the last item of a list closed by 等 (「对…、领导干部述法等工作作出
  批示」) is no deed the count beside it counts;
- n1: a partner no report names (高校) gives no cell from the tie word alone; n2: 数字政府 is a
  topic, no request for figures. Both answer with the named units' table, every cell 未提及.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportqa.units import short_name, spoken_name
from tests.probe_kit import asked, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_cmp39.jsonl"


def test_cmp39_questions(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_cmp39"],
        PROBES,
        ["--min-compare", "1.0", "--min-none", "1.0"],
    )
    assert not [q["id"] for q in result["questions"] if q["error"]]
    assert result["overall"]["compare"] == 1.0


def test_named_units_never_answered_with_no_unit(tmp_path, monkeypatch, capsys):
    ingest_and_eval(monkeypatch, capsys, tmp_path / "d", [DATA / "probe_reports_cmp39"], PROBES, [])
    for item, ans in asked(tmp_path / "d", PROBES):
        if item["kind"] != "none":
            continue
        assert ans.compare is not None, item["id"]
        assert [r.value for r in ans.compare.rows] == ["未提及", "未提及"], item["id"]
        assert not ans.citations


@pytest.mark.parametrize(
    ("name", "short", "spoken"),
    [
        ("岩溪自治县", "岩溪", "岩溪县"),
        ("焉耆回族自治县", "焉耆", "焉耆县"),
        ("峡口镇", "峡口", "峡口镇"),
    ],
)
def test_autonomous_names(name, short, spoken):
    assert (short_name(name), spoken_name(name)) == (short, spoken)
