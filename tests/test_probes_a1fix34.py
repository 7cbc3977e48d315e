"""Round a1fix34: the writer of an untitled page is the subject of its opening sentence, not
the goal that sentence ends with (row A1 of held33's diagnosis, second set in a row).

The made-up openings in ``tests/data/probe_reports_a1fix34`` name real places:

- g1 (临江市) and g2 (瑞金市): a county-level city opens the page and names the zone it aims to
  become (「“生态强省”绿色转型创新区」「红色文化传承创新区」); ranked by its 市 the city lost to
  that 区 (``opening_subject``: the division list's rung, then order);
- g3 (白山市): a prefecture whose opening builds a 创新区 lost to the zone too: a name no list
  confirms inside a clause of aiming (建设/打造/创建…) is no writer while another name is there;
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
