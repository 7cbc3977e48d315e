"""Round fuA55: which-question follow-ups that change the last question's scope or its set of
topics, probed on made-up pages in ``tests/data/probe_reports_fuA55``.

- scope words act on the last scope: 「放宽到所有年份呢」 takes the year off, the topic kept;
  「除了它，还有哪些报告提到」 asks the topic named now over the whole library;
- topic words act on the last topic: 「再把X也加进来」 lists the units mentioning either, and
  with 都/同时 those mentioning both; 「换成X的呢」 after 「Y哪些地方在推」 replaces Y;
- 「X呢，两边对比一下」 after a question about one unit compares the two on the last topic.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.followup import Turn, resolve
from cli.main import main
from library.compose import build
from reportqa.settings import Settings

DATA = Path(__file__).parent / "data" / "probe_reports_fuA55"
TOWNS = ["河滩镇", "柳林乡", "石门街道", "东坝镇"]


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("fuA55")
    mp = pytest.MonkeyPatch()
    mp.setenv("REPORTQA_DATA_DIR", str(data_dir))
    assert main(["ingest", str(DATA)]) == 0
    mp.undo()
    return build(Settings(data_dir=data_dir)).service


def _chat(service, *questions: str):
    history: list[Turn] = []
    answer = None
    for q in questions:
        answer = service.ask(q, history)
        turn = Turn(q, answer.resolved_question, answer.townships, answer.scope, answer.picked)
        history.append(turn)
    return answer


def _units(answer) -> set[str]:
    return {c.township for c in answer.citations}


def _quoted(answer) -> str:
    return "".join(c.quote for c in answer.citations)


# ---- 「放宽到所有年份」: the year lifted, the topic kept -------------------------------------
@pytest.mark.parametrize("follow", ["放宽到所有年份呢？", "不限年份，都列出来吧"])
def test_widening_years_drops_the_year(service, follow):
    answer = _chat(service, "2023年的报告里哪些提到了法律顾问？", follow)
    assert _units(answer) == {"河滩镇", "柳林乡", "石门街道"}


def test_a_year_said_moves_the_year(service):
    # must-not: 「换成2022年的呢」 names a year — the limit moves, it is not lifted
    answer = _chat(service, "2023年的报告里哪些提到了法律顾问？", "换成2022年的呢")
    assert _units(answer) == {"河滩镇"}


# ---- 「再把X也加进来」: either topic; with 都/同时 both -------------------------------------
@pytest.mark.parametrize(
    "follow",
    [
        "再把垃圾分类也加进来，一共有哪些？",
        "再把搞垃圾分类的也加进来呢",
        "再把垃圾分类也加进来，都有哪些？",  # must-not for both: 都有哪些 spreads over the list
    ],
)
def test_a_topic_added_lists_either(service, follow):
    answer = _chat(service, "哪些地方提到海绵城市？", follow)
    assert _units(answer) == set(TOWNS)


@pytest.mark.parametrize(
    "follow",
    ["再把垃圾分类也加进来，两样都提到的是哪几个？", "把垃圾分类也算上，同时提到的有哪些？"],
)
def test_a_topic_added_with_both_lists_both(service, follow):
    answer = _chat(service, "哪些地方提到海绵城市？", follow)
    assert _units(answer) == {"河滩镇"}


def test_a_pointer_is_no_topic_added():
    # must-not: 「把它的报告年份也说一下」 asks of the unit, it adds no topic to list by
    history = [Turn("哪些地方提到海绵城市？", townships=("河滩镇", "石门街道"))]
    for follow in ["再把它的报告年份也说一下", "再把它的报告年份也加上"]:
        asked = resolve(follow, history, TOWNS).question
        assert "或者" not in asked and "既" not in asked


# ---- 「换成X的呢」 after 「Y哪些地方在推」: the topic said first is replaced ------------------
@pytest.mark.parametrize("follow", ["换成对口帮扶的呢？", "那改成对口帮扶呢"])
def test_a_topic_said_first_is_swapped(service, follow):
    answer = _chat(service, "农村电商哪些地方在推？", follow)
    assert _units(answer) == {"石门街道"}


def test_a_year_swapped_is_no_topic():
    # must-not: 「换成2022年的呢」 swaps the year, never the topic
    history = [Turn("2023年农村电商哪些地方在推？", townships=("柳林乡", "东坝镇"))]
    assert "提到2022" not in resolve("换成2022年的呢", history, TOWNS).question


# ---- 「除了它，还有哪些报告提到」: the library beyond the unit -------------------------------
@pytest.mark.parametrize(
    "follow",
    ["电动自行车这块，除了它，还有哪些报告提到？", "除此之外，还有哪些报告提到过电动自行车？"],
)
def test_beyond_the_unit_asks_the_library(service, follow):
    answer = _chat(service, "东坝镇2023年那份报告里，安全生产说了些啥？", follow)
    assert {"河滩镇", "石门街道"} <= _units(answer)
    assert "电动自行车" in _quoted(answer)


def test_a_thing_set_aside_keeps_the_unit():
    # must-not: 「除了安全生产」 sets a topic aside, not the unit: the unit stays the scope
    history = [Turn("东坝镇2023年那份报告里，安全生产说了些啥？", townships=("东坝镇",))]
    assert resolve("除了安全生产，它还讲了哪些？", history, TOWNS).scope == ("东坝镇",)


# ---- 「X呢，两边对比一下」: the unit added and both compared --------------------------------
@pytest.mark.parametrize("follow", ["柳林乡呢，两边对比一下", "那柳林乡呢，两者比较一下"])
def test_both_sides_compared(service, follow):
    answer = _chat(service, "河滩镇全年组织法治讲座几次？", follow)
    assert _units(answer) == {"河滩镇", "柳林乡"}
    assert "6次" in _quoted(answer) and "4次" in _quoted(answer)


def test_a_unit_alone_moves_the_question(service):
    # must-not: 「那柳林乡呢」 moves the question to 柳林乡, nothing is compared
    answer = _chat(service, "河滩镇全年组织法治讲座几次？", "那柳林乡呢")
    assert _units(answer) == {"柳林乡"}
