"""Round mend62: a disjunction of two deeds said in the user's words is read word by word.

``probes_mend62.jsonl`` asks over three invented reports of 雾岭县
(``tests/data/probe_reports_mend62``). The general fact (``retrieval.clause_sides``): a side
of 或 whose own verb is marked done (拿了/获得了/评上过 + object), against a side that is a
phrase of three words or more (法治政府建设|示范|创建), names no thing a report writes whole;
the list reading trimmed it to 创建 and kept 「了示范称号」, so a report writing
「模范机关创建」 under a 法治政府建设 heading answered (dev row blind17 h37_10, 大吉山镇).
Paraphrases a1a a1b; must-nots a1n a2n (平安建设 and 模范机关创建 without 示范); a3 must stay
a list (two names: 民法典宣传, 法律讲座).

main (aa1f6813): which 0.87 (a1a a1b answer 红柳镇), none 1.00; branch 1.00 / 1.00.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.clause_sides import deeds_either
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_mend62.jsonl"


def test_mend62_probes(tmp_path, monkeypatch, capsys):
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_mend62"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )


@pytest.mark.parametrize(
    ("a", "b", "deeds"),
    [
        ("法治政府建设示范创建", "拿了示范称号", True),
        ("获得了示范称号", "法治政府建设示范创建", True),  # either order
        ("宪法宣传", "办了法律讲座", False),  # two names: the list reading holds
        ("聘请法律顾问", "配备了公职律师", False),
        ("文明城市称号", "文明创建", False),  # no verb marked done
        ("法治政府建设示范创建", "法治宣传教育示范", False),
    ],
)
def test_deeds_either(tagged, a, b, deeds):
    assert deeds_either(a, b, tagged) is deeds
