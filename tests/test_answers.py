"""The answer path on the real seeds: every kind, refusals, follow-ups, the CLI contract."""

from __future__ import annotations

import json

import docx
import pytest

from answering.followup import Turn, resolve
from answering.service import AnswerService
from cli.main import main
from reportqa.errors import QuestionError
from retrieval.search import Filters
from tests.conftest import SEEDS

ALL = {t for t, _, _ in SEEDS.values()}


@pytest.fixture(scope="module")
def service(seed_app) -> AnswerService:
    return seed_app.service


def _assert_verbatim(service, answer):
    assert answer.citations
    for c in answer.citations:
        assert service.lib.report_text(c.report_id)[c.start : c.end] == c.quote
        assert f"[{c.n}]" in answer.answer


def test_which_lists_every_township_with_a_citation_and_the_completeness_line(service):
    a = service.ask("哪些乡镇聘请了法律顾问")
    assert a.kind == "which" and set(a.townships) == ALL and a.not_mentioned == ()
    _assert_verbatim(service, a)
    assert {c.township for c in a.citations} == ALL
    assert a.answer.startswith("共 5 个单位的报告提到")
    assert "已检索 5 份报告" in a.answer
    assert "雷磊" in a.answer


def test_which_names_the_reports_that_do_not_mention_it(service):
    a = service.ask("哪个乡镇提到了“枫桥经验”？")
    assert a.townships == ("左岚乡",)
    assert set(a.not_mentioned) == ALL - {"左岚乡"}
    assert "未提及：" in a.answer
    _assert_verbatim(service, a)


def test_compare_builds_a_table_with_numbers_and_citations(service):
    a = service.ask("比较峡口镇和荆竹铺镇调处矛盾纠纷的数量")
    assert a.kind == "compare" and set(a.townships) == {"峡口镇", "荆竹铺镇"}
    rows = {r.unit: r for r in a.table}
    assert "242" in rows["峡口镇"].value and "37" in rows["荆竹铺镇"].value
    assert rows["荆竹铺镇"].number == 37.0 and rows["荆竹铺镇"].label == "37起"
    assert rows["峡口镇"].citation in a.citations
    assert "| 单位 | 报告原文 | 出处 |" in a.answer
    _assert_verbatim(service, a)


def test_compare_marks_silent_reports(service):
    a = service.ask("各乡镇的人民调解员队伍规模分别是多少？")
    rows = {r.unit: r for r in a.table}
    assert rows["左岚乡"].value == "未提及" and rows["左岚乡"].citation is None
    assert "36" in rows["辛集乡"].value and "49" in rows["峡口镇"].value


@pytest.mark.parametrize(
    ("question", "town", "expected"),
    [
        ("峡口镇2023年调解了多少件矛盾纠纷？", "峡口镇", "242"),
        ("左岚乡综合行政执法持证人数是多少？", "左岚乡", "10人"),
        ("云乐镇组建了多少人的公安义警？", "云乐镇", "113"),
        ("辛集乡的法律顾问是谁？", "辛集乡", "雷磊"),
    ],
)
def test_fact_quotes_the_sentence_with_the_number(service, question, town, expected):
    a = service.ask(question)
    assert a.kind == "fact" and a.townships == (town,)
    assert expected in a.citations[0].quote
    _assert_verbatim(service, a)


def test_problem_question_quotes_each_listed_problem(service):
    a = service.ask("荆竹铺镇在法治政府建设中存在哪些问题？")
    quotes = [c.quote for c in a.citations]
    assert "一是职权有限。" in quotes and len(quotes) >= 3


def test_no_evidence_is_said_plainly(service):
    a = service.ask("哪些乡镇建设了智慧停车场？")
    assert a.townships == () and a.citations == ()
    assert a.answer.startswith("在已导入的报告中没有找到")


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("", "问题为空"),
        ("   ", "问题为空"),
        ("？？！！。。", "只有标点"),
        ("法" * 5000, "问题过长"),
        ("那大安镇呢？", "大安镇"),
        ("峡口镇2019年调解了多少件矛盾纠纷？", "2019"),
    ],
)
def test_bad_questions_get_clear_errors(service, question, message):
    with pytest.raises(QuestionError, match=message):
        service.ask(question)


def test_follow_up_reuses_the_topic_with_the_new_township(service):
    first = service.ask("左岚乡综合行政执法持证人数是多少？")
    turn = Turn(first.question, first.resolved_question, first.townships)
    a = service.ask("那云乐镇呢？", [turn])
    assert a.resolved_question.startswith("云乐镇综合行政执法持证人数")
    assert all(c.township == "云乐镇" for c in a.citations)


