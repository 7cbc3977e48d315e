"""Review of fix84a: the people before a list of services only favour a passage when said in
everyday words (``retrieval.age_groups.Population.everyday``).

fix84a made every age-bounded people word favour only, so 「18岁以下未成年人的法律援助、心理辅导」
and 「60岁以上老年人的法律援助、公证服务」 were answered by 青禾镇's legal aid for 农民工
(``probes_rev_fix84a.jsonl`` r1 r3). A report's own word for the people (未成年人, 老年人) is what
a report writes where it serves them: it stays a light need; an everyday one (小孩, 小娃娃, 老人)
has only the register's guessed spellings and favours.

main: which 1.00, facts 0.60 (r6 r11 missed); fix84a: which 0.89 (r1 r3), facts 1.00; this
branch 1.00 / 1.00.
"""

from __future__ import annotations

from pathlib import Path

from retrieval.evidence import SUPPORT
from retrieval.query import UnitIndex
from tests.probe_kit import ingest_and_eval, score

DATA = Path(__file__).parent / "data"
UNITS = (UnitIndex(()), UnitIndex(()))


def test_rev_fix84a_probes(tmp_path, monkeypatch, capsys):
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_rev_fix84a"],
        DATA / "probes_rev_fix84a.jsonl",
        ["--min-f1", "1.0", "--min-facts", "1.0"],
    )


def _favoured(analyzer, q: str) -> set[str]:
    return {c.term for c in analyzer.analyze(q, [], UNITS).concepts if c.favours}


def test_only_everyday_people_favour(analyzer):
    assert _favoured(analyzer, "三岁以下小孩的托育、托班，哪些区有安排") == {"小孩"}
    assert _favoured(analyzer, "60岁以上老人的助餐、助浴，哪些地方有") == {"老人"}
    assert not _favoured(analyzer, "18岁以下未成年人的法律援助、心理辅导，哪些地方提到了")
    assert not _favoured(analyzer, "60岁以上老年人的法律援助、公证服务，哪些地方有")


def test_report_word_for_people_still_needed(analyzer, tok):
    q = "18岁以下未成年人的法律援助、心理辅导，哪些地方提到了"
    others = "为农民工提供法律援助86件，开展心理辅导讲座4场。"
    minors = "为未成年人提供法律援助12件，开展心理辅导20人次。"
    df = lambda _s: 1  # noqa: E731
    assert score(analyzer, tok, q, minors, df, units=UNITS) >= SUPPORT
    assert score(analyzer, tok, q, others, df, units=UNITS) < score(
        analyzer, tok, q, minors, df, units=UNITS
    )
