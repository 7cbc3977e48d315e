"""Round judge66: which sentence supports a unit — neither a compound's field for the compound,
nor a manner word for a deed.

``probes_judge66.jsonl`` asks over six invented reports (``tests/data/probe_reports_judge66``):
青禾镇 studies 宪法 and holds 法治讲座 at 中小学, decides by 「按照“四议两公开”工作法」; 柳湾乡
holds a 宪法宣传周 on the 「12·4」 day and an 安全生产宣传周, and 「严格执行“四议两公开”」;
石桥街道 studies 宪法 and 「认真落实“四议两公开”制度」; 梅溪镇, 竹岭乡 and 云岗街道 write
严格执行 and 落实 of other things, as reports do.

- the unspelled head of a compound (法治|副校长, 法治|辅导员) refuses a graded reading
  (``answering.unsaid_head``): hd1-hd4 are 「没有」; must-nots hdn (挺勤快 after 法治讲座, a
  manner) and hdn2 (答题 after 法治讲座, an act, no person or body) still read graded;
- a compound offered whole in an 或 (宪法宣传周) is not met by its parts alone
  (``retrieval.compound_sides``): cp1-cp3 柳湾乡 only; must-nots cpn1 (宪法 asked alone) and
  cpn2 (安全生产宣传周 asked alone) unchanged;
- a manner word before a soft verb (严格执行, 认真落实) weighs as the verb
  (``retrieval.manner_verbs``): mv1 mv2 all three units, mv3 (严格 left alone by the analysis)
  柳湾乡 and 石桥街道; must-nots mvn1 (严格执行 of another
  object) and mvn2 (认真学习: a deed) unchanged.

main b3a8baa3: which F1 0.86, none 0.20 (hd1-hd3 graded to 青禾镇; cp1 listed every 宪法 student;
mv1 mv2 one unit each); branch 1.00 / 1.00.
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_judge66.jsonl"


def test_judge66_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_judge66"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert result["overall"]["errors"] == 0
