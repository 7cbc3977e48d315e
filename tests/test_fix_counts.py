"""How-many answers must not deny a count the report gives (review of round 5, findings 1-4).

``tests/data/probe_reports_fix`` holds two made-up township reports. Their counts are
written the way reports write them: 「调解室5个」 where a question says 几处, 「执法记录仪12部」
where it says 多少台, 「人民调解委员会15个」 (a question's 多少人民… is no count of people),
「12件（其中败诉2件）」 with the asked count inside a parenthesis. ``probes_fix.jsonl`` asks
for each in two wordings and asks three counts of a different class (件 of what the report
counts in 人次, 人次 of 份, 人 of 起) that must stay unanswered.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from answering.evaluate import evaluate
from library import build
from reportqa.settings import Settings
from reportqa.text import Tokenizer
from retrieval.measures import asked_measure, counts_with, one_class
from tests.probe_kit import misses

DATA = Path(__file__).parent / "data"
REPORTS = DATA / "probe_reports_fix"


def test_a_measure_character_that_starts_a_word_is_no_measure_word():
    words = Tokenizer().words
    assert asked_measure("建立了多少人民调解委员会？", words) == ""
    assert asked_measure("有几个人民调解员？", words) == ""
    assert asked_measure("成立了多少部门联席会议？", words) == ""
    assert asked_measure("多少人参加了培训？", words) == "人"
    assert asked_measure("配备了多少人员？", words) == "人"  # 人员 still counts people
    assert asked_measure("小组有几个人？", words) == "人"
    assert asked_measure("建了几处调解室？", words) == "处"


def test_measure_words_of_one_class_answer_for_one_another():
    assert counts_with("处").search("建成村级人民调解室5个")
    assert counts_with("间").search("建成调解室5处")
    assert counts_with("台").search("配备执法记录仪12部")
    assert counts_with("套").search("配备执法记录仪12台")
    assert counts_with("项").search("制定制度5个")
    assert counts_with("位").search("聘请法律顾问3人")
    # a different class counts a different thing
    assert not counts_with("件").search("接待法律咨询群众420人次")
    assert not counts_with("人次").search("发放宣传资料3000份")
    assert not counts_with("人").search("建立人民调解委员会15个")


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    app = build(Settings(data_dir=tmp_path_factory.mktemp("fix") / "d"))
    app.shelf.add([REPORTS])
    return app


def test_the_asked_count_inside_a_parenthesis_is_read(app):
    retriever = app.retriever
    lost = retriever.carrier(retriever.analyze("青山镇行政诉讼败诉了几件？"), True)
    assert lost("全年受理行政诉讼案件12件（其中败诉2件），行政机关负责人出庭应诉率100%。")
    assert not lost("全年受理行政诉讼案件12件，行政机关负责人出庭应诉率100%。")
    aside = retriever.carrier(retriever.analyze("推行“一村一法律顾问”覆盖了多少个村？"), True)
    assert aside("推行“一村（社区）一法律顾问”制度，覆盖村（社区）20个。")


def test_probe_counts_are_quoted_and_other_classes_stay_unanswered(app):
    items = [json.loads(x) for x in (DATA / "probes_fix.jsonl").read_text("utf-8").splitlines()]
    result = evaluate(app.service, items)
    missed = misses(result)
    assert result["overall"]["facts"] == 1.0, missed
    assert result["overall"]["cited_township_accuracy"] == 1.0, missed
    assert result["overall"]["none_correct"] == 1.0, missed
    assert result["overall"]["citation_faithfulness"] == 1.0


def test_a_number_shown_only_as_related_is_no_correct_fact(app):
    """The eval reads a fact from the cited quotes: a "not given" answer shows the nearest
    passage (with its 420人次) uncited, and that must not score as the fact found."""
    item = {
        "id": "x",
        "question": "青山镇法律咨询办了多少件？",
        "kind": "fact",
        "township": "青山镇",
        "expect_any": [["420人次"]],
    }
    row = evaluate(app.service, [item])["questions"][0]
    assert "420人次" in row["answer"]  # shown, as related
    assert row["fact_ok"] is False and row["cited_ok"] is False


def test_not_given_speaks_only_for_one_unit_read_whole(app):
    one = app.service.ask("青山镇法律咨询办了多少件？")
    assert one.not_mentioned == ("青山镇",) and "青山镇2023年的报告没有写明" in one.answer
    # no unit named: two units searched, none of them may be said not to write it
    many = app.service.ask("法律咨询办了多少件？")
    assert not many.citations and not many.not_mentioned
    assert "没有写明" not in many.answer and "没有找到" in many.answer


def test_the_superlative_reads_the_scale_of_a_number(app):
    """红石镇 writes 1.2万份, 绿水乡 3000份: the most is 红石镇, as the chart beside it draws."""
    most = app.service.ask("红石镇和绿水乡各发放了多少份普法资料，哪个最多？")
    assert "最多的是 **红石镇**（1.2万份）" in most.answer
    least = app.service.ask("红石镇和绿水乡各发放了多少份普法资料，哪个最少？")
    assert "最少的是 **绿水乡**（3000份）" in least.answer


def test_numbers_of_different_classes_are_not_ranked():
    assert one_class(["件", "起"]) and one_class(["处", "个"]) and one_class(["份", ""])
    assert not one_class(["份", "场"]) and not one_class(["人次", "件"])


def test_each_part_of_a_two_part_count_question_is_answered_or_said_missing(app):
    both = app.service.ask("青山镇建立了多少人民调解委员会，举办了几场法治讲座？")
    quotes = " ".join(c.quote for c in both.citations)
    assert "人民调解委员会15个" in quotes and "法治讲座8场" in quotes
    one = app.service.ask("金沙镇聘请了几位法律顾问，调处了几起纠纷？")
    assert any("法律顾问3人" in c.quote for c in one.citations)
    assert "以上引文没有给出「调处纠纷」的数字" in one.answer
    again = app.service.ask("金沙镇有几位法律顾问，化解了多少起矛盾纠纷？")
    assert "以上引文没有给出" in again.answer and "纠纷" in again.answer.rsplit("「", 1)[1]
    whole = app.service.ask("青山镇举办了几场法治讲座，接待了多少人次法律咨询？")
    assert "以上引文没有给出" not in whole.answer  # one sentence answers both parts


def test_an_idiom_with_yi_is_no_count(app):
    retriever = app.retriever
    cases = retriever.carrier(retriever.analyze("金沙镇开展了多少起调解？"), True)
    assert not cases("各村调解员与司法所一起开展调解工作。")  # together, not one case
    assert cases("全年开展调解37起。") and cases("全年开展调解十一起。")
    plain = retriever.carrier(retriever.analyze("金沙镇的普法宣传覆盖了多少？"), True)
    assert not plain("普法宣传走进千家万户。") and not plain("一方面加强普法宣传。")
    assert plain("普法宣传覆盖群众3000人。")
