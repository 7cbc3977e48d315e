"""Stop 28: lures whose condition no report states, answered 「没有」.

- **A rate** (「每周召开研判会」「每个星期都开」, ``retrieval.frequency``): a unit qualifies only if
  its sentence spells the asked rate; 「每月召开」 or 「定期召开」 is not weekly.
- **A deed stated only to forswear it** (「不干预司法活动」「未发生…干预…的情况」,
  ``retrieval.denied_deed``): no report of the deed; a question that asks the negative itself
  (「严格执行不干预规定的」) is still answered.

Each with its twin (the question its report does answer) as the must-not, over two invented
reports (``tests/data/probe_reports_none28``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval.concept import Concept
from retrieval.denied_deed import asked_deeds, denies
from retrieval.frequency import frequency_asked
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_none28.jsonl"


def test_lure_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_none28"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    ids = [json.loads(line)["id"] for line in PROBES.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == result["overall"]["questions"]


@pytest.mark.parametrize(
    ("question", "period", "sentence", "stated"),
    [
        ("哪个乡每周召开研判会？", "week", "每月召开一次研判会", False),
        ("哪些镇每个星期都学法", "week", "坚持周二组织干部学法", True),
        ("哪个乡每季度开展案卷评查", "quarter", "第一季度开展案卷评查", False),
        ("哪个镇每月召开推进会", "month", "定期召开推进会", False),
        ("哪个镇每月召开推进会", "month", "召开月度推进会", True),
        ("每半个月开一次会的镇", "halfmonth", "每半月召开一次", True),
        ("哪个镇每周六晚上组织干部夜学", "week", "利用周二“夜学”组织学法", False),  # another day
        ("哪个镇借着每周一升国旗讲法", "week", "利用周一升旗组织学法", True),
        ("哪些镇每年都开展述法", None, "", False),  # the annual report is the yearly frame
        ("每周或者每月开会的镇", None, "", False),  # two rates: none asked
    ],
)
def test_rates(question, period, sentence, stated):
    got = frequency_asked(question)
    assert (got.period if got else None) == period
    if got is not None:
        assert got.stated_in(sentence) is stated


def _words(*terms: str) -> list[Concept]:
    return [Concept(t, (t,), True) for t in terms]


@pytest.mark.parametrize(
    ("question", "words", "sentence", "denied"),
    [
        ("哪个镇干预过司法活动", ("干预", "司法活动"), "严格执行领导干部不干预司法活动规定", True),
        (
            "哪个镇干预过司法活动",
            ("干预", "司法活动"),
            "全年未发生领导干部干预司法活动的情况",
            True,
        ),
        ("哪个镇插手过工程", ("插手", "工程"), "严禁违规插手工程项目", True),
        ("哪个镇干预过司法活动", ("干预", "司法活动"), "因领导干部干预司法活动被通报", False),
        ("哪个镇严格执行不干预规定", ("干预", "规定"), "严格执行不干预司法活动规定", False),
        ("哪个镇整治了违法行为", ("整治", "违法行为"), "杜绝违法行为，开展整治", False),
    ],
)
def test_denied_deeds(question, words, sentence, denied):
    assert denies(sentence, asked_deeds(question, _words(*words))) is denied
