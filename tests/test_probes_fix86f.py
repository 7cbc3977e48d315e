"""Round fix86f: in 请X当Y the one engaged stays a need, a post named alone does not answer.

``probes_fix86f.jsonl`` asks over three invented reports (青枫镇 has a 法律顾问 and 网格员 with no
holder named, 白溪乡 a lawyer as adviser and party veterans as grid workers, 石门街道 neither;
``tests/data/probe_reports_fix86f``). Reading 律师 in 「请律师当法律顾问」 as a mere favour was tried
and reverted: the code-blind golds (q69 h69_19, q73 h73_28, q74 h74c_01) want the lawyer said, so
this guards ``retrieval.role_holder`` (p1 p2 p3) and the post asked alone (p4).

main 1.00; fix86e 1.00 (the favouring attempt, b5b067b1, scored 0.83 on this reading).
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_fix86f_probes(tmp_path, monkeypatch, capsys):
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fix86f"],
        DATA / "probes_fix86f.jsonl",
        ["--min-f1", "1.0"],
    )
