"""Round morph22: a two-character verb + object no report writes is read as the library's verb
that keeps its object, when that word stands in one sentence with the question's other words
(发誓 → 宣誓 beside 宪法), and the answer says the reading as typed data (``Unsaid.read_as``).

``probes_morph22.jsonl`` asks over three invented 青石县 reports
(``tests/data/probe_reports_morph22``): 石门镇 holds 「宪法宣誓仪式」, 柳溪乡 an oath 「面向党旗进行入党
宣誓」 and 村规民约 in another sentence, 白沙镇 宪法 without an oath; two write 食品安全, none 毒品.
The must-nots: 发誓 beside 村规民约 (宣誓 is never written with it) and 毒品 (a noun whose head 品
is shared by 食品, another thing) get no reading and no unit.
"""

from __future__ import annotations

from pathlib import Path

from reportqa.answer import Unsaid
from reportqa.answer_json import answer_from
from tests.probe_kit import asked, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_morph22.jsonl"


def test_morpheme_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_morph22"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    for item, ans in asked(tmp_path / "d", PROBES):
        notes = [b for b in ans.body if isinstance(b, Unsaid) and b.read_as]
        got = [list(p) for b in notes for p in zip(b.words, b.read_as, strict=True)]
        assert got == item["read_as"], item["id"]
        for b in notes:  # every renderer reads the block: the JSON record keeps the reading
            assert b.text.endswith(f"按“{b.read_as[0]}”理解。")
            again = answer_from(ans.to_json())
            assert b in again.body, item["id"]


def test_the_reading_is_said_in_words():
    note = Unsaid(("发誓",), read_as=("宣誓",))
    assert note.text == "报告中没有“发誓”这个说法，按“宣誓”理解。"
    assert Unsaid(("发誓",)).text == "报告中没有“发誓”这个说法。"
