"""Round diag44b: district work reports (政府工作报告, 新区管委会工作报告) asked about in users' words.

- A 新区 is called by its place name alone (「青澜」 for 青澜新区), as a 区 or 镇 is.
- 「白石、云溪、金沙这三个区的…」: a pointer, a count and a level noun point back at the units
  just listed; they are scope, never a topic the evidence must hold.
- 「整个十三五」: 整个 is the whole of a period, and a five-year plan's period is named in the
  heading of the report's review, not beside each count.
- 地区生产总值 / 本地生产总值 / 本区生产总值 / GDP are one quantity; a 增速 is written 增长X%.
- 「那增速呢」 after 「金沙区GDP是多少」 asks the rate of that GDP, not any sentence with 增速.

All reports are made up, ingested for real into ``tmp_path`` and asked through the composition
root. main (23636d1): 6 of the 8 paraphrase checks fail (the 这三个区 and quoted “十三五” ones pass
by luck of the cells); the 2 must-not checks hold on both; on diag44b all pass.
"""

from __future__ import annotations

from pathlib import Path

from answering.followup import Turn, resolve
from library.compose import build
from reportqa.settings import Settings
from retrieval.question_scope import among
from tests.probe_kit import ingested_texts

_REPORTS = {
    "q1.txt": "青澜新区管理委员会2023年工作报告\n\n一、2023年工作回顾\n\n"
    "（一）经济运行稳中向好。全年实现地区生产总值812.4亿元，增长5.2%。\n\n"
    "（二）社会大局和谐稳定。信访总量同比下降18.6%，矛盾纠纷化解率98%。\n",
    "b1.txt": "白石区2020年政府工作报告\n\n一、2020年工作和“十三五”发展回顾\n\n"
    "（一）民生福祉持续增进。新增教育学位2.1万座，是“十二五”时期的2.5倍。\n\n"
    "（二）社会治理更加有效。信访积案化解率达到96.5%，群众满意度排名全市前列。\n\n"
    "（三）经济实力跃升。全年实现本地生产总值1530亿元，增长4.4%。\n",
    "y1.txt": "云溪区2022年政府工作报告\n\n一、2022年工作回顾\n\n"
    "（一）经济总量迈上新台阶。初步核算全年本区生产总值达966.2亿元，增长3.1%。\n\n"
    "（二）民生实事。居民人均可支配收入增速与经济增长同步。\n",
    "j1.txt": "金沙区2023年政府工作报告\n\n一、2023年工作回顾\n\n"
    "（一）经济稳步增长。全年地区生产总值2044.7亿元，增长6.1%。\n\n"
    "（二）教育优先发展。新建学校5所，新增公办学位8600座。\n",
}


def _service(tmp_path: Path, monkeypatch):
    return build(Settings(data_dir=ingested_texts(tmp_path, monkeypatch, _REPORTS))).service


def test_diag44b_probes(tmp_path, monkeypatch):
    service = _service(tmp_path, monkeypatch)

    def said(question: str, history=()) -> str:
        return service.ask(question, history).answer

    # 新区 by its place name (two paraphrases)
    both = said("白石和青澜在信访方面各自取得了什么成效")
    assert "18.6%" in both and "96.5%" in both, both
    assert "18.6%" in said("青澜的信访总量下降了多少？")
    # 这三个区 is scope (two paraphrases): every unit's own figure
    three = said("白石、云溪、金沙这三个区的地区生产总值比一比")
    assert all(v in three for v in ("1530亿元", "966.2亿元", "2044.7亿元")), three
    two = said("金沙和云溪这两个区的GDP对比一下")
    assert "2044.7亿元" in two and "966.2亿元" in two, two
    # 整个十三五: the count under the review's heading (two paraphrases)
    for q in ("白石整个十三五新增了多少教育学位？", "白石区整个“十三五”期间新增教育学位多少座"):
        got = said(q)
        assert "2.1万座" in got and "最接近" not in got, (q, got)
    # 增速 of the GDP just asked (two paraphrases)
    last = [Turn("金沙区2023年GDP是多少？", townships=("金沙区",))]
    assert "6.1%" in said("那增速呢", last)
    assert "4.4%" in said("那增幅呢？", [Turn("白石区的本地生产总值是多少", townships=("白石区",))])


def test_diag44b_must_not():
    # a 区域 is no level: 「这三个区域」 stays a topic
    assert "区域" in among("金沙这三个区域的规划是什么")
    # a follow-up naming a thing, not a measure, is not asked of the last topic
    got = resolve("那学位呢", [Turn("金沙区2023年GDP是多少？", townships=("金沙区",))], ["金沙区"])
    assert "GDP" not in got.question, got
