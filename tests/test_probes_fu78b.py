"""Round fu78b: follow-ups over a which-answer that now names its units, and document words.

``probes_fu78b.jsonl`` asks over four invented 临川县 reports (``tests/data/probe_reports_fu78b``):

- 「国家级法治政府示范」 is said for the reports' 全国法治政府建设示范 (register), a 示范村 is not (fb1*).
- 「直接点了…的名字」: 直接 before a one-character verb with 了 says how it was said (fb2);
  「他们分别叫什么」: 他们 points at the last answer's units and 叫什么 names no thing, so the last
  topic is carried (fb2, fb2b).
- 「最早的一篇报告」: 篇 is a document measure like 份 (fb3, fb3b).
- 「再把X也加进来」 after a which asked at its end with a remark after its question mark (fb4);
  a bare law beside 或 is one side of one concept (fb4b); 既…又 still asks both (fb4n).
"""

from __future__ import annotations

from pathlib import Path

from answering.followup_own import own_topic
from answering.followup_pointers import PRONOUN, points_back
from answering.followup_scope import topic_added
from answering.meta_frame import has_topic
from retrieval.concept import Concept
from retrieval.name_or_phrase import name_or_phrase
from retrieval.question_words import _verb_next
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fu78b.jsonl"


def test_fu78b_probes(tmp_path, monkeypatch, capsys):
    # fu78 (ce1c22f4): which 0.44 facts 0.00 compare 0.00; branch 1.00 / 1.00 / 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fu78b"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-compare", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


def test_one_character_verb_with_aspect():
    assert _verb_next([("直接", "ad"), ("点", "m"), ("了", "ul"), ("名字", "n")], 0)
    assert not _verb_next([("直接", "ad"), ("选举", "vn"), ("产生", "v")], 0)
    assert not _verb_next([("直接", "ad"), ("点", "m"), ("名字", "n")], 0)


def test_they_and_name_asks():
    assert PRONOUN.search("他们分别叫什么")
    assert PRONOUN.search("那他们各叫什么名字")
    # review fu78b: after a verb or preposition 他们 is the people the deed serves
    assert not PRONOUN.search("哪些报告写到帮农民工讨薪、为他们追回工资的")
    assert not PRONOUN.search("组织律师进企业，帮他们做合同审查")
    # review fu78b: 他们 after one unit are its people, no group pointed at; 它们 still points
    assert points_back("他们分别叫什么？", ["甲镇", "乙乡"])
    assert not points_back("他们去年的呢，2022年那份有吗", ["甲镇"])
    assert points_back("它们是哪年的？", ["甲镇"])
    assert not points_back("它们是哪年的？", [])
    assert not own_topic("分别叫什么？", "哪些报告里点了党委书记的名字？")
    assert own_topic("分别是什么职务", "哪些报告里点了党委书记的名字？")


def test_piece_measure_is_frame():
    assert not has_topic("库里一共有几篇报告")
    assert not has_topic("这一篇报告是哪个单位的")
    assert has_topic("哪篇报告提到了普法")


def test_added_topic_keeps_remark():
    asked, _ = topic_added("再把禁毒的也加进来", "报告里讲到普法的有哪些？去年的不算。")
    assert asked == "哪些单位讲到禁毒或者普法？去年的不算。"
    # review fu78b: typed without its question mark, the ended which still reads so
    asked, _ = topic_added("再把禁毒的也加进来", "提到普法的有哪些")
    assert asked == "哪些单位提到禁毒或者普法？"
    asked, _ = topic_added("再把禁毒的也加进来", "哪些乡镇提到普法？")
    assert asked == "哪些乡镇提到禁毒或者普法？"


def test_bare_law_side_lead_is_no_need():
    # review fu78b: 学习了 before a bare law is the side's lead, as 实施了 before a quoted name
    q = "哪些单位开展了扫黑除恶或者学习了反电信网络诈骗法？"
    concepts = (
        Concept("扫黑除恶", ("扫黑除恶",), True),
        Concept("学习", ("学习",), True),
        Concept("反电信网络诈骗法", ("反电信网络诈骗法",), True),
    )
    out = name_or_phrase(q, concepts, ("反电信网络诈骗法",))
    assert [c.term for c in out] == ["扫黑除恶/反电信网络诈骗法"]
    plain = "哪些单位开展了扫黑除恶并且学习了反电信网络诈骗法？"
    assert len(name_or_phrase(plain, concepts, ("反电信网络诈骗法",))) == 3
