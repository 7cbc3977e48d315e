"""Round meta77: an ethnic township (民族乡) is named place + people + 族乡 — 街津口赫哲族乡,
十八站鄂伦春族乡 — so its name runs past the five characters a plain 乡's name holds before 乡.

``probes_meta77.jsonl`` asks over two invented reports (``tests/data/probe_reports_meta77``):
the 民族乡 is read whole in metadata and which answers (eth1 eth1b eth1c); a town that
mentions 「周边少数民族乡」 gives no unit of that name (eth1n).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.admin_names import is_generic, parse_chain
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_meta77_probes(tmp_path, monkeypatch, capsys):
    # main (930f2832): which 0.25 (站鄂伦春族乡), facts 1.00; branch 1.00 / 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_meta77"],
        DATA / "probes_meta77.jsonl",
        ["--min-f1", "1.0", "--min-facts", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("run", "town"),
    [
        ("街津口赫哲族乡", "街津口赫哲族乡"),
        ("同江市街津口赫哲族乡", "街津口赫哲族乡"),
        ("十八站鄂伦春族乡", "十八站鄂伦春族乡"),
        ("黑龙江省塔河县十八站鄂伦春族乡", "十八站鄂伦春族乡"),
        ("云柳乡", "云柳乡"),
    ],
)
def test_ethnic_township_read_whole(run, town):
    assert parse_chain(run).get("town") == town


def test_long_plain_township_stays_generic():
    # a plain 乡 keeps its five-character cap: six before 乡 that are no people's name is a phrase
    assert is_generic("乡村振兴发展乡") and is_generic("推进示范创建乡")
    assert not is_generic("十八站鄂伦春族乡")
