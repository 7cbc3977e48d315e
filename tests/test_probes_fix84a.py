"""Round fix84a: one report's year asked with insistence or by the meeting it was read at, and
the age-bounded people before a list of services.

``probes_fix84a.jsonl`` asks over three invented reports (``tests/data/probe_reports_fix84a``):

- 到底/究竟 only insist on the question (``meta_frame.FRAME``): 「那份报告到底是讲哪一年的工作」
  asks the report's year (y1 y2; must-not y3: 到底 beside a deed's 哪年 asks the text).
- 「那份是哪年开的会」: a work report is read at a meeting, so the bare meeting's year asked of
  one report is the report's (``meta_frame.THAT_ONE``; m1 m2; must-not m3: a 推进会 the text
  tells of).
- 「三岁以下小孩的托育、托班」: the people only favour a passage (``Concept.favours``): one naming
  the services alone answers, however the register spells the people (t1 t2; must-not t3: a
  passage naming the people without the services never answers).

main (419757dd): which 0.33, facts 0.50 (y1 y2 m1 t1 t2 missed); branch 1.00 / 1.00.
"""

from __future__ import annotations

from pathlib import Path

from answering.meta_fields import without_fields
from answering.meta_frame import THAT_ONE, has_topic
from retrieval.bounds import Bound
from retrieval.evidence import SUPPORT, build_needs, sentence_score
from retrieval.query import UnitIndex
from tests.probe_kit import ingest_and_eval, score

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fix84a.jsonl"
UNITS = (UnitIndex(()), UnitIndex(()))
TODDLERS = "三岁以下小孩的托育、托班，哪些区有安排"


def test_fix84a_probes(tmp_path, monkeypatch, capsys):
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fix84a"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0"],
    )


def _topic(q: str) -> bool:
    """What one unit's 哪年 leaves to search (``metadata_qa``: ``frame_only``'s reading)."""
    return has_topic(without_fields(THAT_ONE.sub("", q)))


def test_one_reports_year_frame():
    assert not _topic("那份报告到底是讲哪一年的工作")
    assert not _topic("那份是哪年开的会")
    assert not _topic("这篇究竟是哪一年召开的会议？")
    assert _topic("那份是哪年开的推进会")  # a meeting of its own kind
    assert _topic("到底哪年建立了法律顾问制度")  # a deed


def test_favoured_people_never_tell_against(analyzer, tok):
    services = "每个街道至少建成1家普惠托育机构、1家幼儿园开设托班。"
    both = "为辖区儿童提供托育服务，1家幼儿园开设托班。"
    people = "关爱儿童和老年人，做好工作安排。"
    # 安排 is in most reports (工作安排), the services in one: blind27 h52_11's weighing
    df = lambda s: 8 if any("安排" in x for x in s) else 1  # noqa: E731
    alone = score(analyzer, tok, TODDLERS, services, df, units=UNITS)
    assert alone >= SUPPORT  # main: 0.56, the people's weight held against it
    assert score(analyzer, tok, TODDLERS, both, df, units=UNITS) > alone
    assert score(analyzer, tok, TODDLERS, people, df, units=UNITS) < SUPPORT


def test_bound_bounds_a_favoured_need(analyzer, tok):
    a = analyzer.analyze(TODDLERS, [], UNITS)
    assert any(c.favours for c in a.concepts)
    needs = build_needs(a.concepts, tok.index_tokens, lambda _s: 1, 10, a.quoted, a.question)
    bound = Bound(needs)
    for text in ("每个街道建成1家普惠托育机构。", "为儿童提供托育服务。", "关爱儿童，做好安排。"):
        assert bound(text) >= sentence_score(text, needs)
