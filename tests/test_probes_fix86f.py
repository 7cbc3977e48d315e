"""Round fix86f: in 请X当Y the post is asked; a holder the post spells only favours.

``probes_fix86f.jsonl`` asks over three invented reports (青枫镇 has a 法律顾问 and 网格员 with no
holder named, 白溪乡 a lawyer as adviser and party veterans as grid workers, 石门街道 neither;
``tests/data/probe_reports_fix86f``). A 法律顾问 is a lawyer by trade — the vocabulary spells 律师
by 法律顾问 — so 「请律师当法律顾问」 is answered by the post filled, and 律师 only favours a passage
(``retrieval.role_holder``; p1 p2). A holder the vocabulary does not tie to the post (老党员 for
网格员) is a choice asked and stays a need (p3, must-not).

main: which 0.78; fix86e 0.78; branch 1.00.
"""

from __future__ import annotations

from pathlib import Path

from retrieval.concept import Concept
from retrieval.role_holder import holder_apart
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


def test_holder_only_favours():
    lawyer = Concept("律师", ("律师", "法律顾问"), True)
    adviser = Concept("法律顾问", ("法律顾问",), True)
    link = Concept("担任", ("担任",), False)
    held = holder_apart("让律师担任法律顾问的", [lawyer, link, adviser])
    assert [c.term for c in held] == ["律师", "法律顾问"]  # 担任 only tied the two
    assert held[0].alternatives == ("律师",)
    assert held[0].favours and not held[0].required
    assert held[1] == adviser
    # a holder chosen (not a spelling of the post) stays a need, its verb too
    veteran = Concept("党员", ("党员",), True)
    grid = Concept("网格员", ("网格员",), True)
    assert holder_apart("让老党员担任网格员", [veteran, link, grid]) == (veteran, link, grid)
    assert holder_apart("哪些地方请了律师", [lawyer]) == (lawyer,)  # one slot: untouched
