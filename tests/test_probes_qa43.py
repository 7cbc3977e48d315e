"""What the user asks about vs. how they ask it (round qa43).

``probes_qa43.jsonl`` asks 19 questions over seven invented reports of 岚溪县
(``tests/data/probe_reports_qa43``, three of them fillers so a which-question reads by cues).
Each rule states a general fact:

1. a predicate idiom of effort (下了功夫, 做文章, 花力气, 动脑筋, 有什么动作) is how people ask,
   never the topic (``question_comments._EFFORT``);
2. a word inside a party study group's name (理论 of 理论学习中心组) is a modifier of the name:
   党委中心组 answers it (``retrieval.study_group``);
3. a parallel 同X同Y formula (同部署、同推进、同考核) is one concept, its partner work no need, and
   共同推进 / 协同推进 are no mention of it (``retrieval.parallel_formulas``);
4. a heading naming the topic makes the sentences under it candidates, up to the next heading
   of its level (``retrieval.under_headings``, ``passages.headings_before``);
5. what a unit made itself (自己/本单位 + 制定) needs a verb of making in the sentence: a
   superior's plan it only follows (贯彻落实《县…工作要点》) is none (``retrieval.own_deed``);
6. 「在县委…和县法治建设领导小组的坚强领导下」 names the unit's superiors, no body or deed of its
   own (``retrieval.stock_phrases``).
"""

from __future__ import annotations

from pathlib import Path

from retrieval.anchors import numbered
from retrieval.concept import Concept
from retrieval.evidence import sentence_ends
from retrieval.fanout_sentences import any_of
from retrieval.own_deed import made_itself
from retrieval.parallel_formulas import formulas_in
from retrieval.passages import headings_before
from retrieval.question_comments import without_comment
from retrieval.stock_phrases import without_stock_purposes
from retrieval.study_group import in_study_group
from retrieval.under_headings import sentences_under
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_invented_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    # start (10acef0): which F1 0.65, none 0.67 (a1a-c f1a f1b g1a g1b h1a h1b h1x o1a o1b l1a l1b l1x missed)
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa43"],
        DATA / "probes_qa43.jsonl",
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert len(result["questions"]) == 19
    assert not [q["id"] for q in result["questions"] if q["miss"]]


def test_idioms_of_effort_are_blanked_but_the_topic_stays():
    for q in (
        "在普法宣传上下足了功夫",
        "围绕民法典做了文章",
        "在法律顾问上动了脑筋",
        "营商环境方面有什么动作",
    ):
        kept = without_comment(q).split()
        assert kept and not any(w in "".join(kept) for w in ("功夫", "文章", "脑筋", "动作"))
    assert "功夫" in without_comment("开展了武术功夫进校园")  # no idiom: a thing done


def test_a_study_group_modifier_is_spelled_by_the_group():
    concepts = [Concept("理论", ("理论",), True), Concept("中心组", ("中心组",), True)]
    got = in_study_group("哪些镇通过理论学习中心组学法", concepts)
    assert "中心组" in got[0].alternatives
    assert in_study_group("哪些镇开展了理论宣讲", concepts[:1])[0].alternatives == ("理论",)


def test_a_formula_needs_two_pieces_and_never_spells_common_verbs():
    (start, end, c), *_ = formulas_in("把法治建设和中心工作同部署同推进")
    assert "中心工作" in "把法治建设和中心工作同部署同推进"[start:end]  # the partner goes
    assert "同推进" not in c.alternatives and "同部署" in c.alternatives
    assert numbered(c.term)
    assert formulas_in("和县里同时同步推进普法") == []


def test_sentences_under_a_heading_stop_at_the_next_heading():
    text = "(一)全力护航营商环境\n开展法治体检12次。化解纠纷9件。\n(二)加强普法宣传\n开展宪法宣传周活动。"
    got = sentences_under(text, sentence_ends(text), any_of(("营商环境",)))
    under = [text[s:e] for s, e in got.items()]
    assert any("法治体检" in u for u in under) and any("化解纠纷" in u for u in under)
    assert not any("宪法" in u for u in under)
    path = "一、主要工作 (一)全力护航营商环境"
    assert "营商环境" not in headings_before(path, text, text.find("开展宪法"))
    assert "营商环境" in headings_before(path, text, text.find("开展法治"))


def test_a_unit_made_itself_needs_a_verb_of_making():
    verb = Concept("制定", ("制定",), False)
    (own,) = made_itself("哪些镇自己制定了工作要点", [verb])
    assert own.must and own.required and "出台" in own.alternatives
    assert made_itself("哪些镇制定了工作要点", [verb]) == [verb]  # no 自己: as before


def test_who_leads_the_unit_is_no_deed_of_its_own():
    led = "在县委和县法治建设领导小组的坚强领导下，东岭镇推进法治建设。"
    assert "领导小组" not in without_stock_purposes(led)
    assert len(without_stock_purposes(led)) == len(led)  # quotes keep their offsets
    own = "在乡党委领导下，成立法治建设领导小组。"
    assert "成立法治建设领导小组" in without_stock_purposes(own)
