"""Round meta35: a city naming itself only in its plans' titles; 区县 is no prefecture; a
site's greeting is no title.

An untitled city report says 我市 and may write its own name only as the issuer of a plan it
carries out (「扎实推动《长治市“十四五”…专项规划》任务落实」), while the districts and counties
under it appear as the subjects of its year (「上党区和武乡县被评为…示范地区」). Made-up openings
in ``tests/data/probe_reports_meta35``: p1 (《渭南市…方案》 + 临渭区、蒲城县; failed before: unit
unknown), p2 (《邢台市…条例》 + three counties; failed before), must-nots n1 (a county-level city
citing its prefecture's plan and naming two neighbours stays itself, 兴平市, never 咸阳市) and
n2 (one writing itself only as 法治彬州 is never 咸阳市). A portal's greeting above its menu
(「欢迎访问宁陕县人民政府」) is chrome, never the title: ``probe_reports_meta35g`` g1 g2 (failed
before), must-not n3 (「欢迎来到法治文化公园」 in the report stays).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import main

DATA = Path(__file__).parent / "data"


def test_meta35_pages_read_right(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path))
    capsys.readouterr()
    gold = DATA / "probe_reports_meta35" / "meta_gold.jsonl"
    assert main(["eval-metadata", str(gold), "--min", "all=1.0"]) == 0


def test_meta35_real_openings(capsys, tmp_path, monkeypatch):
    """meta35's real openings (河北…宁夏 search, 2017–2023): r08 (青岛, named nowhere but by
    its county-level city 平度市) stays unknown, so 13 of 14."""
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path))
    capsys.readouterr()
    gold = DATA / "meta35" / "web_real" / "meta_gold.jsonl"
    assert main(["eval-metadata", str(gold), "--min", "all=0.85"]) == 0


def test_meta35_county_city_by_short_name_is_never_its_prefecture():
    """Must-not n2: a county-level city writing itself only by its short name (法治彬州) while
    citing 《咸阳市…方案》 and two neighbouring counties is not read as 咸阳市 (unknown is right)."""
    from ingest.metadata import extract

    text = (DATA / "probe_reports_meta35" / "n2.txt").read_text(encoding="utf-8")
    got = extract(text, "n2.txt")
    assert got.unit != "咸阳市" and got.level != "地市"


def test_meta35_county_rung_is_no_prefecture(tmp_path, monkeypatch, capsys):
    """``probes_meta35.jsonl`` over ``probe_reports_meta35q`` (a prefecture 铜川市, its county
    宜君县, a town 棋盘镇): 区县, 县区, 哪几个县 name the county rung, so the prefecture's report
    is no answer (mq1 mq2 mq3 listed 铜川市 before); must-not mq4: 「不是乡镇的」 keeps it
    (``answering.meta_select.levels``). mq5 mq6: 宜君县's addressee (「市委、市政府：」) asked as
    写给谁 / 提交给哪个机关 (failed before: searched the text for 写给, 提交). mq7 mq8: a city or
    county named as a list's scope (「铜川有哪些报告」「宜君县的报告有几份」) is a region holding
    the reports under it (failed before); must-not mq9: a town holds none, its own only."""
    from tests.probe_kit import ingest_and_eval

    gold = DATA / "probe_reports_meta35q" / "meta_gold.jsonl"
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_meta35q"],
        DATA / "probes_meta35.jsonl",
        ["--gold", str(gold), "--min-f1", "1.0"],
    )


GREETINGS = DATA / "probe_reports_meta35g"


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("g1", "宁陕县人民政府关于2022年法治政府建设情况的报告"),
        ("g2", "云盖寺镇2023年法治政府建设工作报告"),
        ("n3", "洛南县2021年法治政府建设工作报告"),
    ],
)
def test_a_site_greeting_is_no_title(name, title):
    """A portal greets its visitor above its menu (「欢迎访问宁陕县人民政府」「欢迎光临镇安县人民政府」):
    the greeting names the site's owner, never the report, so it is chrome
    (``ingest.site_marks.SITE_ID``); g1 g2 read it into the title before (meta35 r02: 《欢迎访问沈阳市
    法库县人民政府 法库县人民政府关于…》). Must-not n3: a line of the report welcoming to a
    place that is no site (「欢迎来到法治文化公园」) stays the report's."""
    from ingest.metadata import extract

    text = (GREETINGS / f"{name}.txt").read_text(encoding="utf-8")
    got = extract(text, f"{name}.txt")
    assert got.title == title
    line = text.find("欢迎来到法治文化公园")
    assert line < 0 or not any(s <= line < e for s, e in got.chrome_spans)


def test_greeting_pages_read_right(capsys):
    capsys.readouterr()
    assert main(["eval-metadata", str(GREETINGS / "meta_gold.jsonl"), "--min", "all=1.0"]) == 0


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("宜君县的报告是写给谁的", True),
        ("宜君县这份报告提交给哪个机关了？", True),
        ("它是写给哪个机关的", True),
        ("宜君县审查的合同交给谁了", False),
        ("村里发现违法线索要向哪个部门报告", False),
    ],
)
def test_the_addressee_asked_with_any_verb_of_handing_in(question, asks):
    """mq5 mq6 (``probes_meta35.jsonl``, failed before): a report is handed up, so its addressee
    is asked with 写给/交给/提交给… 谁 of the report itself (``answering.meta_parts.ADDRESSEE``);
    must-nots: the same verbs of a thing in the report, or of a procedure, ask of its contents."""
    from answering.meta_parts import ADDRESSEE

    assert bool(ADDRESSEE.search(question)) is asks
