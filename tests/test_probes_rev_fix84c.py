"""Review of fix84c: what its widenings must not reach (``probes_rev_fix84c.jsonl`` over
``probe_reports_rev_fix84c`` and fix84c's three reports).

- 当官的/官员 ~ 负责人 read every 负责人: 「约谈企业负责人」 answered 「哪些地方约谈了官员」 (v2).
  The register now reads the officials' 负责人 only (机关, 政府, 部门, 主要负责人).
- 第一次/首次 ~ 首违 for every question: 「公布首违不罚事项清单」 answered 「哪些地方第一次公布了
  事项清单」 (v5). 首违 is now read only in a question naming a wrong (``first_ordinals``).

Known misses on main as on fix84c, left: v1 (石门镇's 企业负责人旁听庭审 is listed: 当官的 is
no required word there), v3 (首次 dropped beside 包容审慎监管), v8 (配了车: 车 is not read),
v12/v13 (看下一步/看下半年 lose 下 to the asking verb: ``asker_words`` strips 看下 on main too).
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
KNOWN_FAILING = {"v1", "v3", "v8", "v12", "v13"}


def test_rev_fix84c_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_rev_fix84c", DATA / "probe_reports_fix84c"],
        DATA / "probes_rev_fix84c.jsonl",
        [],
    )
    assert not any(q["error"] for q in result["questions"])
    missed = {q["id"] for q in result["questions"] if q["miss"]}
    assert missed <= KNOWN_FAILING, sorted(missed - KNOWN_FAILING)
