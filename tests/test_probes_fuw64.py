"""Round fuw64: follow-ups to which-lists keep the topic and the list, and move one slot.

``probes_fuw64.jsonl`` asks over four invented 2023 reports (``tests/data/probe_reports_fuw64``:
鹭湾街道 广东 海绵城市/法治体检/法律明白人, 桐溪镇 浙江 海绵城市/法治体检/河长制, 枫林乡 湖南
河长制/法律明白人, 石岭街道 四川 智慧城市/河长制). Each rule states a general fact:

- ``answering.followup_bare_topic``: 城市 is the common noun as often as a city's name ends in
  it — 「那海绵城市呢」 swaps the thing (fw_1a fw_1b; must-not fw_1n: 盐城市 is a region).
- ``answering.followup_region``: 「那广东的是哪家」 says the list's asking words after the
  region, nothing of its own — the last list in that region (fw_2a fw_2b; must-not fw_2n: the
  region's unit without the topic is no answer).
- ``answering.followup_library``: 整个库/所有报告 + 还有谁 widens to the whole library, the
  thing and the unit asked first kept (fw_3a fw_3b; must-not fw_3n: the first unit is kept only
  when its report says it).
- ``answering.followup_scope.beyond_last``: 「别的报告呢」 alone after a mention asked is the
  same thing over the others (fw_4a fw_4b; must-not fw_4n: nobody says it → none, never the
  library by metadata).
- ``answering.followup_figure``: 「有具体审了多少份的是哪几个」 after a list keeps its units
  whose sentence gives a count, in the measure said (fw_5a fw_5b; must-not fw_5n: a list asked
  anew with no figure keeps every unit).
- ``retrieval.conditions.ASKS_NUMBER``: 「X的数字哪个报告里有」 — X的数字 followed by a which-clause
  asks reports that count X (fw_6a, fw_6b already on main; must-not fw_6n: no figure asked, a
  unit without a count stays).

- ``answering.picking.counted_deed``: after 「哪些地方报告里有民生微实事」 (有 + the thing, no deed
  of its own) 「其中哪个办得最多」 ranks each unit's count of the thing (fw_7a fw_7b; must-not
  fw_7n: 开得最多 after 配备了 ranks nothing asked, asked back).

main (006c5c18): which F1 0.39, facts 0.00, none 0.75; branch 1.00 / 1.00 / 1.00.
review64 must-nots fw_7n2 fw_7n3 (a deed ranked over people or money) and fw_3n2 (who did not).
"""

from __future__ import annotations

from pathlib import Path

from answering.followup_bare_topic import bare_topic
from answering.followup_figure import figure_kept
from answering.followup_library import library_widened
from answering.followup_scope import beyond_last
from answering.picking import counted_deed
from retrieval.conditions import ASKS_NUMBER, figure_asked
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_fuw64_probes(tmp_path, monkeypatch, capsys):
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fuw64"],
        DATA / "probes_fuw64.jsonl",
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-none", "1.0"],
    )


def test_city_noun_is_a_thing():
    assert bare_topic("那海绵城市呢") == "海绵城市"
    assert bare_topic("那文明城市呢") == "文明城市"
    assert bare_topic("那盐城市呢") is None  # a city of the division list
    assert bare_topic("那城市呢") is None


def test_library_widened():
    last = "云乐镇有没有培养法律明白人？"
    assert library_widened("整个库里还有谁搞了", last)[0] == "哪些报告提到培养法律明白人？"
    assert library_widened("整个库里还有谁提到河长制", last)[0] == "哪些报告提到河长制？"
    assert library_widened("还有谁搞了", last) is None  # no library named
    assert library_widened("整个库里还有谁更多", last) is None  # a comparison
    assert library_widened("整个库里还有谁搞了", "云乐镇有多少个法律明白人") is None


