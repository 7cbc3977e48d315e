"""Round sec55: which reports have a standard part (``retrieval.part_presence``).

``probes_sec55.jsonl`` asks over three invented reports (``tests/data/probe_reports_sec55``):
梅岭镇 has top headings for its problems (「二、…存在的不足和原因」) and its plan (「三、2025年…
工作打算」); 柳溪乡 has no headings, and opens both parts with a sentence ending in a colon
(「…还存在一些问题和不足：」「下一步，我乡将重点做好以下工作：」); 桃源街道 has a review only,
which says 问题 and 安排 as every review does (纠正合同问题, 针对存在的问题，采取以下措施, 安排法律
顾问列席, 普法计划).

- 「哪些报告总结了存在的问题和不足」「…写了自身工作中的短板和差距」: 梅岭镇 and 柳溪乡 (p1a p1b).
- 「哪些报告写了下一步工作打算」「…有明年的工作安排」: 梅岭镇 and 柳溪乡 (p2a p2b).
- must-nots: 「哪些报告提到安排了法律顾问」「哪些报告写了普法计划」 name a topic of their own and
  are answered as before: 桃源街道 (n1 n2).
- 「制定或落实权责清单、履职事项清单」「编制或落实权责清单、负面清单」: two verbs joined by 或
  share the list after them, which is the need (``alternatives._verbs_either``); 梅岭镇 writes
  落实《安宁县乡镇权责清单》, 松林镇 对照县级权责清单 (v1a v1b); must-not 「学习宪法或者开展宪法
  宣传」, a verb with its own object, is read as before (v1n).

base55 (ed11c78): which F1 0.42 (p1a listed 桃源街道 for 「合同问题」; p1b p2a p2b v1a v1b found
nothing: 落实 stayed glued to 权责清单); branch 1.00.
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_kit import asked, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_sec55.jsonl"


def test_sec55_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_sec55"],
        PROBES,
        ["--min-f1", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])
    quotes = {
        item["id"]: {c.township: c.quote for c in ans.citations}
        for item, ans in asked(tmp_path / "d", PROBES)
    }
    # the part is shown by its heading, or the sentence that opens it, never a review's 问题
    assert quotes["p1a"] == {
        "梅岭镇": "二、2024年推进法治政府建设存在的不足和原因",
        "柳溪乡": "虽然取得了一定成绩，但对照上级要求，我乡法治政府建设还存在一些问题和不足：",
        "竹溪镇": "在肯定成绩的同时，我镇法治政府建设还面临一些困难和问题。",
    }
    assert quotes["p2b"] == {
        "梅岭镇": "三、2025年推进法治政府建设的工作打算",
        "柳溪乡": "下一步，我乡将重点做好以下工作：",
        "湖山街道": "2025年主要工作",
    }


def test_sec55_compare_cells(tmp_path, monkeypatch, capsys):
    """``probes_sec55b.jsonl`` over three invented work reports (``probe_reports_sec55b``:
    青川区 2022 and 2023, 白沙区 2023), each writing its GDP as a total (地区/本地生产总值) and as
    ratios' base (每平方公里土地产出GDP, 人均GDP, 万元GDP能耗, 占GDP 38%), and its 国家高新技术企业
    in its review (总量达到410家) and its plan part (「二、2022年主要工作任务」: 新增…100家以上).

    - 「GDP各是多少」 is the total (g1a g1b); 「人均GDP分别是多少」 asks the ratio (must-not g1n).
    - one unit over its reports (「几份报告里各是多少」「各份报告里…分别」: h1a h1b) and two units
      of which one has two reports, no year named (h2a): a row per report, named by its year;
      a year named keeps one report a unit (must-not h2n: two rows).

    base55: compare 0.70 (g1a quoted 每平方公里土地产出GDP; h1a answered 没有写明; h2a one
    青川区 row; h1b two rows both 「青川区」); branch 1.00."""
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "g",
        [DATA / "probe_reports_sec55b"],
        DATA / "probes_sec55b.jsonl",
        ["--min-compare", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])
    rows = {
        item["id"]: [r.shown for r in ans.compare.rows]
        for item, ans in asked(tmp_path / "g", DATA / "probes_sec55b.jsonl")
    }
    assert sorted(rows["h1b"]) == ["青川区（2022年）", "青川区（2023年）"]
    assert sorted(rows["h2a"]) == ["白沙区", "青川区"]
    assert sorted(rows["h4a"]) == ["白沙区", "青川区"]
    assert sorted(rows["h3a"]) == ["青川区（2022年）", "青川区（2023年）"]
    assert sorted(rows["h2n"]) == ["白沙区", "青川区"]
