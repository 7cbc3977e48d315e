"""Round lvl50: a level of government said as a unit, and the library addressed as 你这.

Made-up reports (``tests/data/probe_reports_lvl50``): 国务院 2020, 湖南省 2020, 长沙市 2020,
and two of its districts (岳麓区 2020, 芙蓉区 2019). Each rule has two paraphrases and one
must-not:

- ``answering.level_pointers``: 省里/省政府/市里/中央那份 point at the library's unit of that
  level (「那省里呢」 after a 国务院 question, 「省政府定的…」, 「市里和省里的…对比一下」,
  「中央那份报告…」); must not: 「提到省政府常务会议学法」 — 省政府 after a verb is the words
  searched, no unit;
- ``answering.meta_frame``: 「你这库里」「你们这边」 address the library, no topic, so a count
  by level stays a metadata count; must not: 「你这库里哪些报告提到了口袋公园」 still searches.
"""

from __future__ import annotations

import json
from pathlib import Path

from answering.level_pointers import named_levels
from reportqa.types import ReportInfo
from tests.probe_kit import ingest_and_eval

REPORTS = Path(__file__).parent / "data" / "probe_reports_lvl50"

# (id, question, history, kind, units, optional, expect_any)
# int48 (1037627): 6 of the 8 wrong (l50_1a, 1b, 1c, 1d, 2a, 2b; facts 0.00, the must-nots
# right); this branch every probe right
PROBES = [
    (
        "l50_1a",
        "那省里呢？",
        ["国务院报告里提到农村公路了吗？"],
        "fact",
        ["湖南省"],
        [],
        [["公里"]],
    ),
    ("l50_1b", "省政府定的城镇新增就业目标是多少？", [], "fact", ["湖南省"], [], [["70万人"]]),
    (
        "l50_1c",
        "市里和省里的城镇新增就业目标对比一下",
        [],
        "compare",
        ["长沙市", "湖南省"],
        [],
        [["12万人"], ["70万人"]],
    ),
    (
        "l50_1d",
        "中央那份报告新建改建农村公路多少公里？",
        [],
        "fact",
        ["国务院"],
        [],
        [["20万公里"]],
    ),
    # must not: 省政府 after a verb is searched as written
    ("l50_1e", "哪些报告提到省政府常务会议学法？", [], "which", ["湖南省"], ["长沙市"], []),
    ("l50_2a", "你这库里一共有几份区一级的报告？", [], "fact", [""], [], [["2份", "2 份"]]),
    ("l50_2b", "你们这边有多少份区县一级的报告", [], "fact", [""], [], [["2份", "2 份"]]),
    # must not: a topic after 你这库里 is still searched
    ("l50_2c", "你这库里哪些报告提到了口袋公园？", [], "which", ["岳麓区", "芙蓉区"], [], []),
]


def _rows() -> list[dict]:
    rows = []
    for i, q, history, kind, units, optional, expect in PROBES:
        row: dict = {"id": i, "question": q, "kind": kind}
        if kind == "fact":
            row["township"] = units[0]
        else:
            row.update(townships=units, optional=optional)
        if expect:
            row["expect_any"] = expect
        if history:
            row["history"] = [{"q": h} for h in history]
        rows.append(row)
    return rows


def test_lvl50_probes(tmp_path, monkeypatch, capsys):
    probes = tmp_path / "probes.jsonl"
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _rows())
    probes.write_text(text, encoding="utf-8")
    floors = ["--min-f1", "1.0", "--min-facts", "1.0", "--min-compare", "1.0"]
    ingest_and_eval(monkeypatch, capsys, tmp_path / "d", [REPORTS], probes, floors)


def _info(unit: str, parent: str, level: str) -> ReportInfo:
    return ReportInfo(unit, f"{unit}.txt", f"{unit}政府工作报告", unit, parent, level, 2020, "h")


_TWO_CITIES = [
    _info("甲省", "", "省"),
    _info("乙市", "甲省", "地市"),
    _info("丙市", "甲省", "地市"),
    _info("丁区", "乙市", "区县"),
]


def test_city_of_the_district_talked_about():
    """「那市里呢」 after a district's question is its own city, not every city held."""
    assert named_levels("那市里呢？", _TWO_CITIES, ("丁区",)) == "那乙市呢？"
    assert (
        named_levels("市政府定的目标是多少", _TWO_CITIES, ()) == "丙市和乙市定的目标是多少"
    )  # sorted
    assert named_levels("那省里呢？", _TWO_CITIES, ("丁区",)) == "那甲省呢？"


def test_organ_or_honour_is_no_pointer():
    """Must not: an organ named with 市政府 (a noun after it), 省里 after a verb, a level no
    report holds, and an exclusion of the level stay as typed."""
    for q in (
        "乙市的市委常委会和市政府常务会几次听取汇报？",
        "哪些区得到过省里的表彰？",
        "只看区的，市里省里的不算",
        "只看区的，市里的不要",
    ):
        assert named_levels(q, _TWO_CITIES, ()) == q
    assert named_levels("中央那份报告呢", _TWO_CITIES, ()) == "中央那份报告呢"
