"""Round cell62: the value a comparison asks — each unit's year, plan vs result, the measure's kind.

``probes_cell62.jsonl`` asks over five invented 区 work reports (``tests/data/probe_reports_cell62``:
青禾 reviewing 2017 and 2021, 白鹭 reviewing 2019 and — titled without a year — 2021, 松棠 2021).
Each rule states a general fact about reports or questions:

- ``answering.unit_years``: a two-digit year right after a unit (「青禾21年、白鹭19年」) is that
  unit's, as a four-digit one is (c62_1a c62_1b; must-not c62_1n: a year after the last unit
  alone is still every unit's).
- ``answering.plan_years``: a work report titled without a year plans the year after the one
  it reviews (c62_2a c62_2b: 白鹭22年's target is in the report reviewing 2021).
- ``answering.cell_done``: 实际/实现了 asks the review's figure, and so does a year the report
  reviews asked with no word of the plan; a plan heading vowing 「以优异成绩迎接…」 is still the
  plan (``retrieval.plan_targets.names_review``) (c62_3a c62_3b; must-not c62_3n: 目标 keeps
  the plan's figure).
- ``answering.cell_measure``: 面积 names an area measure; 公顷 is an area
  (c62_4a c62_4b; must-not c62_4n: a unit writing no 公园绿地 stays 未提及, its other areas are
  no answer).
- ``answering.cell_done``: a span of years (「龙华五年」) names a period, not the deed the review
  is read for when a plan cell is moved (blind31 h60_65; a cell the judge left empty is only
  read anew for a result asked, so must-not cmp24 o1x stays 未提及).

main (aa1f6813): compare 0.66 (c62_1a c62_2a c62_2b c62_3a c62_3b c62_4a missed); branch 1.00.
"""

from __future__ import annotations

from pathlib import Path

from answering.cell_area import _owner_named
from answering.cell_done import asks_done
from answering.cell_measure import compare_measure
from answering.unit_years import attached_years
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_cell62_probes(tmp_path, monkeypatch, capsys):
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_cell62"],
        DATA / "probes_cell62.jsonl",
        ["--min-compare", "1.0"],
    )


def test_short_years_after_units():
    units = ["光明区", "宝安区", "福田区"]
    q = "光明23年、宝安21年、福田19年GDP实际增长各多少"
    assert attached_years(q, units) == {"光明区": 2023, "宝安区": 2021, "福田区": 2019}
    # a count of years, not a calendar year
    assert attached_years("宝安2021年和光明10年来GDP", units[:2]) == {"宝安区": 2021}
    # after the last unit alone: every unit's
    assert attached_years("光明和宝安21年GDP", units[:2]) == {}


def test_result_asked():
    assert asks_done("GDP实际增长各多少")
    assert asks_done("地区生产总值实现了多少增长")
    assert not asks_done("GDP实际增长目标是多少")  # a plan word: the plan's
    assert not asks_done("实际上要新增多少学位")  # 实际上 asks nothing; 要 is the plan
    assert not asks_done("坪山和宝安实际利用外资各多少")  # an indicator's name, no result word
    assert not asks_done("罗湖和福田明年新增学位多少")  # 明年: the plan's


def test_area_of_named_thing(tmp_path, monkeypatch):
    """review62: 「新增绿地面积」 asks the area of 绿地 — a cell naming another thing's area
    (blind30: 「新增商业面积20万平方米」「新增海绵城市面积63平方公里」) is no answer; 「辖区面积」
    (辖区 a holder word) names no thing, so no area of the report answers it."""
    from library.compose import build
    from reportqa.settings import Settings
    from tests.probe_kit import ingested_texts

    texts = {
        p.name: p.read_text(encoding="utf-8") for p in (DATA / "probe_reports_cell62").glob("*.txt")
    }
    data = ingested_texts(tmp_path, monkeypatch, texts)
    app = build(Settings(data_dir=data))
    analysis = app.retriever.analyze("青禾和白鹭新增绿地面积对比")
    _, names = _owner_named(analysis, "平方米")
    assert names("新增公园绿地51.6万平方米")
    assert not names("新增商业面积20万平方米以上")
    assert not names("新增海绵城市面积63平方公里，占建成区28%。")
    assert _owner_named(analysis, "") is None  # no area asked
    _, none = _owner_named(app.retriever.analyze("青禾和白鹭的辖区面积各多少"), "平方米")
    assert not none("完成土地供应46.83万平方米")


def test_area_named():
    assert compare_measure("光明2023和罗湖新增海绵城市面积对比") == "平方米"
    assert compare_measure("光明和盐田海绵城市面积占比对比") == ""  # a share, not an area
