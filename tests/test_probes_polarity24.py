"""Round polarity24: a which-question asked the negative way (「哪些乡镇没有开展宪法宣传」) is
answered with the units that did NOT do it — those whose report says so, quoted, apart from
those whose report is silent (answer units too since stop 24, ``Verdict.UNSHOWN``, named with
「未写到不等于没有做」, never quoted as "did not") — and never with the units that did it; a verb that cancels its object (停止, 暂停, 取消, 失败, 放弃) is required, never a filler.

``probes_polarity24.jsonl`` asks over four invented township reports of the invented 青禾县
(``tests/data/probe_reports_polarity24``): 石坪镇 did the things, 梅岭乡 says 尚未开展宪法宣传
and stopped its 法治夜校, 竹溪镇 says 还没有聘请法律顾问 and is silent on 宪法宣传, 河湾街道
ran 宪法宣传 and then paused it, and cancelled its 法律顾问. Must-nots: 有没有 (a yes or no),
a follow-up with a topic of its own, a question with no reversing verb.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup import Turn
from answering.followup_negated import negated_followup
from library.compose import build
from reportqa.answer import Answer, Role
from reportqa.settings import Settings
from retrieval.polarity import positive, reversing_verbs
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_polarity24.jsonl"


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    return tmp_path_factory.mktemp("polarity24") / "d"


def test_polarity_probes(library, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        library,
        [DATA / "probe_reports_polarity24"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    service = build(Settings(data_dir=library)).service
    got = service.ask("哪些乡镇没有开展宪法宣传")
    # the three kinds, typed: said not done (quoted), silent (named), did it (related only)
    assert got.townships == ("梅岭乡", "竹溪镇")
    assert got.unshown == ("竹溪镇",) and not got.not_mentioned
    assert [c.township for c in got.citations] == ["梅岭乡"]
    assert {c.township for c in got.related} == {"石坪镇", "河湾街道"}
    assert all(c.role == Role.RELATED for c in got.related)
    assert "尚未开展宪法宣传" in got.citations[0].quote
    assert "未写到不等于没有做" in got.answer
    again = Answer.from_json(got.to_json())
    assert again.townships == got.townships and again.unshown == got.unshown
    assert again.related == got.related
    # 放弃 in no report: the word is named, nothing is listed, not even as a near reading
    gave_up = service.ask("哪些乡镇放弃了法治夜校")
    assert gave_up.unsaid == ("放弃",) and not gave_up.related and not gave_up.townships


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("哪些乡镇没有开展宪法宣传", "哪些乡镇有开展宪法宣传"),
        ("哪些乡镇尚未建立合法性审查机制", "哪些乡镇建立合法性审查机制"),
        ("有没有哪个街道还没请法律顾问", "有没有哪个街道请法律顾问"),
        ("从未开展过法治体检的单位有哪些", "开展过法治体检的单位有哪些"),
        ("哪些镇今年没有召开述法会", "哪些镇今年有召开述法会"),
        # the negator inside the thing asked, or a yes or no: the question stays positive
        ("哪些乡镇有没有开展宪法宣传", None),
        ("哪些乡镇开展了没有证照的摊贩整治", None),
        ("哪个镇说自己跟老百姓打官司一次也没输过？", None),
        ("哪个乡办事材料没带齐也能先收下给办？", None),
        ("学没学过民法典的乡镇有哪些", None),
    ],
)
def test_the_negator_negates_the_predicate_only_where_it_opens_it(question, plain):
    assert positive(question) == plain


@pytest.mark.parametrize(
    ("question", "verbs"),
    [
        ("哪些乡镇停止了法治夜校", ("停止",)),
        ("哪些地方取消了村级法律顾问", ("取消",)),
        ("创建示范村失败的乡镇有哪些", ("失败",)),
        ("哪些乡镇开展了法治夜校", ()),
    ],
)
def test_verbs_that_cancel_their_object(question, verbs):
    assert reversing_verbs(question) == verbs


@pytest.mark.parametrize(
    ("question", "last", "negated"),
    [
        ("没开展的呢？", "哪些乡镇开展了宪法宣传", "哪些乡镇没有开展宪法宣传"),
        ("那没有的呢", "聘请了法律顾问的有哪些", "没有聘请法律顾问的有哪些"),
        ("那法治夜校呢", "哪些乡镇开展了宪法宣传", None),  # a topic of its own
        ("没开展的呢？", "哪些乡镇没有开展宪法宣传", None),  # already negative
    ],
)
def test_a_bare_negated_followup_negates_the_last_question(question, last, negated):
    assert negated_followup(question, [Turn(last)]) == negated
