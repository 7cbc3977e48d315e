"""A graded which-answer (``answering.graded``) states its reading as data: the ``Unsaid``
block carries the unspelled words and the words the units were read on (``read_by``), and
every output — chat, Markdown, Word, JSON — renders that one block, so the reader always sees
that the answer rests on 「A」「B」 and not on the words no report writes."""

from __future__ import annotations

import json
from dataclasses import replace

from docx import Document

from export.writers import to_docx, to_json, to_markdown
from reportqa.answer import Answer, Paragraph, Text, Unsaid
from reportqa.answer_markdown import markdown
from tests.test_export import which_answer
from webapp.render import chat_markdown

READ = "报告中没有“重新”的说法；以下按报告写到的“宪法”“誓词”回答，未能确认写到“重新”。"


def graded_which() -> Answer:
    """「哪个街道组织干部对着宪法把誓词重新念一遍」 on a library that never writes 重新."""
    answer = which_answer()
    note = Unsaid(("重新",), read_by=("宪法", "誓词"))
    return replace(answer, body=(Paragraph((Text("共 1 个单位："),)), note, *answer.body[1:]))


def test_the_block_states_the_reading():
    assert Unsaid(("重新",), read_by=("宪法", "誓词")).text == READ
    assert graded_which().read_by == ("宪法", "誓词") and graded_which().unsaid == ("重新",)
    assert which_answer().read_by == ()
    assert graded_which().townships == which_answer().townships  # the units stay the answer


def test_every_output_renders_it(tmp_path):
    assert READ in markdown(graded_which())
    assert READ in chat_markdown(graded_which())
    assert READ in to_markdown([graded_which()])
    doc = Document(str(to_docx([graded_which()], tmp_path / "a.docx")))
    assert READ in [p.text for p in doc.paragraphs]


def test_json_keeps_the_reading_as_data_and_round_trips():
    data = json.loads(to_json([graded_which(), which_answer()]))["turns"]
    assert data[0]["read_by"] == ["宪法", "誓词"] and data[0]["unsaid"] == ["重新"]
    block = {"type": "unsaid", "words": ["重新"], "near": False, "read_by": ["宪法", "誓词"]}
    assert block in data[0]["blocks"]
    assert data[1]["read_by"] == []
    back = Answer.from_json(data[0])
    assert back.body == graded_which().body and back.to_json() == data[0]
