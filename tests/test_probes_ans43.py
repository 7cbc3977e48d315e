"""Round ans43: a platform asked by the user's description of it.

``probes_ans43.jsonl`` asks over three invented reports of 青溪县
(``tests/data/probe_reports_ans43``). Each rule states a general fact:

- 「哪个网络学习平台」: a platform, system, app or column is named by its owner and remit, so the
  name answers when it ends in the head (平台); the describing words are the topic's
  (``retrieval.asked_kind``), and 网络 before a way of learning or serving is the online way,
  written 在线/网上/线上 as well (``retrieval.online_words``) (p1a p1b; must-not p1n: a
  调解网络 and 集中学习 are no platform).
- 「依托了哪些基层力量」 under a heading written inline with its body: a section's items are
  numbered deeper than its own heading; its heading and the next sibling section (（一）（二）
  in one chunk) are sections, never the list asked for, so the sentence naming the bodies
  answers (``answering.section_items``; p2a p2b; must-not in
  ``test_sibling_sections_are_no_items``: 「（一）…（二）」 lists nothing, 「一是…二是」 under a
  （一） heading still lists).

- 「那个“公园”什么的…原话是啥」: 什么的 after a quoted fragment hedges a half-remembered name,
  and 原话/原句 (as 原文) ask the words as written; 「怎么写的」 asks the wording. None asks for
  the items under a heading (``answering.section_items.LIST_QUESTION``, ``retrieval.vocabulary``;
  p3a p3b; kept p3k: a real 「做了什么」 still lists the section's 一是/二是).

main (86f2004): facts 0.14 (p1a p1b p2a p2b p3a p3b missed, p3k kept); branch 1.00, none 1.00.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.section_items import items_under
from reportqa.types import Chunk, ReportInfo
from retrieval.asked_kind import answer_type
from retrieval.online_words import online_in
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_ans43.jsonl"


def test_ans43_probes(tmp_path, monkeypatch, capsys):
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_ans43"],
        PROBES,
        ["--min-facts", "1.0", "--min-none", "1.0"],
    )


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("上的是哪个网络学习平台？", "平台"),
        ("开通了哪个普法公众号？", "公众号"),
        ("聘的是哪家律师事务所？", "律师事务所"),  # no platform head: the kind as asked
        ("是哪个乡镇？", ""),
    ],
)
def test_platform_kind_is_its_head(question, kind):
    assert answer_type(question) == kind


@pytest.mark.parametrize(
    ("text", "online"),
    [
        ("网络学习平台", True),
        ("网络培训", True),
        ("法治工作网络", False),  # a network of bodies
        ("网络安全宣传", False),  # the internet as a field of work
    ],
)
def test_online_only_before_a_way_of_learning(text, online):
    assert bool(online_in(text)) is online


_INFO = ReportInfo("r1", "a.txt", "清水镇法治政府建设报告", "清水镇", "青溪县", "乡镇", 2024, "h")


def _chunk(text: str) -> Chunk:
    path = ("一、主要举措", "(一)健全基层法治体系,夯实治理根基")
    return Chunk("r1:0", "r1", text, path, 0, len(text), _INFO)


def test_sibling_sections_are_no_items():
    inline = "(一)健全基层法治体系,夯实治理根基。依托综治中心建立网络。\n(二)创新法律服务方式。接待咨询320人次。"
    assert items_under(_chunk(inline)) == []
    listed = "(一)健全基层法治体系。一是建立领导小组。二是依托综治中心建立网络。"
    assert [s.text[:2] for s in items_under(_chunk(listed))] == ["一是", "二是"]
