"""Round fu58: the library as a place, and the towns no report places.

The made-up reports in ``tests/data/probe_reports_fu58``: 柳塘镇, 青枫街道 and 云杉街道 of the
made-up 澄溪县, and 柘林镇 — a real name, since what is probed is the national division list:
three 柘林镇 exist (上海奉贤区, 广东饶平县, 江西永修县); the report names no county and is led
by 「县委、县政府」, so two of them (under a 县) may be its writer, the 上海 one (under a 区)
may not.

- l1a, l1b: 「库里」「你们系统中」 locate the library (``answering.library_locator``); read as
  part of a name, 「库里街道」 was refused as a street the library lacks. Must-not l1n: a street
  the library lacks, said after the locator, cites nothing.
- u1a, u1b, u1c: a province, a county and a county asked alone say 柘林镇 apart as unsure
  (``RegionAnswers.unsure_in``, ``unsure_aside``): neither listed as the place's (as probes
  meta30 t05 keeps an unplaced town out of a province's list) nor kept silent, nor the county
  refused by name. Must-nots u1n (上海: its 柘林镇 lies under a 区, the report says 县委) and
  u2n (澄溪县 holds only 柳塘镇 of the towns).
- c1a, c1b: a city said right before its own county (嘉兴南湖区) is the county's address
  (``answering.regions.places_asked``); must-not c1n: 温州 holds no 南湖区.
- y1a, y1b: 拉进来/加进来 add a unit with a year of its own, each unit keeping its year
  (``answering.followup_added_years``); must-not y1n: a year the added unit has no report of
  quotes none of its other years.
- v1a, v1b: after a county-level which-question, 「那乡镇街道里面呢」「那镇街呢」 ask it again over
  the township rung (``answering.followup_switch``); the county's own report (澄溪县) is out of
  that scope, and 「那乡镇企业呢」 is no level (test below).
- w1a, w1b: 国家领导人 is written by post (全国人大常委会副委员长, 全国政协副主席:
  ``retrieval/synonyms.txt``); must-not w1n: a 县委书记's visit and 习近平总书记 in a study phrase
  are no state leader's visit (总书记 is left out of the spellings for that reason).
"""

from __future__ import annotations

from pathlib import Path

from answering.followup_added import adds_units
from answering.followup_added_years import with_unit_years
from answering.followup_switch import switched_level
from answering.library_locator import without_locator
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_fu58_questions(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fu58"],
        DATA / "probes_fu58.jsonl",
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    # r1n: a county no report names is refused by name (a content question, review58)
    assert [q["id"] for q in result["questions"] if q["error"]] == ["r1n"]
    unsure = {q["id"]: q["answer"] for q in result["questions"] if q["id"] in ("u1a", "u1b", "u1c")}
    assert all("柘林镇" in a and "未能确定" in a for a in unsure.values())  # said apart
    other_year = next(q["answer"] for q in result["questions"] if q["id"] == "y1n")
    assert "青枫街道" not in other_year and "19件" not in other_year and "27件" not in other_year


def test_a_reservoir_or_store_is_no_locator():
    assert without_locator("水库里镇有报告吗") == "水库里镇有报告吗"
    assert without_locator("仓库里的物资") == "仓库里的物资"
    assert without_locator("库里街道一级的报告") == "，街道一级的报告"


def test_a_town_rung_word_before_a_noun_is_no_level():
    before = "区县一级的报告里有哪些提到述法的？"
    assert switched_level("那乡镇企业呢", before) is None
    assert switched_level("那乡镇街道里面呢", before)[0] == "乡镇一级的报告里，有哪些提到述法的"


def test_year_said_apart_is_no_added_units_own():
    """review58: 「都看2022年的」 is the time of the whole question, never the added unit's own
    year beside the old unit's (the year of a unit is said right after its name)."""
    prev = "柳塘镇2023年调处了多少件矛盾纠纷？"
    asked = "比较柳塘镇和青枫街道2023年调处了多少件矛盾纠纷？"
    both = with_unit_years(
        asked, prev, "把青枫街道也拉进来，都看2022年的", ["柳塘镇"], ["青枫街道"]
    )
    assert "柳塘镇2023年" not in both and "2022年" in both
    own = with_unit_years(asked, prev, "把青枫街道2024年那份也拉进来", ["柳塘镇"], ["青枫街道"])
    assert "柳塘镇2023年和青枫街道2024年" in own


def test_reports_own_verb_adds_no_unit():
    """review58: 纳入 is what reports do to a task (纳入考核、纳入民生实事), never a unit added to
    the last question (probe n1m); 拉进来/拉上/纳进来 are."""
    assert not adds_units("青枫街道有没有把调处矛盾纠纷纳入考核", 1)
    assert not adds_units("盐田区有没有把学位建设纳入民生实事", 1)
    assert adds_units("把青枫街道2024年那份也拉进来比一比", 1)
    assert adds_units("再把青枫街道也纳进来", 1)
