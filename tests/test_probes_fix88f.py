"""Round fix88f: text tables and the page header (blind46 h88_43, h88_79, h88_40).

``probes_fix88f.jsonl`` asks over three invented reports (``tests/data/probe_reports_fix88f``):

- a text table's bare figure (「排查矛盾纠纷　52」 under 「件数」) is not read as a count in another
  measure (ttn). (Carrying the header's measure into the stored row was reverted: it wrote a
  measure word the page does not have into quoted text.)
- a year before an issuing verb (「2024年发布的」「是2025年印发的」) chooses reports by the day
  their page gives (iy1 iy2); a bare year is the year covered (iyn).
- a page button joined to the 来源 field (「来源：…人民政府分享：」) ends its value (pb1 pb2).
- a compare cell counting in a class-mate of the asked measure (信息120条 for 「几件申请」) gives
  way to the unit's sentence in the very measure asked (ex1 ex2); 「多少条信息」 keeps 条 (exn).
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fix88f.jsonl"


def test_fix88f_probes(tmp_path, monkeypatch, capsys):
    # int88 (b44ec03e): which 0.33, facts 0.00, compare 0.83, none 1.00; branch all 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fix88f"],
        PROBES,
        ["--min-facts", "0.99", "--min-f1", "0.99", "--min-compare", "0.99", "--min-none", "0.99"],
    )
    assert not any(q["error"] for q in result["questions"])
