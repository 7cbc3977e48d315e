"""Round q81w80: users' plain words for practices the reports name, and two none-kind leaks.

``probes_q81w80.jsonl`` asks over three invented reports (``tests/data/probe_reports_q81w80``):

- 黑恶势力 is what 扫黑除恶 fights: the report writes the campaign (hm1 hm1b); 扫黄打非 never is
  (hm1n, which also keeps a plan part's mention).
- 履职清单 is short for 履行职责事项清单, and 列成 only makes the list (lz1 lz1b lz1c lz2);
  a 权责清单 is no 履职清单.
- 柔和 is said for 柔性 (rh1 rh1b); 严格规范公正文明执法 is not it.
- 国家级的X is 国家级X for a register key (gj1 gj1b); 省级法治示范乡镇 is not it.
- 多请/另请 is 额外聘请 (dq1 dq1b).
- 办过/搞过 asks a deed done: an undated item of the plan part is none (bg1 bg1b), while 提到
  keeps it (bg1n), and a plan part's recap of the year (今年以来共举办…4场) is a deed done (bg2 bg2t,
  review rev_q81w80).
- A when-question whose topic sentence tells the deed awaited (处于装修阶段, 待…后方可投入使用)
  is unanswered (dd1 dd1b); a dated deed still answers (dd1n).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportqa.types import ReportInfo
from retrieval.done_asked import asks_done, plan_only
from retrieval.pending_deed import awaited
from retrieval.register import rank_de_spellings, read_register
from retrieval.vocabulary import SOFT_VERBS
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_q81w80.jsonl"
INFO = ReportInfo("r", "s", "t", "青槐镇", "", "乡镇", 2024, "h")


def test_q81w80_probes(tmp_path, monkeypatch, capsys):
    # main (c11b2c42): which 0.43, facts 1.00, none 0.00 (0.38 before p4); branch 1.00 / 1.00 / 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_q81w80"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


def test_register_lines():
    register = read_register()
    assert "柔性" in register["柔和"]
    assert "额外聘请" in register["多请"]
    assert "硬罚" not in register  # the opposite of 柔性执法, never a way to say it
    assert {"列成", "列出"} <= SOFT_VERBS and "列入" not in SOFT_VERBS


def test_rank_de_spellings():
    lexicon = {"国家级法治政府示范": ("全国法治政府建设示范",), "打官司": ("诉讼",)}
    q = "哪些地方在争创国家级的法治政府示范"
    assert rank_de_spellings(q, lexicon) == {"国家级的法治政府示范": ("全国法治政府建设示范",)}
    assert rank_de_spellings("哪些地方在争创国家级法治政府示范", lexicon) == {}
    assert rank_de_spellings("省级的法治政府示范", lexicon) == {}  # another rank, another key


@pytest.mark.parametrize(
    ("question", "done"),
    [
        ("有哪个乡镇办过法律知识竞赛的？", True),
        ("搞过普法擂台赛的有哪些单位", True),
        ("哪些街道开展过法治体检", True),
        ("哪些报告提到办过法律知识竞赛", False),  # a mention asked
        ("哪些乡镇打算办法律知识竞赛", False),  # a plan asked
        ("通过法律知识竞赛普法的有哪些", False),  # 通过 is no aspect
        ("调解超过100起的乡镇有哪些", False),
        ("哪些报告讲过对新疆的帮扶或者合作？", False),  # a verb of saying asks a mention
    ],
)
def test_asks_done(question, done):
    assert asks_done(question) is done


def test_plan_only():
    plan = "三、2025年工作打算"
    assert plan_only("开展普法知识擂台赛、法治情景剧展演等活动", plan, INFO)
    assert not plan_only("目前已举办擂台赛2场，下一步继续开展", plan, INFO)
    assert not plan_only("举办普法知识擂台赛2场", "一、2024年法治政府建设主要成效", INFO)
    # a plan part's recap of the year tells the deed done (review rev_q81w80)
    assert not plan_only("今年以来，我乡共举办普法知识擂台赛4场，下一步将办进各村", plan, INFO)
    assert not plan_only("2024年，全镇开展法律知识竞赛3场", plan, INFO)
    assert plan_only("2025年开展法律知识竞赛2场", plan, INFO)
    # an item going on with the deed (继续加大…宣传力度) presupposes it under way (q67 h67_06)
    assert not plan_only("继续加大《反有组织犯罪法》的宣传力度", plan, INFO)
    assert plan_only("计划举办法律知识竞赛3场", plan, INFO)
    assert plan_only("每季度开展1次法律知识竞赛", plan, INFO)
    # an honour received is done wherever written; one still sought is a plan (qa30 e2c)
    assert not plan_only("石桥乡被评为县级文明单位", plan, INFO)
    assert not plan_only("獲評市級文明單位稱號", plan, INFO)
    assert plan_only("力争获评省级民主法治示范村", plan, INFO)
    assert plan_only("积极争创全国民主法治示范村", plan, INFO)
    # a 政府工作报告's plan part is read as its practice (stop 77)
    work = ReportInfo("r", "s", "盐田区2025年政府工作报告", "盐田区", "", "区县", 2024, "h")
    assert not plan_only("携手新疆哈密等共建氢能产业园", "二、2025年工作安排", work)


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("目前，街道便民服务大厅正处于装修阶段，待设备调试完成后方可投入使用", True),
        ("政务服务中心办证大厅处于验收阶段", True),
        ("待区大数据中心配备齐全办公设备后可以启动运营", True),
        ("新建的调解室尚未投入使用", True),
        ("2024年5月，镇便民服务大厅正式投入使用", False),
        ("建成后由专人管理，全年接待群众300人次", False),
        ("正在推进依法行政", False),
    ],
)
def test_awaited(sentence, told):
    assert awaited(sentence) is told
