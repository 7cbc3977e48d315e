"""The words no report writes are one typed block of the answer (``reportqa.answer.Unsaid``):
every output renders that block, and the JSON record keeps it as data, so no program has to
read 「报告中没有“X”这个说法」 back out of the answer's text."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

from docx import Document

from export.writers import to_csv, to_docx, to_json, to_markdown
from reportqa.answer import Answer, Paragraph, Role, Text, Unsaid
from reportqa.answer_markdown import markdown
from tests.test_export import XIAKOU, cite, compare_answer, which_answer
from webapp.render import chat_markdown

NONE_SAID = "报告中没有“官司”“打赢”这些说法。"


def unsaid_which() -> Answer:
    """「哪些镇帮村民打赢了官司」 on a library that writes 诉讼, never 官司 or 打赢."""
    answer = which_answer()
    return replace(
        answer,
        question="哪些镇帮村民打赢了官司？",
        body=(Paragraph((Text("没有找到。"),)), Unsaid(("官司", "打赢")), *answer.body[1:]),
    )


def near_fact() -> Answer:
    """A fact whose asked word no report writes, with the closest sentence shown related."""
    c = replace(cite(1, XIAKOU, "2023年共计作出行政处罚处理决定54次", "（三）"), role=Role.RELATED)
    return Answer(
        question="峡口镇罚了几回款？",
        kind="fact",
        mode="extractive",
        body=(Unsaid(("罚了几回款",), near=True), Paragraph((Text(f"「{c.quote}」", (1,)),))),
        related=(c,),
        searched=1,
    )


def test_the_block_says_the_words_and_the_answer_lists_them():
    assert Unsaid(("官司",)).text == "报告中没有“官司”这个说法。"
    assert Unsaid(("官司", "打赢")).text == NONE_SAID
    assert Unsaid(("罚款",), near=True).text == "报告没有用“罚款”的说法；最接近的是："
    assert unsaid_which().unsaid == ("官司", "打赢")
    assert which_answer().unsaid == ()


def test_answer_markdown_and_chat_render_the_block():
    text = markdown(unsaid_which())
    assert NONE_SAID in text and text.index("没有找到") < text.index(NONE_SAID)
    chat = chat_markdown(near_fact())
    assert "报告没有用“罚款”" not in chat and "报告没有用“罚了几回款”的说法；最接近的是：" in chat
    assert "[[1]](#src-1-1)" in chat


def test_markdown_export_renders_the_block_inert():
    hostile = replace(unsaid_which(), body=(Unsaid(("<script>",)),))
    text = to_markdown([unsaid_which(), hostile])
    assert NONE_SAID in text
    assert "<script>" not in text and "&lt;script&gt;" in text


def test_json_keeps_the_words_as_data_and_round_trips():
    data = json.loads(to_json([unsaid_which(), near_fact()]))["turns"]
    assert data[0]["unsaid"] == ["官司", "打赢"]
    assert {"type": "unsaid", "words": ["官司", "打赢"], "near": False} in data[0]["blocks"]
    assert data[1]["unsaid"] == ["罚了几回款"] and data[1]["blocks"][0]["near"] is True
    assert data[1]["townships"] == [] and data[1]["related"][0]["role"] == "related"
    back = [Answer.from_json(d) for d in data]
    assert back[0].body == unsaid_which().body and back[1].body == near_fact().body
    assert back[0].to_json() == data[0]


def test_docx_has_the_block_as_its_own_paragraph(tmp_path):
    doc = Document(str(to_docx([unsaid_which(), near_fact()], tmp_path / "a.docx")))
    lines = [p.text for p in doc.paragraphs]
    assert NONE_SAID in lines
    assert "报告没有用“罚了几回款”的说法；最接近的是：" in lines


def test_csv_names_the_words_on_each_row_of_their_answer():
    table = compare_answer()
    said = replace(table, body=(Unsaid(("打官司",)), *table.body))
    rows = list(csv.reader(io.StringIO(to_csv([table, said]))))
    assert rows[0][-1] == "报告未用的说法"
    first = [r for r in rows[1:] if r[0] == "1"]
    second = [r for r in rows[1:] if r[0] == "2"]
    assert first and all(r[-1] == "" for r in first)
    assert len(second) == len(first) and all(r[-1] == "打官司" for r in second)
