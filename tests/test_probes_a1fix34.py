"""Round a1fix34: the writer of an untitled page is the subject of its opening sentence, not
the goal that sentence ends with (row A1 of held33's diagnosis, second set in a row).

The made-up openings in ``tests/data/probe_reports_a1fix34`` name real places:

- g1 (临江市) and g2 (瑞金市): a county-level city opens the page and names the zone it aims to
  become (「“生态强省”绿色转型创新区」「红色文化传承创新区」); ranked by its 市 the city lost to
  that 区 (``opening_subject``: the division list's rung, then order);
- g3 (白山市): a prefecture whose opening builds a 创新区 lost to the zone too: a name no list
  confirms inside a clause of aiming (建设/打造/创建…) is no writer while another name is there;
- g4 (通化市): a prefecture whose opening reports on an unlisted 区 after its own name
  (「长白山森林康养创新区建设成效明显」): the list holds every statutory district, so that 区 is
  a zone the listed name that opens the sentence works on;
- must-not n1: a street led by a county-level city (「在临江市委、市政府的坚强领导下，大栗子街道…」)
  stays the street: the city's rung is 区县, still above the street's.

Questions (``probes_a1fix34.jsonl``): a1a, a1b list the city by its own page's deeds; the
must-not a1n lists only the street.
"""

from __future__ import annotations

from pathlib import Path

from cli.main import main
from ingest.metadata import extract
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_a1fix34_pages_read_right(capsys):
    capsys.readouterr()
    gold = DATA / "probe_reports_a1fix34" / "meta_gold.jsonl"
    assert main(["eval-metadata", str(gold), "--min", "all=1.0"]) == 0


def test_a1fix34_questions(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_a1fix34"],
        DATA / "probes_a1fix34.jsonl",
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not [q["id"] for q in result["questions"] if q["error"]]


def test_a_goal_that_is_the_only_name_is_kept():
    text = "2023年，全镇上下围绕建设法治柳溪镇目标，扎实推进依法行政。\n一、工作\n镇党委学法6次。"
    assert extract(text, "x.txt").unit == "柳溪镇"


def test_a_zone_opening_its_own_report_stays():
    # must-not for g4: the unlisted zone opens its report; the city is the body it is led by
    text = (
        "2023年，在重庆市人民政府的坚强领导下，两江新区坚持以习近平法治思想为指导，全面推进依法行政。"
        "\n一、主要工作\n新区管委会学法8次。"
    )
    assert extract(text, "x.txt").unit == "两江新区"
