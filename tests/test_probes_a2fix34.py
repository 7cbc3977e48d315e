"""Round a2fix34: the unit of an untitled township page of a prefecture without counties
(东莞, 中山, 儋州), which names itself only as the issuer of its own documents and cites its city's
plan (``ingest.self_name``; made-up pages naming real places in
``tests/data/probe_reports_a2fix34``).

- p1 (黄圃镇): its one self-name is the head of a 43-character title, 《中共黄圃镇委全面依法治镇
  委员会办公室关于…工作方案》, past the old 40-character cap, with 中共 before the place, and it
  works to 《法治中山建设规划》, which was read as a rival self 中山镇: read as nothing;
- p2 (和庆镇): a short title 《中共和庆镇委员会关于…的通知》 beside 《法治儋州建设规划》: the campaign
  of the city above alone made the names disagree;
- p3 (must-not): a page that says only 我镇, cites 《法治中山建设规划》 and its city's long notice
  《中共中山市委…关于印发〈中山市…〉的通知》 and works with a neighbour (「与横栏镇开展…联调」):
  no unit is named, so none is guessed.
"""

from __future__ import annotations

from pathlib import Path

from cli.main import main
from ingest.metadata import extract

REPORTS = Path(__file__).parent / "data" / "probe_reports_a2fix34"


def test_a2fix34_pages_read_right(capsys):
    capsys.readouterr()
    assert main(["eval-metadata", str(REPORTS / "meta_gold.jsonl"), "--min", "all=1.0"]) == 0


def test_city_campaign_is_no_rival_but_own_slogan_stays():
    city = "2023年,我镇紧扣《法治中山建设规划》,制定《中共黄圃镇委关于深化法治建设的实施意见》。"
    assert extract(city, "x.txt").unit == "黄圃镇"
    # must-not: a town whose documents and slogans both name another town still disagrees
    rivals = "2023年,我镇推进“法治黄圃”建设,制定《中共三角镇委关于深化法治建设的实施意见》。"
    assert extract(rivals, "y.txt").unit == ""


def test_party_prefix_is_not_the_place():
    from ingest.self_name import _PARTY

    assert _PARTY.sub("", "中共洪梅镇委全面依法治镇委员会") == "洪梅镇委全面依法治镇委员会"
    assert _PARTY.sub("", "中国共产党和庆镇委员会") == "和庆镇委员会"
    assert _PARTY.sub("", "中山市委") == "中山市委"


def test_wrapped_long_title_still_names_its_issuer():
    text = (
        "2022年,我镇紧扣《法治东莞建设规划(2021—2025年)》的要求,扎实推进法治政府建设。\n"
        "制定《中共洪梅镇委全面依法治镇委员会办公室关于2022年度学习宣传贯彻习近\n"
        "平法治思想工作方案》,常态化落实学法制度。"
    )
    assert extract(text, "x.txt").unit == "洪梅镇"