def test_others_alone():
    assert beyond_last("别的报告呢？", "南山那两份有没有讲邮轮母港") == "哪些报告提到邮轮母港？"
    assert beyond_last("其他区呢", "南山区2018年GDP是多少") is None  # a figure, not a mention
    assert beyond_last("别的报告呢", "甲镇的报告讲了什么") is None  # a content


def test_figure_kept():
    last = "做合同审查的有哪些"
    asked = figure_kept("有具体审了多少份的是哪几个", last)
    assert asked == "做合同审查的有哪些，写了具体份数的"
    assert figure_asked(asked).measure == "份"
    assert figure_kept("其中写了数字的有哪些", last) == "做合同审查的有哪些，写了具体数的"
    assert figure_kept("审了多少份", last) is None  # a count asked, no list picked
    assert figure_kept("其中哪个审得最多", last) is None  # a ranking


def test_number_then_which():
    assert ASKS_NUMBER.search("办理公证的数字哪个报告里有")
    assert not ASKS_NUMBER.search("数字政府哪个报告里有")


def test_misfires_stay_off():
    """Questions the rules could misfire on, run over the real libraries in review."""
    assert bare_topic("那宜城市呢") is None  # a county-level city of the division list
    last = "云乐镇有没有培养法律明白人？"
    assert library_widened("所有报告里还有哪些年份", last) is None  # a report field
    assert library_widened("整个库里有几份报告", last) is None  # a count of reports
    assert not ASKS_NUMBER.search("GDP的数据哪个区最高")  # a ranking, its own kind
    assert not ASKS_NUMBER.search("法律顾问的数量哪个镇最多")
    assert figure_kept("其中写了数字的有哪些", "GDP增长最快的是哪个区") is None  # a pick
    assert beyond_last("其他区呢", "南山区有没有提到河长制") == "哪些区提到河长制？"
    # review64: a negation, a content, a report's field are no thing to widen by
    assert library_widened("整个库里还有谁没提", last) is None
    assert library_widened("所有报告里还有谁也是2017年的", last) is None
    assert library_widened("整个库里还有谁提了", "南山区2017年的报告讲了什么") is None
    assert library_widened("整个库里还有谁提到不动产登记", last)[0] == "哪些报告提到不动产登记？"
    assert library_widened("整个库里还有谁搞了", "罗湖区有没有提到城市更新")  # 更 of 更新
    assert beyond_last("别的报告呢", "南山区报告是否是区级的") is None
    # review64: 整个报告 is the one report asked about, its other passages — not the library
    assert library_widened("整个报告里还有哪些地方提到", "南山区有没有提到海绵城市") is None
    assert library_widened("所有的报告中还有哪个提到了", "南山区有没有提到海绵城市")
    # review64: a ranking or a bound after the which-clause picks by the figure
    assert not ASKS_NUMBER.search("GDP的数据哪个区比较高")
    assert not ASKS_NUMBER.search("人口的数量哪个区超过100万")
    assert not ASKS_NUMBER.search("城市更新的数据哪个区写得多")


def test_deed_ranked_after_has():
    units = ["甲区", "乙区"]
    asked = counted_deed("哪些地方报告里有民生微实事", "哪个办得最多", units)
    assert asked.startswith("甲区和乙区") and "各多少" in asked
    assert counted_deed("哪些乡镇配备了法律顾问", "哪个开得最多", units) == ""  # its own deed
    assert counted_deed("哪些地方报告里有民生微实事", "哪个写得最多", units) == ""  # a mention
    # review64: a programme or a figure has no items a deed counts; 投入/涨 rank money, growth
    assert counted_deed("哪些报告里有行政复议", "哪个办得最多", units) == ""
    assert counted_deed("哪些区报告里有民生微实事", "哪个投入得最多", units) == ""
    assert counted_deed("哪些区报告里有地区生产总值", "哪个涨得最多", units) == ""
    assert counted_deed("哪些区报告里有城市更新项目", "哪个推进得最多", units)
