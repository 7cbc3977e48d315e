"""Round review37: defects found reviewing int37 (lack37 + hd37 + two37 + fix37), each probed.

``answering.turn_parts`` cut a message wherever the second sentence held an asking word and two
characters of something else, so a sentence asking an aspect of the answer before
(「分别是什么时候」「具体内容是什么」「为什么没有」) was answered alone: with no topic of its
own it found nothing and said so — 「没有找到关于「分别是什么时候？」的内容」 for a unit whose
report does answer the message (main answered it as one question). A message typed in
traditional characters was never cut (嗎/幾 are no asking words), and a part after 「? 」 kept
its leading space, so its Markdown heading 「** 白鹭乡…?**」 was no bold text.

Made-up pages of two37 (``tests/data/probe_reports_two37``): 青石镇, 白鹭乡, 枫桥街道.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import main
from library.compose import build
from reportqa.answer_markdown import markdown
from reportqa.settings import Settings

DATA = Path(__file__).parent / "data" / "probe_reports_two37"


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("review37")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("REPORTQA_DATA_DIR", str(data_dir))
        assert main(["ingest", str(DATA)]) == 0
        yield build(Settings(data_dir=data_dir)).service


def _headings(answer) -> list[str]:
    return [b.question for b in answer.body if type(b).__name__ == "Asked"]


@pytest.mark.parametrize(
    "question",
    [
        "青石镇开展了几场普法宣传活动？分别是什么时候？",
        "白鹭乡调解了多少件矛盾纠纷？具体内容是什么？",
        "枫桥街道开展了几场普法宣传活动？效果怎么样？",
    ],
)
def test_an_aspect_of_the_answer_before_is_no_question_alone(service, question):
    """The second sentence asks of the first's topic: one question, no false absence."""
    answer = service.ask(question)
    assert not _headings(answer)
    assert "没有找到关于" not in markdown(answer)


def test_why_not_asks_the_reason_of_the_answer_before(service):
    """「为什么没有」 asks why of the first question's answer: one question (the report's
    silence on it is said once, of 法律顾问, not of 「没有」)."""
    answer = service.ask("白鹭乡聘请法律顾问了吗？为什么没有？")
    assert not _headings(answer)
    assert "「没有」" not in markdown(answer)


def test_a_new_topic_after_it_is_still_cut(service):
    """Must-not: a second sentence with a topic of its own, no unit named, is still its own."""
    answer = service.ask("青石镇开展了几场普法宣传活动？哪些乡镇聘请了法律顾问？")
    assert _headings(answer) == ["青石镇开展了几场普法宣传活动？", "哪些乡镇聘请了法律顾问？"]


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "青石鎮聘請法律顧問了嗎？白鷺鄉開展了幾場普法宣傳活動？",
            "青石鎮聘請法律顧問了嗎？",
            "白鷺鄉開展了幾場普法宣傳活動？",
        ),
        (
            "白鷺鄉調解了多少件矛盾糾紛？楓橋街道審查了幾份合同？",
            "白鷺鄉調解了多少件矛盾糾紛？",
            "楓橋街道審查了幾份合同？",
        ),
    ],
)
def test_two_questions_in_traditional_characters(service, question, first, second):
    """Cut as their simplified spelling, each part shown as typed."""
    answer = service.ask(question)
    assert _headings(answer) == [first, second]


def test_a_part_heading_has_no_leading_space(service):
    answer = service.ask("青石镇聘请法律顾问了吗? 白鹭乡开展了几场普法宣传活动?")
    assert _headings(answer) == ["青石镇聘请法律顾问了吗?", "白鹭乡开展了几场普法宣传活动?"]
    assert "** " not in markdown(answer)
