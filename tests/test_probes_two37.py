"""Round two37: a message that asks two questions is answered as two questions.

「A镇聘请法律顾问了吗？B乡开展了几场普法活动？」 was read as one question: its needs blended
(main answered 「没有找到关于「法律顾问普法宣传」的内容」) or its two units set in a comparison
nobody asked for, or one half dropped (「X的报告是哪年的，它归哪个区管」 answered only the
district). ``answering.turn_parts`` cuts the message where both sides ask on their own;
``answering.composed`` answers each part in turn (a part leaning on the one before —
「它」「其中」 — as its follow-up) and gives one typed answer, part by part under its question.

Made-up pages in ``tests/data/probe_reports_two37``: 青石镇 (安澜县), 白鹭乡 (云溪县), 枫桥街道
(清河区). Must-nots: one question with two units, a list of units, a clause on the first
question's answer (「如果有，是哪家？」), a question pressed again (「是哪几个」「哪个最多」),
an instruction (「对比一下」), a full stop inside a quotation, and per-unit clauses parted by
「，」「；」 (one comparison, a row per clause: ``retrieval.unit_clauses``).
"""

from __future__ import annotations

import json
import timeit
from pathlib import Path

import pytest

from cli.main import main
from library.compose import build
from reportqa.answer import Answer
from reportqa.answer_markdown import markdown
from reportqa.settings import Settings

DATA = Path(__file__).parent / "data" / "probe_reports_two37"


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("two37")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("REPORTQA_DATA_DIR", str(data_dir))
        assert main(["ingest", str(DATA)]) == 0
        yield build(Settings(data_dir=data_dir)).service


def _verbatim(service, answer: Answer) -> None:
    """Citations numbered 1…n in order, each quote exactly its report's text there."""
    shown = (*answer.citations, *answer.related)
    assert [c.n for c in shown] == list(range(1, len(shown) + 1))
    for c in shown:
        assert service.lib.report_text(c.report_id)[c.start : c.end] == c.quote


def _headings(answer: Answer) -> list[str]:
    """The questions heading the answer's parts (read by name: main has no such block)."""
    return [b.question for b in answer.body if type(b).__name__ == "Asked"]


def _parts(answer: Answer) -> tuple[Answer, ...]:
    return getattr(answer, "parts", ())


def test_two_questions_of_two_units(service):
    """Each question answered from its own unit's report, under its own heading."""
    one = service.ask("青石镇聘请法律顾问了吗？白鹭乡开展了几场普法宣传活动？")
    assert _headings(one) == ["青石镇聘请法律顾问了吗？", "白鹭乡开展了几场普法宣传活动？"]
    first, second = _parts(one)
    assert [c.township for c in first.citations] == ["青石镇"]
    assert "法律顾问" in first.citations[0].quote
    assert {c.township for c in second.citations} == {"白鹭乡"}
    assert "12场" in markdown(second)
    _verbatim(service, one)
    two = service.ask("白鹭乡调解了多少件矛盾纠纷；另外枫桥街道审查了多少份合同")
    assert _headings(two) == ["白鹭乡调解了多少件矛盾纠纷", "枫桥街道审查了多少份合同"]
    assert "35件" in markdown(_parts(two)[0]) and "18份" in markdown(_parts(two)[1])
    assert _parts(two)[1].citations[0].n == len(_parts(two)[0].citations) + 1
    _verbatim(service, two)


def test_second_question_leans_on_the_first(service):
    """「它」「该镇」 is the unit of the first question; both questions are answered."""
    one = service.ask("枫桥街道的报告是哪年的，它归哪个区管")
    assert len(_parts(one)) == 2
    assert "2023年" in markdown(_parts(one)[0]) and "清河区" in markdown(_parts(one)[1])
    two = service.ask("青石镇这份报告是哪一年的？该镇属于哪个县？")
    assert "2023年" in markdown(_parts(two)[0]) and "安澜县" in markdown(_parts(two)[1])
    _verbatim(service, two)
    # a question on the report as a document asks a new thing (main answered only the year)
    three = service.ask("青石镇聘请法律顾问了吗？它是哪年的报告？")
    assert "法律顾问" in _parts(three)[0].citations[0].quote
    assert "2023年" in markdown(_parts(three)[1])


