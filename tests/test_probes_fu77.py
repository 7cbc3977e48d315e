"""Round fu77: follow-ups over the last answer, and the years and rungs of its units.

``probes_fu77.jsonl`` asks over five invented reports (``tests/data/probe_reports_fu77``):

- 「去年的呢」 after 「白岭乡23年…」 counts from 2023, the two-digit year typed (yy1 yy1b yy1n).
- a follow-up typed in traditional characters is read simplified (tc1 tc1b; tc1n simplified).
- a closing 「一个也不要落下」「千万别漏了」 asks for the whole list (all1 all1b).
- 「把松岗也算上，这三个分别是哪一年的报告」「再把这几个的报告年份列一下」: each unit's year
  (yr1 yr1b yr2).
- 「那持证率没到100%的呢」 after 「…全部持证的有哪些」: the complement, over the last
  question's scope (bd1 bd1b).
- 「它们里头县级的呢」: the units of the scope at that rung (lv1 lv1b).
- 「再把提到(…也就是)法治讲座的也加进来」 after 「提到X的报告有哪些」: either topic (tp1 tp1b).
- review: the last question's scope stays with a bounded condition of its own (bd1s); a
  traditional follow-up with a bound keeps the last answer's units (tc2n); 「其中…达到100%的有哪些」
  is asked of the last answer's units (bd1p).
"""

from __future__ import annotations

from pathlib import Path

from answering.followup_added import added_need, with_need
from answering.followup_bound import bounded_condition
from answering.followup_scope import topic_added
from answering.followup_turn import Turn
from answering.followup_years import steps_from_turn
from answering.meta_frame import LEVEL_ONES, has_topic
from answering.simplified_turns import read_simplified, simplified_turns
from answering.types import Event, EventType
from reportqa.answer import Answer, Kind
from retrieval.asker_words import without_asker
from retrieval.count_bounds import bound_asked
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fu77.jsonl"


def test_fu77_probes(tmp_path, monkeypatch, capsys):
    # meta77 (769124c0): which 0.33, facts 0.00, compare 0.24, none 0.50; branch 1.00 each
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fu77"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-compare", "1.0", "--min-none", "1.0"],
    )
    assert all(q["error"] == "" or q["kind"] == "none" for q in result["questions"])


def test_steps_from_turn():
    assert steps_from_turn("去年的呢？")
    assert steps_from_turn("那前年的报告里呢")
    assert not steps_from_turn("去年哪些镇开展了普法")
    assert not steps_from_turn("2023年的呢")


def test_simplified_turns():
    history = [Turn("哪些地方宣傳了民法典", townships=("甲镇",))]
    q, turns = simplified_turns("這幾個裡2022年的報告是哪些", history)
    assert q == "这几个里2022年的报告是哪些"
    assert turns[0].q == "哪些地方宣传了民法典" and turns[0].townships == ("甲镇",)
    plain = [Turn("哪些地方宣传了民法典")]
    assert simplified_turns("这里面2023年的是哪些", plain) == ("这里面2023年的是哪些", plain)
    # 乾 is a simplified character too (乾安县, 乾县): never read as 干
    assert simplified_turns("乾县的报告有吗", []) == ("乾县的报告有吗", [])
    assert simplified_turns("乾安縣的報告有嗎", [])[0] == "乾安县的报告有吗"


def test_question_echoed_as_typed():
    class Fake:
        @read_simplified
        def answer(self, question, history=(), scope=None):
            asked = question if not history else "甲镇和乙镇2022年的报告"
            yield Event(
                EventType.ANSWER,
                answer=Answer(question, Kind.WHICH, "extractive", resolved_question=asked),
            )

    (ev,) = Fake().answer("哪些單位組織幹部學法")
    assert ev.answer.question == "哪些單位組織幹部學法" == ev.answer.resolved_question
    # a resolved follow-up is shown as read; the question as typed
    (ev,) = Fake().answer("這幾個裡2022年的", [Turn("哪些地方宣傳了民法典")])
    assert ev.answer.question == "這幾個裡2022年的"
    assert ev.answer.resolved_question == "甲镇和乙镇2022年的报告"


