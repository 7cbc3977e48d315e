"""Which-questions in users' own words, round 9: scope fillers, reversed and spelled-apart
practices, a named term with a gloss, everyday verbs, descriptions instead of names.

``probes_qa11.jsonl`` asks 20 questions over five invented web-page reports
(``tests/data/probe_reports_qa11``: page chrome, an 索引号 block, one page in traditional
characters, two counties) through the real CLI: ingest, then ``reportqa eval``. Each rule
below has two made-up wordings that must count and one that must not.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from reportqa.units import UnitIndex
from retrieval.evidence import SUPPORT
from retrieval.passages import headings_before
from retrieval.question_scope import among
from tests.probe_kit import ingest_and_eval, score

DATA = Path(__file__).parent / "data"
TOWNS = UnitIndex(["松岭镇", "竹溪乡", "梅湾街道"])
COUNTIES = UnitIndex(["鹤川县"])

_score = partial(score, units=(TOWNS, COUNTIES))


def _terms(analyzer, question: str) -> list[str]:
    return [c.term for c in analyzer.analyze(question, [], (TOWNS, COUNTIES)).concepts]


def _df(common: set[str]):
    """A library where the ``common`` words are in most reports and the rest in one."""
    return lambda strings: 8 if any(s in common for s in strings) else 1


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    floors = "--min-f1 0.95 --min-none 0.95".split()
    reports = [DATA / "probe_reports_qa11"]
    ingest_and_eval(
        monkeypatch, capsys, tmp_path / "d", reports, DATA / "probes_qa11.jsonl", floors
    )


# ---- 1. a position word after a scope is scope ------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "这几个乡镇里头谁聘了法律顾问",
        "在座的这些单位当中，哪些聘了法律顾问",
        "这里面哪几家聘了法律顾问",
    ],
)
def test_a_scope_and_its_position_word_are_no_need(analyzer, question):
    terms = _terms(analyzer, question)
    assert "法律顾问" in terms
    assert not {"里头", "当中", "里面", "中间", "在座"} & set(terms), terms


def test_a_position_word_inside_a_topic_stays(analyzer):
    """「村里」 says where the work was done (the village), not among which units."""
    assert "村" in _terms(analyzer, "哪些乡镇给村里配了法律顾问")
    assert among("哪些乡镇的法律顾问中心") == "哪些乡镇的法律顾问中心"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("这些乡镇中间谁办了法治夜校", "which"),
        ("这里面谁搞了庭审旁听", "which"),
        ("松岭镇的普法领导小组组长是谁", "fact"),
    ],
)
def test_who_among_them_asks_which_units(analyzer, question, kind):
    assert analyzer.analyze(question, [], (TOWNS, COUNTIES)).kind.value == kind


# ---- 2. a practice reversed or spelled apart; who is sent and where to weigh light ------------
@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        ("哪些地方组织干部去法院旁听庭审", "组织工作人员开展庭审旁听活动2次。", True),
        ("哪些单位安排党员到法院旁听庭审", "组织镇村干部到县人民法院旁听行政诉讼案件庭审。", True),
        ("哪些地方组织干部去法院旁听庭审", "邀请群众代表旁听镇政府常务会议，组织干部学法。", False),
    ],
)
def test_the_deed_decides_not_who_or_where(analyzer, tok, question, sentence, said):
    df = _df({"组织", "干部", "法院", "工作人员"})
    assert (_score(analyzer, tok, question, sentence, df) >= SUPPORT) is said


@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        ("哪些地方坚持开会前先学法", "坚持党委会会前学法，全年学法10次。", True),
        ("哪些乡镇搞了起诉前调解", "推行诉前调解，化解纠纷12起。", True),
        ("哪些地方坚持开会前先学法", "坚持领导干部学法用法，全年集中学法10次。", False),
    ],
)
def test_an_event_before_a_locative_is_abbreviated(analyzer, tok, question, sentence, said):
    df = _df({"坚持", "学法", "调解", "搞"})
    assert (_score(analyzer, tok, question, sentence, df) >= SUPPORT) is said


# ---- 3. a named practice carries the question; its gloss alone does not -----------------------
@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        ("“三重一大”集体决策，哪几家报告里有写", "严格执行“三重一大”制度，全年审议24项。", True),
        ("哪些地方践行四下基层联系群众", "深入践行“四下基层”制度，定期到社区接访。", True),
        ("“三重一大”集体决策，哪几家报告里有写", "重大事项坚持集体研究决策。", False),
    ],
)
def test_a_gloss_as_rare_as_the_term_explains_it(analyzer, tok, question, sentence, said):
    """In a small library the gloss is as rare as the term (one report each)."""
    assert (_score(analyzer, tok, question, sentence) >= SUPPORT) is said


# ---- 4. everyday verbs and objects ------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        ("哪些地方在改善营商环境", "持续优化营商环境，深化放管服改革。", True),
        ("哪些乡镇提升了营商环境", "营商环境持续改善，企业满意度上升。", True),
        ("哪些地方在改善营商环境", "持续改善农村人居环境，清理垃圾1200吨。", False),
    ],
)
def test_a_verb_of_improving_stands_for_another(analyzer, tok, question, sentence, said):
    df = _df({"改善", "环境"})
    assert (_score(analyzer, tok, question, sentence, df) >= SUPPORT) is said


@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        ("哪些地方帮企业解决难题", "为辖区企业纾困解难，帮助企业解决融资问题15个。", True),
        ("哪些单位下到学校里去普法", "走进辖区中小学开展法治宣讲6场。", True),
        ("哪些单位下到学校里去普法", "坚持中心组集中学法，全年学法10次。", False),
    ],
)
def test_everyday_objects_in_report_words(analyzer, tok, question, sentence, said):
    """难题 ~ 解难/问题, 学校 ~ 校园/中小学 (never the 中学 inside 集中学法)."""
    assert (_score(analyzer, tok, question, sentence) >= SUPPORT) is said


# ---- 5. a description instead of a name -------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        ("哪些乡镇给执法队员配了随身录像的设备", "为执法队员配备执法记录仪12台。", True),
        ("哪些乡镇给执法人员配了能录像的装置", "执法人员执法时佩戴执法记录仪。", True),
        ("哪些乡镇给执法队员配了执法服装", "为执法队员配备执法记录仪12台。", False),
    ],
)
def test_a_device_named_by_what_it_does(analyzer, tok, question, sentence, said):
    assert (_score(analyzer, tok, question, sentence) >= SUPPORT) is said


# ---- the heading an item's body shares its line with ------------------------------------------
def test_a_numbered_lead_on_the_same_line_heads_its_sentence():
    text = "（三）持续优化营商环境。深化改革，为企业纾困解难。"
    assert "持续优化营商环境" in headings_before("", text, text.index("深化"))
    body = "我镇持续优化营商环境。深化改革，为企业纾困解难。"
    assert "优化" not in headings_before("", body, body.index("深化"))


# ---- written after the code: campaigns, 普法 by its campaign names, neighbours -------------------
@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        ("哪些地方开展了法治进学校", "深入开展“法治进校园”活动，上法治课6场。", True),
        ("有没有乡镇搞送法进企业", "开展“法治进企业”活动，走访企业30家。", True),
        ("哪些乡镇开展了法律进乡村", "推进乡村振兴，开展法律服务进万家。", False),
    ],
)
def test_a_campaign_by_any_of_its_names(analyzer, tok, question, sentence, said):
    assert (_score(analyzer, tok, question, sentence) >= SUPPORT) is said


@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        ("哪些乡镇去企业里普法", "开展“法治进企业”活动，走访企业30家。", True),
        ("哪些乡镇到社区里普法", "组织“送法进社区”活动12场。", True),
        ("哪些乡镇去企业里普法", "走进企业开展安全生产检查。", False),
    ],
)
def test_a_campaign_of_law_is_publicity(analyzer, tok, question, sentence, said):
    assert (_score(analyzer, tok, question, sentence) >= SUPPORT) is said


@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        ("哪些地方联合隔壁乡镇一起调解纠纷", "与相邻乡镇建立联调机制，联合化解纠纷9起。", True),
        ("哪些地方和邻近乡镇一起调解纠纷", "与周边乡镇联合调处纠纷6起。", True),
        ("哪些地方联合隔壁乡镇一起调解纠纷", "调解邻里纠纷12起。", False),
    ],
)
def test_neighbours_in_report_words(analyzer, tok, question, sentence, said):
    assert (_score(analyzer, tok, question, sentence) >= SUPPORT) is said
