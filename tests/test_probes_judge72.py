"""Probes of round judge72 (made-up reports under ``tests/data/probe_reports_judge72``):
which-judging precision and refusals.

- a district located by its own city (拉萨城关区), not in the library, is refused by name,
  but never as the partner of a deed (跟…开展结对共建) (``answering.parented_counties``);
- an event locative and its deed (会前学法) are said in one clause
  (``retrieval.event_locatives``);
- (merge review72: ``unit_lacks_thing`` and ``counted_sets`` were taken out — they told units
  that write the thing in their own words that they had not; their probe rows went with them);
- one which-word before a list of levels (哪几个区/市) asks each (``retrieval.scope``);
- names of places asked (分别叫啥) are given only by a known place name, never by a counted
  label (对口“四县”) (``answering.place_names_asked``, ``answering.entities``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.entities import named_thing, names_given
from answering.parented_counties import parented_counties, partner_of_deed
from answering.place_names_asked import place_level_asked
from reportqa.answer import Kind
from retrieval.concept import Concept
from retrieval.event_locatives import locative_deeds
from retrieval.question_kind import asks_place_names, question_kind
from retrieval.scope import levels_asked
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_judge72.jsonl"


def test_judge72_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_judge72"],
        PROBES,
        ["--min-f1", "1.0"],
    )
    assert all(q["none_ok"] for q in result["questions"] if q["kind"] == "none")
    assert all(q["fact_ok"] for q in result["questions"] if q["kind"] == "fact")


@pytest.mark.parametrize(
    ("q", "found"),
    [
        ("拉萨城关区的普法情况", ["拉萨城关区"]),
        ("西宁城东区有啥", ["西宁城东区"]),
        ("深圳城关区", []),  # no 城关区 under 深圳
        ("城关区的普法", []),  # no city: a common word as often
    ],
)
def test_district_located_by_its_city(q, found):
    assert parented_counties(q) == found


def test_partner_of_a_deed_is_a_topic():
    assert partner_of_deed("哪些单位跟拉萨城关区开展了结对共建", "拉萨城关区")
    assert not partner_of_deed("跟拉萨城关区比，岚溪镇怎么样", "拉萨城关区")
    assert not partner_of_deed("拉萨城关区的普法情况", "拉萨城关区")
    # 对 X 的…: X's own work is spoken of, X is the unit asked
    assert not partner_of_deed("对拉萨城关区的普法工作做个介绍", "拉萨城关区")
    assert partner_of_deed("对拉萨城关区开展帮扶的有哪些", "拉萨城关区")


def test_event_locative_and_deed_are_near():
    concepts = [Concept("会前", ("会前",), True), Concept("学法", ("学法",), True)]
    marked = locative_deeds("有会前学法制度的", concepts)
    assert all(c.near for c in marked)
    # 以前 is a time word of the sentence, no event
    kept = locative_deeds("以前学法的", [Concept("以前", ("以前",), True), concepts[1]])
    assert not any(c.near for c in kept)


@pytest.mark.parametrize(
    ("q", "levels"),
    [
        ("跟广西搞扶贫协作的有哪几个区/市", ("区县", "地市")),
        ("哪些县或市搞了", ("区县", "地市")),
        ("哪几个区/市场主体", ("区县",)),  # 市场 is no level
        ("哪些区搞了", ("区县",)),
    ],
)
def test_which_before_a_list_of_levels(q, levels):
    assert levels_asked(q) == levels


def test_names_of_places_asked():
    q = "福田对口的那四个县分别叫啥"
    assert question_kind(q, ["福田区"]) == Kind.FACT
    thing = named_thing(q, ["对口"])
    assert place_level_asked(thing) == "县"
    said = "全面改善对口“四县”教育、医疗水平，努力创建“对口帮扶示范区”。"
    named = "继续开展与广西百色市凌云县、乐业县对口扶贫协作。"
    assert names_given([said, named], thing, None) == [False, True]
    # short county names in a list name the counties (靖西和那坡); a lone common word does not
    shorts = "对口帮扶海丰、扶贫协作靖西和那坡、援疆等成效显著。"
    alone = "深化交流合作，做好对口帮扶工作。"
    assert names_given([shorts, alone], thing, None) == [True, False]
    # 「跟福田一样提到…这个名称的还有哪些区」: the unit is a yardstick, a which-question
    assert question_kind("跟福田一样提到“四县”这个名称的还有哪些区", ["福田区"]) == Kind.WHICH
    # names of other things (项目, 片区) are not forced to a fact with its name check
    assert not asks_place_names("罗湖区那几个棚改项目分别叫啥")
    assert not asks_place_names("坪山区的那几个片区分别叫什么")
    assert asks_place_names("杉口街道对口帮扶的县叫什么名字")
    assert place_level_asked(named_thing("那个示范区叫什么", ["示范区"])) == ""
