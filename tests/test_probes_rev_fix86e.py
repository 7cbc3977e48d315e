"""A plan part's result tells the deed of the thing asked only (review of fix86e).

fix86e read a clause's perfective 了, 已+verb, 依托建成的… and 深化 anywhere in a plan part's
passage as the deed done; but a plan part opens on the times' demand (「新形势对…提出了更高
要求」), a recap (「取得了一定成效」) or a shortfall (「出现了…问题」), and deepens one thing while
planning another (「深化行政执法体制改革，计划推行…」). The result is read of the clause naming
the thing asked, or follows it in its sentence. Over ``probe_reports_rev_fix86e``: 桃源镇 did
each thing; 石门乡, 柏林镇, 云溪乡, 清河镇 only plan them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportqa.types import ReportInfo
from retrieval.done_asked import plan_only
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_rev_fix86e_probes(tmp_path, monkeypatch, capsys):
    # main 0.78 (V了 not read as a deed asked), fix86e 0.83 (柏林镇's 提出了, 云溪乡's 深化改革
    # kept), here 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_rev_fix86e"],
        DATA / "probes_rev_fix86e.jsonl",
        ["--min-f1", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


RECORDER = [("执法记录仪",)]


@pytest.mark.parametrize(
    ("text", "things", "only"),
    [
        ("新形势对行政执法提出了更高要求，下一步将为执法队配备执法记录仪。", RECORDER, True),
        ("执法中出现了取证不充分问题。下一步将为执法队配备执法记录仪。", RECORDER, True),
        ("全镇执法记录仪配备率达100%，下一步将规范使用。", RECORDER, False),
        ("用好已配备的执法记录仪，规范执法全过程记录。", RECORDER, False),
        ("深化行政执法体制改革，计划推行“邻里说事”调解工作法。", [("邻里说事",)], True),
        ("将深化“邻里说事”调解工作法，在各村设立说事点。", [("邻里说事",)], False),
        ("依托建成的党群服务中心，计划新建法治文化广场1个。", [("法治文化广场",)], True),
        ("将法治建设纳入年度目标考核，有效增强了干部的法治意识。", [("考核",)], False),
    ],
)
def test_result_of_thing(text, things, only):
    info = ReportInfo("r", "s", "t", "柏林镇", "", "乡镇", 2023, "h")
    assert plan_only(text, "二、下一步工作打算", info, things) is only