def test_follow_up_narrows_to_the_previous_answer(service):
    first = service.ask("哪些乡镇提到了“三重一大”？")
    turn = Turn(first.question, first.resolved_question, first.townships)
    a = service.ask("其中哪个乡镇提到了法律顾问？", [turn])
    assert set(a.townships) <= {"辛集乡", "峡口镇"} and a.townships
    assert "范围" in a.resolution_note and "范围" not in a.resolved_question
    assert a.to_json()["resolution_note"] == a.resolution_note
    b = service.ask("这些乡镇的人民调解员有多少？", [turn])
    assert set(b.townships) <= {"辛集乡", "峡口镇"}


def test_ellipsis_keeps_the_previous_township():
    r = resolve("调解成功了多少件？", [Turn("峡口镇建了几个调解室？")], ALL)
    assert r.scope == ("峡口镇",)
    r = resolve("那左岚乡呢？", [Turn("峡口镇2023年开展了几次集中普法宣传？")], ALL)
    # the year goes along, marked as carried: a unit without it answers from its closest year
    assert r.question == "左岚乡2023年开展了几次集中普法宣传？" and r.carried_years == (2023,)


def test_user_scope_restricts_which_answers(service):
    a = service.ask("哪些乡镇聘请了法律顾问", scope=Filters(townships=("峡口镇", "云乐镇")))
    assert set(a.townships) == {"峡口镇", "云乐镇"} and a.searched == 2


def test_an_offline_answer_arrives_whole(service):
    """Nothing streams without a stream: the quotes answer in one piece (no token events
    pretending a model is typing), after how the question was understood and its scope."""
    events = list(service.answer("那左岚乡呢？", [Turn("峡口镇2023年调解了多少件矛盾纠纷？")]))
    assert [e.type for e in events] == ["resolved", "scope", "answer"]
    assert events[-1].answer.citations and events[-1].answer.resolved_question == events[0].text


def test_cli_ask_json_contract_and_export(tmp_path, capsys, seed_cli, seed_library):
    capsys.readouterr()
    out_docx = tmp_path / "out" / "answer.docx"
    assert main(["ask", "哪些乡镇聘请了法律顾问", "--json", "--export", str(out_docx)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) >= {
        "question",
        "resolved_question",
        "kind",
        "mode",
        "answer",
        "townships",
        "not_mentioned",
        "citations",
    }
    assert payload["mode"] == "extractive" and set(payload["townships"]) == ALL
    for c in payload["citations"]:
        assert set(c) >= {
            "n",
            "report_id",
            "source",
            "township",
            "county",
            "year",
            "section",
            "quote",
            "start",
            "end",
        }
        # verbatim: the quote is the cited span of the report's text
        text = seed_library.report_text(c["report_id"])
        assert text[c["start"] : c["end"]] == c["quote"]
    doc = docx.Document(str(out_docx))
    cells = [cell.text for t in doc.tables for row in t.rows for cell in row.cells]
    assert any(payload["citations"][0]["quote"] in cell for cell in cells)

    history = tmp_path / "h.json"
    history.write_text(json.dumps([payload], ensure_ascii=False), encoding="utf-8")
    assert main(["ask", "其中哪个乡镇提到了“三重一大”？", "--history", str(history), "--json"]) == 0
    follow = json.loads(capsys.readouterr().out)
    assert set(follow["townships"]) == {"辛集乡", "峡口镇"}
    # the same history given inline, as a script holding the last answer passes it
    inline = json.dumps([payload], ensure_ascii=False)
    assert main(["ask", "其中哪个乡镇提到了“三重一大”？", "--history", inline, "--json"]) == 0
    assert set(json.loads(capsys.readouterr().out)["townships"]) == {"辛集乡", "峡口镇"}
    assert main(["ask", "那峡口镇呢", "--history", "[{broken"]) == 2
    assert "历史 JSON不是有效的 JSON" in capsys.readouterr().err
    assert main(["ask", "  "]) == 2
    assert "问题为空" in capsys.readouterr().err


def _question_sets() -> list:
    """The held-out questions (in the repository) and the shared dev set where it exists
    beside the repository (not on a fresh checkout)."""
    from reportqa.settings import REPO_ROOT

    dev = REPO_ROOT.parent / "shared/eval/seed_dev.jsonl"
    return [REPO_ROOT / "tests/data/heldout_seed.jsonl", *([dev] if dev.exists() else [])]


@pytest.mark.parametrize("qfile", _question_sets(), ids=lambda p: p.name)
def test_eval_on_the_dev_set_meets_the_goals(qfile, capsys, seed_cli):
    capsys.readouterr()
    assert main(["eval", str(qfile), "--json"]) == 0
    overall = json.loads(capsys.readouterr().out)["overall"]
    assert overall["citation_faithfulness"] == 1.0
    assert overall["township_f1"] >= 0.95, overall
    assert overall["fact_accuracy"] >= 0.85, overall
