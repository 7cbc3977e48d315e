"""Round meta31: who speaks in an untitled page, and the unit above it
(``tests/data/probe_reports_meta31``, made-up pages naming real places where the division list
matters).

Each rule has two pages (or questions) that need it and one it must not fire on; the pages are
scored by ``reportqa eval-metadata`` (``meta_gold.jsonl`` there), the questions by
``probes_meta31.jsonl`` over the same pages:

- a: the bodies a report says it works under (「在县委、县政府的坚强领导下」「在区委、区政府的正确
  领导和区司法局的精心指导下」) lead it, so in a township's report their 县政府 is its superior,
  not a self-word (``site_banner.LED_BY``): a page saying only 我镇/本乡 besides is a township's
  (a1, a2); a county led by 市委、市政府 still speaks as 全县, 县政府 (a3, must-not);
- b: a place's party committee and government named together as the opening's subject
  (「2023年，宝鸡市委、市政府坚持…」「桐柏县委县政府认真贯彻…」) are that place acting as one: the
  writer, when the report also speaks as that kind of place (我市, 全县) and never as a lower
  one (``site_banner.joint_subject``, b1, b2; b5 after 「在省委…领导下」; b6 a listed name that
  holds a kind's character, 西乡塘区); a county's report opening with its city's bodies (b3) or
  a town's with its county's (b4) is not theirs (must-nots);
- c: a township's report names its county's kind (区委、区政府; 县委依法治县办; only 市委、市政府:
  a county-level city), so of the namesakes the division list holds only those under a county
  of that kind can be it (``Gazetteer.parent_of``'s ``above``, c1, c2, c4); 「上级党委、政府」
  names no kind and two namesakes stay two (c3, must-not); 市委 beside 县委 is the prefecture
  above the county, not a county-level city (c5, must-not);
- e: a one-character county writes its committee with its kind again (「歙县县委、县政府」 = 歙县 +
  县委), so 「X县县」 before 委/政府 is X县 when the division list knows it (e1 as the writer, e2 as
  the body above a town: ``report_reading.names_in``); a made-up 青禾县县委 is left alone (e3);
- g: a unit's own documents spell its name with its kind (《朝阳街道…制度》《泾川镇…规定》), which no
  larger place bearing the same short name (朝阳区, 泾川县) does: such titles name the unit (g1,
  g2; ``self_name.self_named``), while a slogan alone (「法治朝阳」) may be the larger place's (g3);
- h: a county or city the division list knows whole holds no chain inside it, though it holds a
  kind's character (西乡|塘区, 靖州|苗族侗族自治县: ``admin_names._known_whole``,
  ``report_reading._inside_listed``; h1, h2), unless its head is a listed place (宝鸡市陈仓区, h3);
- i: real towns end like the generic 乡镇/城乡 (东乡镇, 石城乡: ``admin_names._REAL_ENDINGS``, i1,
  i2), counted where the list knows them and a word starts; 「统筹城乡」「环城乡村」 in a 我乡
  report name none (i3);
- d: 「是哪个县级市下面的」「是什么县级市的」「是哪个地级市下辖的」「所在的县级市是哪个」「上级市是
  哪个」 ask the unit above by its rank or kind (``meta_asks._RANK_ASKED``, ``meta_parts.PARENT``);
  「县级市的报告有哪些」 still filters by level (since fu76 the 区县 cities: none here), 「上级市政府督查了几次」 is a topic;
- f: a prefecture's rung asked of a township (「属于哪个地级市」「是哪个市的」「哪个州」) is the city
  above its county: the answer adds it from the division list (``meta_asks.with_prefecture``,
  u15, u16); a town under a county-level city asked 「哪个市」 is answered by that city (u17).
"""

from __future__ import annotations

from pathlib import Path

from answering.meta_asks import spoken_levels
from answering.meta_parts import PARENT
from cli.main import main
from ingest.site_banner import self_level
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
REPORTS = DATA / "probe_reports_meta31"


def test_meta31_pages_read_right(capsys):
    capsys.readouterr()
    assert main(["eval-metadata", str(REPORTS / "meta_gold.jsonl"), "--min", "all=1.0"]) == 0


def test_meta31_questions(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [REPORTS],
        DATA / "probes_meta31.jsonl",
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-compare", "1.0"],
    )
    by_id = {q["id"]: q for q in result["questions"]}
    assert "地名资料" in by_id["u08"]["answer"]  # 南阳市 is the division list's, said so
    assert "长沙" not in by_id["u17"]["answer"]  # f must-not: 浏阳市 is the 市 asked
    capsys.readouterr()
    assert main(["ask", "三营镇属于哪个县"]) == 0  # c3: two namesakes, no kind of county
    assert "无法确定" in capsys.readouterr().out


def test_a_bodies_a_report_works_under_are_not_its_voice():
    town = "2024年，在县委、县政府的坚强领导下，我镇深入推进法治政府建设。"
    assert self_level(town) == "乡镇"
    led = "2023年，本乡在区委、区政府的正确领导和区司法局的精心指导下，认真落实。"
    assert self_level(led) == "乡镇"
    county = "2023年，在市委、市政府的坚强领导下，县政府坚持依法行政，全县法治建设取得成效。"
    assert self_level(county) == "区县"  # must-not: a county's own words stay


def test_d_a_rank_after_the_asking_word_names_the_parent():
    for q in ("苇塘镇是哪个县级市下面的", "苇塘镇是什么县级市的", "桐柏县是哪个地级市下辖的"):
        assert PARENT.search(spoken_levels(q)), q
    for q in ("苇塘镇所在的县级市是哪个", "桐柏县的上级市是哪个", "苇塘镇所在县是哪个"):
        assert PARENT.search(spoken_levels(q)), q
    for q in ("上级市政府督查了几次", "所在村的法律顾问是谁", "接受上级督查几次"):
        assert not PARENT.search(spoken_levels(q)), q  # must-not: a topic
    # must-not: no unit above asked; 县级市 stays, the 区县 cities it picks (fu76, meta_select)
    assert spoken_levels("县级市的报告有哪些") == "县级市的报告有哪些"
    assert spoken_levels("哪个是地级市") == "哪个是市级"  # must-not: a level asked of each
