"""A plan part's result sentence tells the deed done, for a question asking one (V了, V过).

fix84e read a which-question with V了 as asking a deed done, and dropped a plan part's items
that tell nothing done; but a plan part (or a heading read as one) also carries results: a
clause without intent stating a result (「有效增强了…意识」「配备率达100%」), a thing made use of
as built (「依托建成的法治文化广场」), a practice deepened (「将深化“邻里说事”调解工作法」). Over
``probe_reports_fix86e``: 松岭镇 states each so; 柳河乡 only plans each (计划推行, 将新建, 为了…,
力争…达100%).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportqa.types import ReportInfo
from retrieval.done_asked import plan_only
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_fix86e_probes(tmp_path, monkeypatch, capsys):
    # main: which 0.67 (the 过 rows drop 松岭镇's plan-part results, the 了 rows keep 柳河乡's
    # plans); here 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fix86e"],
        DATA / "probes_fix86e.jsonl",
        ["--min-f1", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("同时，将法治建设纳入村级年度目标考核，有效增强了村干部的法治意识。", False),
        ("全镇执法记录仪配备率达100%，下一步将规范使用。", False),
        ("依托建成的法治文化广场，每季度开展一次普法宣讲。", False),
        ("将深化“邻里说事”调解工作法，在各村设立说事点。", False),
        ("为了增强村干部的法治意识，将法治建设纳入村级年度目标考核。", True),  # 为了
        ("力争执法记录仪配备率达100%，规范执法全过程记录。", True),  # an aim
        ("将新建法治文化广场1个，解决不了的纠纷及时上报。", True),  # 不了: no result
        ("计划推行“邻里说事”调解工作法。", True),
    ],
)
def test_result_in_plan_part(text, only):
    info = ReportInfo("r", "s", "t", "松岭镇", "", "乡镇", 2023, "h")
    assert plan_only(text, "二、下一步工作打算", info) is only
