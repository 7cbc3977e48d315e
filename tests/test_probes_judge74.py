"""Round judge74: follow-ups that set a unit aside, and questions about the tool itself.

``probes_judge74.jsonl`` asks over three invented district reports
(``tests/data/probe_reports_judge74``: 澄溪区, 梅岭区, 白沙区 of an invented 青川市):

- A (``answering.followup_aside_said``): 「澄溪有写黑臭水体，其他报告还有谁写了」 restates the
  unit set aside before asking who else: only the thing after its verb is searched, over the
  others (a1-a4); must-nots: a topic-first clause is unchanged (ax1), the unit set aside never
  comes back (ax2);
- B (``answering.about_tool``): 「这个系统怎么用」「你能做什么」 ask about the tool, not the
  reports: a usage note, no units, so a pronoun after it has no referent (b1-b3); must-nots:
  系统学习 is a way of studying (bx1), a report's own 网格化管理系统 (bx2), 「这个平台」 after a
  turn about a platform points back at it (bx3);
- C (``answering.regions``, ``answering.region_scope``): 「惠州自己的报告里…」 asks the city's own
  report: with none in the library it is refused by name, never answered from another unit's
  mention of the city (c1-c3); must-nots: a unit the library holds answers from its own report
  (cx1), 「哪些报告提到了惠州滨海新城」 asks a mention (cx2). 惠州 is named only as a partner city
  in an invented report, past its opening (a report naming a place in its opening is its own);
- D (``retrieval.level_titles``): 「拿到国家全域旅游示范区的」 asks a title opened by its level,
  one name met only whole — 试点示范区 and 先行示范区 are other titles (d1-d3); must-nots: the
  practice asked without a title is met by every report (dx1), the other title asked whole is
  met by its own report only (dx2); 国家级 and 国家 name one title (d4);
- E (``answering.followup_named_count``): 「其中澄溪和梅岭各计划了多少件」 after 「哪几份报告讲了
  民生实事」 picks units by name and counts with a deed only: the last thing is counted, never
  any other 计划…件 (e1-e3); must-nots: a thing of its own is asked as said (ex1, ex2).
Review74 added: a platform named before 这个 is the report's, never the tool (bx4); a title
written once after joined levels (d5) or with 建设 before its head (d6) is the title asked.
"""

from __future__ import annotations

from pathlib import Path

from answering.about_tool import asks_about_tool
from answering.followup_aside_said import thing_said
from answering.followup_turn import Turn
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_judge74.jsonl"


def test_judge74_probes(tmp_path, monkeypatch, capsys):
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_judge74"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-none", "1.0"],
    )


def test_thing_said_takes_the_thing_after_the_unit_and_its_verb():
    assert thing_said("光明有写黑臭水体", ["光明区"]) == "黑臭水体"
    assert thing_said("光明区的报告里提到了黑臭水体", ["光明区"]) == "黑臭水体"
    assert thing_said("光明写的城中村改造", ["光明区"]) == "城中村改造"
    # no verb of mentioning right after the unit, or another unit: the clause as said
    assert thing_said("光明科学城建设", ["光明区"]) == "光明科学城建设"
    assert thing_said("宝安有写黑臭水体", ["光明区"]) == "宝安有写黑臭水体"
    assert thing_said("光明提出的海绵城市建设", ["光明区"]) == "海绵城市建设"
    # a one-character verb opening another word (提升, 说明) mentions nothing: left whole
    assert thing_said("宝安提升营商环境这块", ["宝安区"]) == "宝安提升营商环境这块"
    assert thing_said("福田说明了垃圾分类", ["福田区"]) == "福田说明了垃圾分类"


def test_level_titles_are_one_name():
    from retrieval.level_titles import is_level_title, level_titles_in

    found = [c.term for _, _, c in level_titles_in("拿到国家生态文明建设示范区的是哪几个")]
    assert found == ["国家生态文明建设示范区"]
    assert [c.term for _, _, c in level_titles_in("跟着创全国法治政府建设示范市走的")] == [
        "全国法治政府建设示范市"
    ]
    # no level, or the drive rather than the title: no name
    assert not level_titles_in("哪些区在建设生态文明示范区")
    assert not level_titles_in("对标全国法治政府建设示范创建指标体系")
    assert is_level_title("国家生态文明建设示范区") and not is_level_title("生态文明示范区")
    # 建设 said or dropped, levels joined before one written title (review74)
    from retrieval.level_titles import _spellings

    assert "国家生态文明建设示范区" in _spellings("国家生态文明示范区")
    assert "国家级、省级现代农业示范区" in _spellings("国家级现代农业示范区")
    assert "国家生态文明先行示范区" not in _spellings("国家生态文明示范区")


def test_tool_questions_and_their_neighbours():
    assert asks_about_tool("帮我看下这个系统怎么用")
    assert asks_about_tool("你能做什么？")
    assert asks_about_tool("怎么使用这个工具")
    assert not asks_about_tool("哪些镇系统学习了民法典")
    assert not asks_about_tool("云乐镇的电子政务系统怎么用的")
    # a name before the pointer: the report's own app or platform (review74)
    assert not asks_about_tool("i深圳这个应用有什么功能")
    assert asks_about_tool("请问这个系统怎么用")
    talked = [Turn("云乐镇的综合服务平台有几项清单")]
    assert not asks_about_tool("这个平台怎么用", talked)
    assert asks_about_tool("你能做什么", talked)  # addressed to the tool whatever came before