def test_among_the_first_answers_units(service):
    """「其中哪个…」 picks among the units the first question found."""
    for q in (
        "哪些乡镇开展了宪法宣传？其中哪个办了培训班？",
        "哪几个地方开展了宪法宣传活动，其中哪家举办了法治培训班",
    ):
        answer = service.ask(q)
        first, second = _parts(answer)
        assert set(first.townships) == {"青石镇", "白鹭乡"}
        assert second.townships == ("青石镇",)
        assert second.scope and set(second.scope) == {"青石镇", "白鹭乡"}
        _verbatim(service, answer)


@pytest.mark.parametrize(
    "question",
    [
        "比较青石镇和白鹭乡的普法宣传活动",
        "青石镇和枫桥街道聘请法律顾问了吗",
        "青石镇、白鹭乡、枫桥街道哪个开展的普法宣传活动最多",
        "青石镇聘请法律顾问了吗？如果有，是哪家律所？",
        "报告里写了“开展宪法宣传。发放资料”的有哪些？",
        "有没有乡镇开展了宪法宣传？是哪几个",
        "青石镇和白鹭乡各开展了几场普法宣传活动？哪个最多",
        "青石镇和白鹭乡的普法宣传活动各有多少场？对比一下",
        "哪些乡镇被评为法治示范乡镇？县里想找几个学习",
        "青石镇开展了几场普法宣传活动；白鹭乡调解了多少件矛盾纠纷",
        "青石镇开展了几场普法宣传活动，白鹭乡调解了多少件矛盾纠纷",
    ],
)
def test_one_question_stays_one(service, question):
    answer = service.ask(question)
    assert not _parts(answer) and not _headings(answer)


def test_every_output_renders_the_parts(service, tmp_path):
    """Markdown, JSON (and back), Word, CSV and the chat each show the parts as typed data."""
    from export.markdown import to_markdown
    from export.tables import to_csv
    from export.word import docx_bytes
    from webapp.render import chat_markdown

    answer = service.ask("青石镇和白鹭乡各开展了几场普法宣传活动？枫桥街道审查了多少份合同？")
    first, second = _parts(answer)
    assert first.table and not second.table
    text = markdown(answer)
    assert text.index("**青石镇和白鹭乡") < text.index("| 青石镇") < text.index("**枫桥街道审查")
    back = Answer.from_json(json.loads(json.dumps(answer.to_json(), ensure_ascii=False)))
    assert back.body == answer.body and back.citations == answer.citations
    assert [p.question for p in _parts(back)] == [p.question for p in _parts(answer)]
    assert markdown(back) == text
    csv = to_csv([answer])
    assert "青石镇" in csv and "白鹭乡" in csv and "枫桥街道" not in csv
    assert "### 第 1 问" not in to_markdown([answer]) and "**枫桥街道审查" in to_markdown([answer])
    assert "枫桥街道审查了多少份合同" in chat_markdown(answer)
    import io

    from docx import Document

    doc = Document(io.BytesIO(docx_bytes([answer])))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert any(h.startswith("枫桥街道审查了多少份合同") for h in headings)


def test_follow_up_after_two_questions(service):
    """The history records each question: 「那枫桥街道呢」 asks the last one of 枫桥街道, from
    the answers themselves and from their JSON (the web API's history)."""
    from library import turns_from_json, turns_of

    answer = service.ask("青石镇聘请法律顾问了吗？白鹭乡开展了几场普法宣传活动？")
    for history in (turns_of([answer]), turns_from_json([answer.to_json()])):
        follow = service.ask("那枫桥街道呢", history)
        assert "枫桥街道" in follow.resolved_question and "普法" in follow.resolved_question
        assert {c.township for c in follow.citations} == {"枫桥街道"}


def test_one_question_costs_microseconds(service):
    from answering.turn_parts import split_turn

    units = service.lib.units[0]
    for q in ("哪些乡镇聘请了法律顾问", "青石镇和白鹭乡各开展了几场普法宣传活动，哪个多？"):
        seconds = timeit.timeit(lambda q=q: split_turn(q, units), number=2000) / 2000
        assert seconds < 2e-4
