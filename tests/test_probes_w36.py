"""Round w36: a web copy's title with a site suffix, and a listed city written bare.

Two facts about Chinese government reports copied to the web (made-up pages of real places in
``tests/data/probe_reports_w36``):

- a portal's or mirror's title is 「标题-站点名」: a title ending in 报告/总结/汇报/情况 before a
  dash, underscore or bar is whole, the short name after it is the site's; and the portal's field
  line under it (「发布日期:… 来源:… 作者:…」) is a record of its own, never glued to the title
  or to the opening under it (w1: a brand suffix and a field line; w2: a suffix, no field line;
  must-not n1: a dash inside the title, 「2021—2025年」, and a body line broken there still joins);
- a listed city whose short name ends in a level character (湘乡市, 宁乡市) is written bare in its
  goals (「奋力建好美丽湘乡」): that is the city, not an unlisted township (j1, j2; must-not n2:
  a real 涞水镇 under 涞水县 stays the township).
"""

from __future__ import annotations

from pathlib import Path

from cli.main import main
from ingest.clean import clean_text

DATA = Path(__file__).parent / "data" / "probe_reports_w36"


def _lines(name: str) -> list[str]:
    return clean_text((DATA / name).read_text(encoding="utf-8")).split("\n")


def test_w36_pages_read_right(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path))
    capsys.readouterr()
    assert main(["eval-metadata", str(DATA / "meta_gold.jsonl"), "--min", "all=1.0"]) == 0


def test_w36_suffixed_title_and_field_line_stay_whole():
    w1 = _lines("w1.txt")
    assert w1[0] == "滁州市人民政府关于2023年法治政府建设情况的报告-好运来娱乐真人第一品牌"
    assert w1[1].startswith("发布日期") and w1[1].endswith("1523")
    assert w1[2].startswith("在省委")
    w2 = _lines("w2.txt")
    assert w2[0] == "宣城市人民政府2023年度法治政府建设工作总结_掌上资讯平台"


def test_w36_dash_inside_title_is_not_a_suffix():
    n1 = _lines("n1.txt")
    assert n1[0] == "青阳县2021—2025年法治政府建设实施情况中期评估报告"
    assert "推动2021—2025年法治政府建设规划落地见效" in n1[1]
