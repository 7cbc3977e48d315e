"""Grounding a question in the library, on questions and reports made up here.

A word no report uses may leave the need only when it is a spoken verb or function word; a
thing asked about that no report names must make the answer 「未提及」, whatever library it
is asked of.
"""

from __future__ import annotations

import pytest

from answering.service import AnswerService
from library import App, build
from reportqa.settings import Settings


@pytest.fixture(scope="module")
def service(seed_app) -> AnswerService:
    return seed_app.service


@pytest.mark.parametrize(
    "question",
    [
        "哪些乡镇开展了普法剧本杀？",  # 剧本杀: a noun and a verb jieba does not know as one word
        "哪些乡镇搞了法治快闪",  # 快闪: two characters jieba cannot group
        "哪些街道搞了法治快闪",
        "哪些乡镇办过普法飞盘赛？",
    ],
)
def test_an_unknown_thing_asked_about_is_not_mentioned(service, question):
    answer = service.ask(question)
    assert answer.townships == ()
    assert not answer.citations


def test_a_spoken_verb_no_report_uses_leaves_the_need(service):
    """拿去 (拿/v 去/v) frames the action; the reports that review contracts still answer."""
    plain = service.ask("哪些乡镇审查了合同？")
    spoken = service.ask("哪些乡镇得先把合同拿去审查？")
    assert plain.townships
    assert set(spoken.townships) == set(plain.townships)
    terms = [c.term for c in service.retriever.analyze("哪些乡镇得先把合同拿去审查？").concepts]
    assert "拿去" not in terms and "合同" in terms


REPORT = """{county}{town}人民政府
关于2024年度法治政府建设情况的报告

2024年，{town}扎实推进法治政府建设。
一、主要工作
{body}
二、存在的问题
法治宣传形式还不够丰富。
"""


def _library(tmp_path, name: str, reports: dict[str, tuple[str, str]]) -> App:
    folder = tmp_path / name
    folder.mkdir()
    for i, (town, body) in enumerate(reports.items()):
        text = REPORT.format(county="安平县", town=town, body=body[0] + body[1])
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    app = build(Settings(data_dir=tmp_path / f"data_{name}"))
    app.shelf.add([folder])
    return app


@pytest.fixture(scope="module")
def two_libraries(tmp_path_factory):
    """Two libraries that share no report; only the second one says 剧本杀 and 拿去."""
    tmp = tmp_path_factory.mktemp("grounding")
    first = _library(
        tmp,
        "a",
        {
            "梨花镇": ("镇司法所开展普法宣传进村活动12场。", "聘请律师担任法律顾问。"),
            "桃源乡": ("组织干部旁听庭审一次。", "审查合同20份。"),
        },
    )
    second = _library(
        tmp,
        "b",
        {
            "石门镇": ("创新开展普法剧本杀活动3场。", "把合同拿去给律师审查。"),
            "柳河乡": ("开展宪法宣传周活动。", "调解矛盾纠纷9起。"),
        },
    )
    return first, second


@pytest.mark.parametrize(
    "question",
    ["哪些乡镇开展了普法剧本杀？", "哪些乡镇搞过法治快闪？", "哪些乡镇得先把合同拿去审查？"],
)
def test_the_same_question_means_the_same_on_two_libraries(two_libraries, question):
    """A word may be present in one library and absent in the other; only a spoken verb
    or function word may leave the need because of that."""
    first, second = (
        {c.term: c for c in app.retriever.analyze(question).concepts if c.required}
        for app in two_libraries
    )
    for term in first.keys() ^ second.keys():
        assert two_libraries[0].retriever.grounding._spoken_only(term), term


def test_a_coinage_one_library_lacks_answers_nothing_there(two_libraries):
    first, second = (app.service for app in two_libraries)
    assert first.ask("哪些乡镇开展了普法剧本杀？").townships == ()
    assert second.ask("哪些乡镇开展了普法剧本杀？").townships == ("石门镇",)
