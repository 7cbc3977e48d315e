"""Round meta32: yes/no guesses about one report as a document (``answering.meta_yesno``).

``probes_meta32.jsonl`` asks over three invented reports (``tests/data/probe_reports_meta32``:
a town of 松川县, a street of 江屿区, the county 澄屿县): per guess (parent, year, kind) two
paraphrases answered 是/不是 from the metadata with the report cited, and a must-not whose
guess carries a deed (「是2023年聘请法律顾问的吗」), answered from the text. 0.3 at 3ee169b
(the must-nots only), 1.0 after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.meta_yesno import asks_yes_no
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_meta32_probes(tmp_path, monkeypatch, capsys):
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_meta32"],
        DATA / "probes_meta32.jsonl",
        ["--min-facts", "1.0"],
    )


@pytest.mark.parametrize(
    "question",
    [
        "枫林镇是醴陵市的吗？",
        "这份是2023年的报告吗",
        "X是街道还是乡镇",
        "属不属于奉节县",
        "是否2022年的",
    ],
)
def test_a_guess_put_as_a_question(question):
    assert asks_yes_no(question)


@pytest.mark.parametrize("question", ["枫林镇属于哪个县", "这份报告是哪一年的"])
def test_an_open_question_is_no_guess(question):
    assert not asks_yes_no(question)
