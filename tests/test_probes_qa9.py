"""Which-questions nobody tuned for, round 8: distinctive terms, reordered halves, named days,
two-digit years. Each rule: two made-up wordings that must count, one that must not.
``probes_qa9.jsonl`` asks 20 questions over four invented web-page reports
(``tests/data/probe_reports_qa9``) through the real CLI: ingest, then ``reportqa eval``.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from answering.metadata_qa import full_years as metadata_full_years
from reportqa.units import UnitIndex
from retrieval.anchors import coded
from retrieval.dates import dates_in, full_years
from retrieval.evidence import SUPPORT
from tests.probe_kit import ingest_and_eval, score

DATA = Path(__file__).parent / "data"
TOWNS = UnitIndex(["白桦镇", "青柳乡", "东坡街道"])
COUNTIES = UnitIndex(["红岩县"])


_score = partial(score, units=(TOWNS, COUNTIES))


def _df(common: set[str]):
    """A library where the ``common`` words are in most reports and the rest in one."""
    return lambda strings: 8 if any(s in common for s in strings) else 1


# ---- 1. the distinctive term decides --------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        ("哪些乡镇落实了“四议两公开”民主决策？", "全村严格执行“四议两公开”工作法。", True),
        ("哪些乡镇按三重一大集体决策？", "对重大事项按照“三重一大”规定进行集体讨论。", True),
        ("哪些乡镇落实了“四议两公开”民主决策？", "推进社区民主决策，广泛征求意见。", False),
    ],
)
def test_a_fixed_term_is_enough_alone(analyzer, tok, question, sentence, said):
    df = _df({"民主", "决策", "民主决策", "集体", "落实"})
    assert (_score(analyzer, tok, question, sentence, df) >= SUPPORT) is said


@pytest.mark.parametrize(
    ("heading", "sentence", "said"),
    [
        ("（一）规范基层决策", "对重大事项按照“三重一大”规定集体讨论决策。", True),
        ("一、健全决策机制", "严格落实“三重一大”集体决策制度。", True),
        ("（一）规范集体决策", "镇党委坚持基层决策民主化。", False),
    ],
)
def test_a_heading_cannot_veto_its_sentence(analyzer, tok, heading, sentence, said):
    """「规范基层决策」 above a sentence names a section, not another kind of 集体决策."""
    q = "哪些乡镇写了按三重一大集体决策"
    assert (_score(analyzer, tok, q, f"{heading}\n{sentence}") >= SUPPORT) is said


@pytest.mark.parametrize(
    ("term", "is_coded"),
    [("三重一大", True), ("四议两公开", True), ("一村一辅警", True), ("一把手", False)],
)
def test_numeral_coded_names(term, is_coded):
    assert coded(term) is is_coded


def test_a_lone_numeral_opens_the_next_word(analyzer):
    a = analyzer.analyze("领导小组实行双组长的有哪些乡镇", [], (TOWNS, COUNTIES))
    assert "双组长" in [c.term for c in a.concepts]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("成立领导小组，实行书记、镇长“双组长”制。", True),
        ("领导小组实行双组长负责制，每季度研究一次。", True),
        ("调整法治建设领导小组，由党委书记任组长。", False),
    ],
)
def test_a_numeral_led_name_is_not_its_rest(analyzer, tok, sentence, said):
    """双组长 is not mentioned by 组长: the numeral is the point of the name."""
    df = _df({"领导小组", "领导", "小组", "实行", "组长"})
    q = "领导小组实行双组长的有哪些乡镇"
    assert (_score(analyzer, tok, q, sentence, df) >= SUPPORT) is said


# ---- 2. reordered halves: a verb and its object in either order --------------------------------
@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        ("哪些乡镇组织干部旁听庭审？", "组织镇村干部到县法院旁听行政诉讼案件庭审。", True),
        ("哪些地方组织过庭审旁听", "组织镇干部旁听法院庭审3次。", True),
        ("哪些地方组织过庭审旁听", "规范庭审应诉材料；邀请居民旁听议事会议。", False),
    ],
)
def test_a_verb_and_its_object_in_either_order(analyzer, tok, question, sentence, said):
    assert (_score(analyzer, tok, question, sentence) >= SUPPORT) is said


@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        ("哪些乡镇开展了年终述法？", "年底组织班子成员述职述廉述法。", True),
        ("哪些乡镇的干部半年述法了", "干部年终述法全覆盖。", True),
        ("哪些乡镇开展了年终述法？", "年终组织干部述职述廉。", False),
    ],
)
def test_a_time_in_the_year_is_optional(analyzer, tok, question, sentence, said):
    assert (_score(analyzer, tok, question, sentence) >= SUPPORT) is said


# ---- 3. named days and dates -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "spellings"),
    [
        ("12月4号宪法日前后哪些乡镇搞了宣传", {"宪法日", "12·4", "12.4", "12月4日"}),
        ("哪些乡镇在“6·26”国际禁毒日开展了活动", {"国际禁毒日", "禁毒日", "6月26日"}),
        ("哪些乡镇在3.15开展了宣传", {"3·15", "3月15日"}),
    ],
)
def test_a_month_day_is_a_date(question, spellings):
    (_, _, _, found) = dates_in(question)[0]
    assert spellings <= set(found)


@pytest.mark.parametrize(
    "question", ["增长了3.5%的有哪些", "哪些乡镇受理12件", "2024年哪些乡镇", "增长2.5倍的有哪些"]
)
def test_numbers_are_no_dates(question):
    assert dates_in(question) == []


@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        ("哪些乡镇在12月4号宪法日前后搞了宣传", "围绕“12·4”国家宪法日开展宪法宣传活动。", True),
        ("哪些乡镇在12月4号宪法日前后搞了宣传", "在12.4宪法日开展宪法宣传周活动。", True),
        ("哪些乡镇在12月4日召开了安全生产会议？", "6月26日召开安全生产工作会议。", False),
    ],
)
def test_a_date_must_be_named(analyzer, tok, question, sentence, said):
    assert (_score(analyzer, tok, question, sentence) >= SUPPORT) is said


# ---- 4. two-digit years ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("24年哪些乡镇开展了普法", "2024年哪些乡镇开展了普法"),
        ("在23年，哪些镇建了调解室", "在2023年，哪些镇建了调解室"),
        ("近10年来哪些乡镇", "近10年来哪些乡镇"),
        ("受理纠纷24件的乡镇", "受理纠纷24件的乡镇"),
        ("12年前的事", "12年前的事"),
    ],
)
def test_two_digit_years_in_content_questions(analyzer, said, meant):
    assert full_years(said) == meant
    assert metadata_full_years is full_years  # one rule for metadata and content questions


def test_a_two_digit_year_scopes_the_question(analyzer):
    a = analyzer.analyze("24年哪些乡镇组织了旁听庭审", [], (TOWNS, COUNTIES))
    assert a.years == (2024,)
    assert not any("24" in c.term for c in a.concepts)


# ---- the probe set end to end ------------------------------------------------------------------
def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    floors = ["--min-f1", "0.95", "--min-none", "0.95"]
    reports = [DATA / "probe_reports_qa9"]
    ingest_and_eval(monkeypatch, capsys, tmp_path / "d", reports, DATA / "probes_qa9.jsonl", floors)
