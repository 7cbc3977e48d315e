"""Round sup32: ranking questions asked first (「哪个乡镇调解的纠纷最多」).

``probes_sup32.jsonl`` asks over four invented reports (``tests/data/probe_reports_sup32``:
three towns and a street of one county, each counting disputes and law lectures its own way)
two paraphrases and a must-not per class:

- M the most (最多, 排第一, the need before or after the pick); must-not 「最多跑一次」, a
  reform's name inside a which-question;
- L the least (最少, 哪里 picking any unit); must-not 「最美法治乡村」, a title;
- H the highest rate (最高); must-not a comparison naming its units, which asks no pick;
- T the earliest (最早, 最先): no report says since when, so the units are listed and none is
  named first; must-not 「最先进」, an adjective (``test_no_ranking_in_other_shapes``).

The pick ranks only the counts of the need: 北汀街道 names disputes and counts lectures in
the same sentence, so it is said to give no comparable count, never ranked on its 8场.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.superlative import ranking, shared_measure
from tests.probe_kit import asked, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_sup32.jsonl"


def test_sup32_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_sup32"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-compare", "1.0"],
    )
    assert not [q["id"] for q in result["questions"] if q["error"]]
    answers = {item["id"]: ans for item, ans in asked(tmp_path / "d", PROBES)}
    most = answers["m1a"]
    assert most.picked == ("石岭镇",)
    said = "".join(t.text for t in most.body[0].runs)
    assert "未写明可比数量：北汀街道" in said  # its 8场 counts lectures, not disputes
    assert answers["m1x"].picked == ()
    first = answers["t1a"]
    assert first.picked == () and "无法判断哪个最早" in first.body[0].runs[0].text


@pytest.mark.parametrize(
    ("question", "thing", "rank"),
    [
        ("哪个乡镇的普法活动最多", "普法活动", "最多"),
        ("普法活动最多的是哪个镇？", "普法活动", "最多"),
        ("哪个县的行政复议案件最少", "行政复议案件", "最少"),
        ("调解成功率最高的是哪里", "调解成功率", "最高"),
        ("哪个街道办得最多的是法治讲座", None, None),
        ("审核合同数量排第一的是哪个街道", "审核合同数量", "最多"),
        ("哪个镇开展普法活动开展得最多", "开展普法活动开展", "最多"),
        ("哪个镇审的合同多", "审的合同", "最多"),
        ("哪个镇最早聘请法律顾问", "聘请法律顾问", "最早"),
        ("哪里人口最多", "人口", "最多"),
        ("案件最多的是哪个街道", "案件", "最多"),
        ("最先举办普法讲座的是哪个地方？", "举办普法讲座", "最先"),
    ],
)
def test_a_ranking_is_read_apart_from_its_need(question, thing, rank):
    got = ranking(question)
    if thing is None:
        assert got is None
        return
    assert got is not None and (got.thing, got.rank) == (thing, rank)
    assert "最" not in got.which() and "数量" not in got.which()


@pytest.mark.parametrize(
    "question",
    [
        "哪些乡镇推行了最多跑一次改革",
        "哪个镇获评了最美法治乡村",
        "其中哪个最多",
        "比较甲镇和乙镇的调解纠纷数，哪个最多",
        "各乡镇的普法活动各是多少，哪个最多",
        "哪些乡镇的纠纷最多",
        "哪个乡镇最先进的做法是什么",
        "柳塘乡最先进的做法是什么",
        "哪个年份的普法活动最多",
        "哪个村调解的纠纷最多",
        "哪家律所代理的案件最多",
    ],
)
def test_no_ranking_in_other_shapes(question):
    assert ranking(question) is None


def test_the_measure_most_units_count_in():
    assert shared_measure(["份", "份", "家"]) == {"份", ""}
    assert shared_measure(["件", "起", "场"]) == {"件", "起", ""}
    assert shared_measure(["份", "家"]) is None  # one each: no kind is the need's
    assert shared_measure(["份", "份", "家", "家"]) is None
