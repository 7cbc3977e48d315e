"""Round fix88a: follow-up shapes (blind45 h87_02, h87_06).

``probes_fix88a.jsonl`` asks over three invented reports (``tests/data/probe_reports_fix88a``):

- a new unit/year with a light verb or the last question's verb and a yes/no tail, its object
  elided (「那2022年那会儿柳溪镇配了没有」), carries the last object (ed1 ed2); a content verb of
  its own (调解了没有) asks a new deed (edn).
- a rung with the last question's verb (「那获评省级的呢」) narrows its object, so a unit that
  is 省级 in another thing is not listed (rg1 rg2); a bare rung is not read so (rgn).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup import resolve
from answering.followup_recount import asks_done_again
from answering.followup_rung_narrow import rung_narrowed
from answering.followup_turn import Turn
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fix88a.jsonl"


def test_fix88a_probes(tmp_path, monkeypatch, capsys):
    # main (02893287): which 0.33, facts 0.33; branch 1.00, 1.00 (rgn: a none-miss on both)
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fix88a"],
        PROBES,
        ["--min-facts", "0.99", "--min-f1", "0.95"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("leftover", "prev_q", "done"),
    [
        ("那2022年的时候请了没有？", "哪些地方的政府聘了法律顾问？", True),
        ("2023年搞了没有", "哪些乡镇成立了调解委员会？", True),
        ("聘了没", "哪些地方聘了法律顾问？", True),
        ("调解了没有", "哪些地方聘了法律顾问？", False),  # a deed of its own
        ("普法了没有", "哪些地方聘了法律顾问？", False),
        ("整改了没有", "哪些地方聘了法律顾问？", False),
    ],
)
def test_asks_done_again(leftover, prev_q, done):
    assert asks_done_again(leftover, prev_q) is done


@pytest.mark.parametrize(
    ("q", "prev_q", "asked"),
    [
        (
            "那评上省级的呢？",
            "哪些村被评上了民主法治示范村？",
            "哪些村被评上了省级民主法治示范村？",
        ),
        (
            "那国家级的呢？",
            "哪些县被评为省级法治政府建设示范县？",
            "哪些县被评为国家级法治政府建设示范县？",
        ),
        ("那省级的呢？", "哪些村被评上了民主法治示范村？", None),  # no verb, no rung before
        ("那评上省级的呢", "哪些地方搞了普法", None),  # the verb is not the last one's
        ("那省级的考核呢", "哪些县被评为市级文明单位", None),  # says more than a rung
    ],
)
def test_rung_narrowed(q, prev_q, asked):
    got = rung_narrowed(q, prev_q)
    assert (got[0] if got else None) == asked


def test_resolve_carries_elided_object():
    turns = [Turn("哪些地方的政府聘了法律顾问？", townships=("三河镇", "新会区"))]
    got = resolve("那2022年的时候三河镇请了没有？", turns, ["三河镇", "新会区"])
    assert "法律顾问" in got.question and "2022" in got.question


@pytest.mark.parametrize(
    ("leftover", "prev_q", "done"),
    [
        ("那学了没有", "哪些乡镇设立了学法阵地？", False),  # 学 inside a noun, not the deed
        ("那立了没有", "哪些乡镇建立了法律顾问制度？", True),
        ("那也是吗", "哪些村是示范村？", True),
    ],
)
def test_done_again_one_char_is_the_deed(leftover, prev_q, done):
    # review rev_fix88a: a lone character of the last question counted as its verb anywhere
    assert asks_done_again(leftover, prev_q) is done


@pytest.mark.parametrize(
    ("q", "prev_q"),
    [
        ("那县级的呢", "哪些乡镇开展了全国宪法宣传周活动？"),  # 全国 names the campaign, no rung
        ("那地市级的呢", "哪些县级市设立了法律顾问室？"),  # 县级市: a kind of city
        ("那命名为省级的呢", "哪些村被列入示范村名单？"),  # 名 of 名单 is no verb
        ("那建成省级的呢", "哪些乡镇建设了公共法律服务站？"),
        ("那上报省级的呢", "哪些乡镇向县里报告了执法情况？"),
    ],
)
def test_rung_not_narrowed_mid_word_or_off_honour(q, prev_q):
    # review rev_fix88a: these landed the rung inside a word or on a non-conferred thing
    assert rung_narrowed(q, prev_q) is None
