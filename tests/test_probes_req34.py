"""Round req34: which words of a question are required.

``probes_req34.jsonl`` asks over eight invented reports (``tests/data/probe_reports_req34``)
of one county, where 法治, 政府 and 建设 stand in every report:

- 法治督察 (its rarity rule, ``retrieval.rarity``, was not kept at integration: lightening a
  word most reports write let 科技副校长 answer 法治副校长, qa38 v1x) is asked by its 督察 (three reports write it beside 法治; 石桥街道's 督察 is
  environmental), two paraphrases and a must-not (法治体检, written nowhere);
- a description of the actor is the audience, not the need (``retrieval.audience``):
  「新任命的干部进行了宪法宣誓」 is answered by 落实宪法宣誓制度 (failed before), two
  paraphrases and a must-not (任命 as the deed);
- a quotation mark closes a term (``retrieval.locatives``): 「在“常务会议”上学法」 has no 上学
  (柳塘乡 保障适龄儿童上学), a paraphrase and a must-not;
- 数字/数据 asked after 什么/具体 is the value, not the topic (``retrieval.asking_frames``),
  two compare paraphrases and a must-not (数字乡村 is a topic).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.asking_frames import without_frames
from retrieval.locatives import meeting_place
from tests.probe_kit import built, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_req34.jsonl"
REPORTS = DATA / "probe_reports_req34"


def test_req34_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [REPORTS],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    return built(tmp_path_factory, "req34", REPORTS)


def test_the_actors_description_is_light(app):
    concepts = {
        c.term: c for c in app.retriever.analyze("哪些地方新任命的干部进行了宪法宣誓").concepts
    }
    assert concepts["任命"].light and not concepts["宪法"].light
    other = app.retriever.analyze("依法治镇的领导班子由谁当组长").concepts
    assert not any(c.light for c in other if c.term == "依法治镇")


@pytest.mark.parametrize(
    ("question", "rewritten"),
    [
        ("哪些乡镇在“常务会议”上学法", "哪些乡镇在“常务会议”，学法"),
        ("在「党委会」中学习", "在「党委会」，学习"),
        ("哪些地方提到了“八五”中期评估", "哪些地方提到了“八五”中期评估"),
    ],
)
def test_a_quote_closes_the_place(question, rewritten):
    assert meeting_place(question) == rewritten


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("法治讲座各是什么数字", "法治讲座各是"),
        ("法治讲座的具体数据是多少", "法治讲座的"),
        ("行政复议的数量分别是多少", "行政复议的"),
        ("推进了数字乡村建设", "推进了数字乡村建设"),
        ("哪些地方建了数据共享平台", "哪些地方建了数据共享平台"),
    ],
)
def test_a_value_asked_is_no_topic(text, kept):
    assert without_frames(text).replace(" ", "").startswith(kept)
    assert ("数" in kept) == ("数" in without_frames(text))