def test_leave_none_out_is_no_topic():
    assert without_asker("哪些镇搞了法治体检，一个都别漏") == "哪些镇搞了法治体检"
    assert without_asker("有哪些单位，千万别遗漏啊") == "有哪些单位"
    # a slogan reports write, and a totality with no imperative, stay
    assert without_asker("哪些村做到了，一个都不能少") == "哪些村做到了，一个都不能少"
    assert without_asker("哪些镇执法人员持证，一个不落") == "哪些镇执法人员持证，一个不落"


def test_year_each_after_adding():
    assert added_need("把乙镇也算上，这三个分别是哪一年的报告？") == "这三个分别是哪一年的报告"
    assert (
        with_need(["甲镇", "乙镇"], "这两个分别是哪一年的报告") == "甲镇和乙镇分别是哪一年的报告？"
    )
    # a pick of a unit is still a pick: the last measure ranks them
    assert added_need("把乙镇也算上，哪个最多") == ""
    # 再/再把 go on with the turn: no topic, while a thing named after them is one
    assert not has_topic("再把、的报告列一下")
    assert has_topic("再把、的法律顾问列一下")
    assert not has_topic("再列一下")
    # 再 before no verb of asking is a thing's first character (再审 after 行政诉讼)
    assert has_topic("再审的报告有哪些") and has_topic("它们再审的呢")


def test_bounded_condition():
    prev = "执法人员全部持证的有哪些"
    assert bounded_condition("那持证率没到100%的呢", prev) == "持证率没到100%的有哪些？"
    assert bound_asked("持证率未达到100%").op == "<"
    assert bounded_condition("那没到100%的呢", prev) is None  # no measure of its own
    assert bounded_condition("那2023年的呢", prev) is None
    assert bounded_condition("那持证率没到100%的呢", "哪些镇的执法人员全部持证") is None
    # a question asking in its own words, or pointing at the last answer, is no ellipsis
    assert bounded_condition("持证率没到100%的乡镇有哪些", prev) is None
    assert bounded_condition("其中持证率达到100%的有哪些", "青禾县的报告有哪些") is None
    assert bounded_condition("这里面持证率没到100%的呢", prev) is None
    # the last question's scope stays; only its condition is replaced
    scoped = "2023年的报告里，执法人员全部持证的有哪些"
    assert (
        bounded_condition("那持证率没到100%的呢", scoped)
        == "2023年的报告里，持证率没到100%的有哪些？"
    )
    assert (
        bounded_condition("那持证率没到100%的呢", "杭州的街道里执法人员全部持证的有哪些")
        == "杭州的街道里持证率没到100%的有哪些？"
    )


def test_level_ones():
    for q in ("区县级的呢", "那街道的呢？", "县一级的呢"):
        assert LEVEL_ONES.match(q), q
    for q in ("街道的法律顾问呢", "县里的呢", "区县级的有哪些"):
        assert not LEVEL_ONES.match(q), q


def test_topic_added_after_a_list_asked_at_its_end():
    prev = "提到执法资格考试的报告有哪些？"
    asked, _ = topic_added("再把提到法治讲座的也加进来", prev)
    assert asked == "哪些报告提到法治讲座或者执法资格考试？"
    asked, _ = topic_added("再把提到那个活动、也就是法治讲座的也加进来", prev)
    assert asked == "哪些报告提到法治讲座或者执法资格考试？"
    # a unit, a year or nothing of a list question: no topic added
    assert topic_added("再把丙镇也加进来", prev) is None
    assert topic_added("再把提到法治讲座的也加进来", "执法资格考试写得怎么样") is None
    # 即/就是 inside a word restate nothing: 即时调解 is the thing added, not 时调解
    asked, _ = topic_added("再把提到即时调解的也加进来", prev)
    assert asked == "哪些报告提到即时调解或者执法资格考试？"
    asked, _ = topic_added("把法律顾问即问即答也加进来", prev)
    assert asked == "哪些报告提到法律顾问即问即答或者执法资格考试？"
