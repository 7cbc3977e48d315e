"""Round which33: a drive's title, the head's duty formula, and a quote cut by an ellipsis.

``probes_which33.jsonl`` asks over four invented reports (``tests/data/probe_reports_which33``):

- a place right after a drive's value word (法治明州建设) is the drive's title, not the scope
  (``retrieval.campaign_names``): 白沙镇 of the county-level city 岚溪市 writes it, 江北区 of
  明州市 does not; two paraphrases and a must-not (平安明州, written nowhere);
- the head's duty 「亲自部署、亲自过问、亲自协调、亲自督办」 is one formula
  (``retrieval.parallel_formulas``), 主要领导 ~ 主要负责人 (``retrieval.office_titles``):
  two paraphrases, 红石街道's 主要领导亲自抓 is no answer, and a must-not (another topic);
- an ellipsis in a quote (「“邀请…教授”」) leaves out the words between its parts
  (``retrieval.quoted_terms.elided_parts``): two paraphrases and a must-not (the parts in
  two different sentences).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.campaign_names import in_campaign_title, is_drive_title
from retrieval.parallel_formulas import formulas_in
from retrieval.quoted_terms import elided_parts
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_which33.jsonl"


def test_which33_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_which33"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("question", "place", "title"),
    [
        ("哪些地方提到了法治宁波建设", "宁波", True),
        ("推进平安浙江建设的有哪些", "浙江", True),
        ("宁波的报告里哪些提到了法律顾问", "宁波", False),
        ("哪些地方学习了宁波的经验", "宁波", False),
    ],
)
def test_a_place_after_a_value_word_is_a_title(question, place, title):
    assert in_campaign_title(question, question.find(place)) is title


def test_titles_and_fields():
    assert is_drive_title("法治宁波建设")
    assert not is_drive_title("法治宁波")


def test_the_duty_is_one_formula():
    ((_, _, c),) = formulas_in("主要领导对法治建设亲自部署、亲自过问")
    assert c.required and c.alternatives[:2] == ("亲自部署", "亲自过问")
    assert "亲自督办" in c.alternatives
    assert not formulas_in("形成主要领导亲自抓、分管领导具体抓的格局")


@pytest.mark.parametrize(
    ("quoted", "parts"),
    [
        (("邀请…专家",), ("邀请", "专家")),
        (("邀请……教授",), ("邀请", "教授")),
        (("将...纳入考核",), ("纳入考核",)),
        (("六大抓手",), ("六大抓手",)),
    ],
)
def test_an_ellipsis_leaves_words_out(quoted, parts):
    assert elided_parts(quoted) == parts
