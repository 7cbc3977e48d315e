"""Round q37: alternatives read whole, a meeting's 会前, a verb glued to a deed, a topic before 的.

Six invented reports (``tests/data/probe_reports_q37``), asked as the app asks them:

- 「X的A、B或者C」 with things (阵地, 长廊, 公园) as the items: the modifier is a need of its
  own and any item counts alone beside it, as for one head (``retrieval.item_lists``): two
  paraphrases, and a must-not asking both at once (既…又…);
- 「政绩考核或者绩效考评」: two compounds, each side whole, no word of one side a need by itself
  (``retrieval.phrases``), and a side no report spells gets its longer spelling
  (``retrieval.grounding``): two paraphrases, and a must-not whose shorter right side shares
  the left's modifier (「法治文化阵地或者长廊」: 法治文化 stays);
- 「党委会会前学法」: 会前 is the meeting's time, cut like 会上, and 会前学法 names the study at
  that meeting (``retrieval.locatives``): two paraphrases, and a must-not (诉前 is no meeting);
- 「述法选了几个部门」: the verb taking 了 is the question's own, not part of 述法
  (``retrieval.question_words``): two paraphrases, and a must-not (巡河 stays one word);
- 「信访工作的情况哪份报告里写了」: a topic before 的 is no unknown place
  (``answering.place_guess``): two paraphrases, and a must-not (浦东 is a place no report has).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportqa.answer_markdown import markdown
from retrieval.locatives import meeting_place
from tests.probe_kit import built

DATA = Path(__file__).parent / "data" / "probe_reports_q37"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    return built(tmp_path_factory, "q37", DATA)


def _units(app, question: str) -> set[str]:
    answer = app.service.ask(question)
    return {c.township for c in answer.citations}


def test_things_listed_after_a_modifier_count_alone_beside_it(app):
    assert _units(app, "哪些地方建了普法的长廊、公园或者广场") == {"云溪镇", "石岭乡", "枫桥镇"}
    assert _units(app, "哪些乡镇建了普法的公园、长廊这类") == {"云溪镇", "石岭乡", "枫桥镇"}
    # must-not: 既…又… asks both, in one report
    assert _units(app, "哪些镇既建了法治文化阵地又建了普法长廊") == {"枫桥镇"}


def test_two_compounds_joined_by_or_are_each_a_whole_name(app):
    assert _units(app, "哪些地方把法治建设列入实绩考核或者目标考评") == {"柳溪县"}
    assert _units(app, "哪些地方把法治建设写进班子考核或者综合考评") == {"枫桥镇"}
    # must-not: a shorter right side shares the left's modifier (法治文化 of 长廊 too)
    assert _units(app, "哪些镇建了法治文化阵地或者长廊") == {"梅川镇", "枫桥镇"}


def test_study_before_a_meeting_is_study_at_it(app):
    assert "梅川镇" in _units(app, "党委会会前学法，哪些地方有")  # 党委会议学法
    assert "柳溪县" in _units(app, "哪些县常务会会前学法")  # 常务会学法
    # 会前学法 with no meeting named is the study at a meeting too
    assert _units(app, "哪些报告写了常务会议前先学法") == {"柳溪县", "荷口县"}
    # must-not: 诉前 is a practice, no meeting's time
    assert meeting_place("诉前调解哪些地方在做") == "诉前调解哪些地方在做"
    assert meeting_place("开会前先学法的有哪些") == "开会前先学法的有哪些"


def test_a_verb_after_a_deed_in_single_characters_is_the_question_s(app):
    one = app.service.ask("柳溪县现场述法选了几个部门")
    assert "4个" in markdown(one) and one.citations[0].township == "柳溪县"
    two = app.service.ask("柳溪县述法挑过哪些单位")
    assert two.citations and "5个镇" in two.citations[0].quote
    # must-not: 巡/河 is one word, no verb split off
    assert _units(app, "哪些镇巡河") == {"云溪镇"}


def test_a_topic_before_de_is_no_unknown_place(app):
    assert _units(app, "信访工作的情况哪份报告里写了？") == {"石岭乡"}
    assert _units(app, "涉及公平竞争审查的报告有哪些") == {"枫桥镇"}
    # must-not: a place no report writes stays a place
    assert markdown(app.service.ask("浦东的报告有哪几份？")).startswith("库中没有浦东的报告")
