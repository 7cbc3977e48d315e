"""Which-questions whose need is said in other words, on wordings made up here, end to end.

``probes_qa17.jsonl`` asks 22 questions over five invented web-page copies
(``tests/data/probe_reports_qa17``: page chrome, an 索引号 block, one page in traditional
characters) through the real CLI: ingest, then ``reportqa eval``. Four categories, each with
two or more wordings that must be answered and one that must not:

1. alternatives inside a question (「A（或B）」「A/B」「A或者B」): any one is enough, while
   「既A又B」「同时A、B」 need every part, each maybe in another sentence;
2. carriers around the need (组织, 参加, 下村去, 上门): the actor and the deed decide;
3. topic pointers and comments on the topic (这方面, 那块, 有进展, 做得好): the topic decides;
4. the rule-of-law body spelled several ways (法治政府建设领导小组 ~ 全面依法治镇委员会).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from library import build
from reportqa.settings import Settings
from reportqa.units import UnitIndex
from retrieval.bodies import bodies_in
from retrieval.conjunction import conjoined
from retrieval.evidence import SUPPORT
from retrieval.glosses import find_gloss
from retrieval.visits import visits_in
from tests.probe_kit import ingest_and_eval, score

DATA = Path(__file__).parent / "data"
TOWNS = UnitIndex(["杏林镇", "荷塘乡", "东坝街道"])
COUNTIES = UnitIndex(["云岗县"])

_score = partial(score, units=(TOWNS, COUNTIES))


def _concepts(analyzer, question: str):
    return analyzer.analyze(question, [], (TOWNS, COUNTIES)).concepts


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    floors = "--min-f1 0.95 --min-none 0.95".split()
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa17"],
        DATA / "probes_qa17.jsonl",
        floors,
    )
    missed = {q["id"] for q in result["questions"] if q["miss"]}
    assert not missed, missed


# ---- 1. alternatives inside a question ------------------------------------------------
@pytest.mark.parametrize(
    ("question", "left", "right"),
    [
        ("哪些镇出台（或修改）了议事规则", "出台", "修改"),
        ("哪些乡镇出台(或者修改)了议事规则", "出台", "修改"),
        ("编制了权力清单/公开了办事指南的乡镇", "权力清单", "办事指南"),
        ("哪些地方搞了法律集市或者开设了法治讲堂", "法律集市", "法治讲堂"),
    ],
)
def test_alternatives_are_one_concept(analyzer, question, left, right):
    assert any(
        left in c.alternatives and right in c.alternatives for c in _concepts(analyzer, question)
    )


@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        ("哪些镇出台（或修改）了议事规则", "修改完善村级议事规则，规范议事程序。", True),
        ("哪些镇出台（或修改）了议事规则", "出台村务议事规则12项。", True),
        ("编制了权力清单/公开了办事指南的乡镇", "在便民服务中心公开办事指南86项。", True),
        ("编制了权力清单/公开了办事指南的乡镇", "组织干部学习行政许可法。", False),
    ],
)
def test_one_alternative_is_enough(analyzer, tok, question, sentence, said):
    assert (_score(analyzer, tok, question, sentence) >= SUPPORT) is said


def test_a_bracketed_alternative_is_no_gloss():
    assert find_gloss("哪些镇成立（或者调整、充实）了普法讲师团") is None


def test_both_named_deeds_are_no_alternatives(analyzer):
    # 「既A又B」 narrows: neither side alone is the need
    concepts = _concepts(analyzer, "既编制了权力清单又公开了办事指南的乡镇")
    assert not any("权力清单" in c.alternatives and "办事指南" in c.alternatives for c in concepts)


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("既搞了法律集市又开了法治讲堂的乡镇", ("搞了法律集市", "开了法治讲堂的乡镇")),
        ("哪些乡镇的执法既规范又文明", ("哪些乡镇的执法规范", "哪些乡镇的执法文明")),
        ("同时开展了宪法宣传、禁毒宣传的有哪些", ("开展了宪法宣传", "禁毒宣传的有哪些")),
        ("宪法宣传和禁毒宣传都搞了的乡镇", ("宪法宣传", "禁毒宣传")),
    ],
)
def test_parts_asked_together(question, parts):
    assert conjoined(question) == parts


@pytest.mark.parametrize(
    "question",
    ["哪些乡镇都开展了普法", "哪些乡镇开展了宪法宣传、禁毒宣传", "搞了法律集市或者法治讲堂的"],
)
def test_a_list_without_a_marker_asks_one_need(question):
    assert conjoined(question) == ()


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    lib = build(Settings(data_dir=tmp_path_factory.mktemp("qa17") / "data"))
    lib.shelf.add([DATA / "probe_reports_qa17"])
    return lib


def test_each_part_is_quoted_from_its_own_sentence(app):
    ans = app.service.ask("既开办了法治夜校又开展了模拟法庭的乡镇")
    assert set(ans.townships) == {"竹坪镇"}  # 北关街道: 夜校 only; 石门镇: 模拟法庭 only
    quotes = [c.quote for c in ans.citations]
    assert len(quotes) == 2
    assert any("夜校" in q for q in quotes) and any("模拟法庭" in q for q in quotes)


# ---- 2. carriers of place -------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("律师进村去讲法的乡镇", "进村"),
        ("网格员入户排查矛盾的有哪些", "入户"),
        ("司法所上门去送达文书的乡镇", "上门"),
        ("干部深入基层调研的单位", "深入基层"),
    ],
)
def test_a_visit_to_a_place_is_light(question, term):
    [(_s, _e, concept)] = visits_in(question)
    assert concept.term == term and concept.light and not concept.required


@pytest.mark.parametrize(
    "question",
    [
        "县级以下乡镇有哪些",
        "推进村务公开的乡镇",
        "开展送法下乡的有哪些",
        "法律顾问覆盖到村的乡镇",
        "哪些地方践行四下基层",
        "参加三下乡活动的乡镇",
    ],
)
def test_no_visit_where_the_words_say_something_else(question):
    assert visits_in(question) == []


@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        ("哪些乡镇的法律顾问进村去搞法律咨询", "法律顾问每周到各村坐班，提供法律咨询。", True),
        ("哪些乡镇的法律顾问进村去搞法律咨询", "法律顾问为群众提供法律咨询120人次。", True),
        # the actor is no carrier: the deed without the adviser is no answer
        ("哪些乡镇的法律顾问进村去搞法律咨询", "在村里设立法律咨询点5个。", False),
    ],
)
def test_the_actor_and_the_deed_decide(analyzer, tok, question, sentence, said):
    assert (_score(analyzer, tok, question, sentence) >= SUPPORT) is said


# ---- 3. topic pointers and comments ---------------------------------------------------
@pytest.mark.parametrize(
    ("question", "need"),
    [
        ("普法宣传这方面哪些镇做了", {"普法宣传"}),
        ("调解那一块有亮点的乡镇", {"调解"}),
        ("村务公开这部分写得比较细的有哪些", {"村务公开"}),
    ],
)
def test_a_pointer_and_a_comment_are_no_need(analyzer, question, need):
    assert {c.term for c in _concepts(analyzer, question)} == need


def test_a_thing_named_after_the_pointer_stays(analyzer):
    terms = {c.term for c in _concepts(analyzer, "合同审查这块，哪些乡镇请法律顾问把关了")}
    assert "法律顾问" in terms


# ---- 4. the rule-of-law body ----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "remit", "kind"),
    [
        ("哪些镇建立了依法治乡工作领导小组", "依法治乡", "领导小组"),
        ("有法治建设委员会的乡镇", "法治建设", "委员会"),
        ("设立全面依法治街委员会的有哪些", "全面依法治街", "委员会"),
    ],
)
def test_the_body_is_its_remit_and_its_kind(question, remit, kind):
    [(_s, _e, named), (_s2, _e2, body)] = bodies_in(question)
    assert named.term == remit and body.term == kind and body.alternatives == (kind,)
    # every township remit before the same kind spells it
    assert {f"法治政府建设{kind}", f"依法治镇工作{kind}", f"依法行政{kind}"} <= set(
        named.alternatives
    )
    assert f"依法治县{kind}" not in named.alternatives  # the county's body


@pytest.mark.parametrize("question", ["成立了平安建设领导小组的乡镇", "有安全生产委员会的有哪些"])
def test_a_body_of_another_remit_is_left_to_its_words(question):
    assert bodies_in(question) == []


@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        ("哪些乡镇成立了法治建设领导小组", "调整充实全面依法治镇工作领导小组组成人员。", True),
        ("依法治乡领导小组建了的有哪些", "成立以乡长为组长的法治政府建设工作领导小组。", True),
        ("哪些乡镇成立了法治建设领导小组", "成立平安建设领导小组，定期研判治安形势。", False),
        ("哪些乡镇成立了法治建设领导小组", "设立全面依法治镇委员会，统筹法治工作。", False),
        ("哪些乡镇成立了法治建设领导小组", "学习县委全面依法治县委员会文件，推进法治建设。", False),
    ],
)
def test_every_remit_of_the_body_counts(analyzer, tok, question, sentence, said):
    assert (_score(analyzer, tok, question, sentence) >= SUPPORT) is said
