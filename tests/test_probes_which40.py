"""Round which40: a clarification after the question mark, 市县 as two rungs, a quoted
example in a list of a kind, 权责 spelled out, a Party plenary session as one name.

``probes_which40.jsonl`` asks over four invented reports (``tests/data/probe_reports_which40``:
临川市, its county 安平县 and two towns of it):

- a second sentence after the question mark that starts 就是/也就是说/比如说 explains the
  question (``retrieval.glosses``): it is the question's gloss or its examples, as after a
  comma, never words a report must write; three paraphrases, and a must-not (a second
  question, 「都是哪些」, is no gloss);
- 「哪些市县」 asks the city and the county rungs together (``retrieval.scope``, the word no topic:
  ``retrieval.township_level``): 临川市 and 安平县, not the town 柳溪镇 that says the same; two
  paraphrases, and a must-not (「哪些市」 alone is the city rung);
- 「“A”或者B这类Z」: a quoted name and an unquoted one before a kind word are two examples
  of the kind (``retrieval.item_lists``: a quoted item, and Z a verb's noun use, 改革, read
  as the kind): 安平县's “一网通办” and 石桥镇's 证照分离, not 临川市's 综合行政执法改革; two
  paraphrases, and a must-not (without the kind word 改革 is the need);
- 权责 contracts 权力 and 责任 (``retrieval/synonyms.txt``): 柳溪镇's 权力清单和责任清单 is its
  权责清单; two paraphrases, and a must-not (石桥镇's 安全生产责任清单, one list of another
  kind, answers only its own question);
- a plenary session of the Central Committee is one name (``retrieval.party_sessions``):
  「党的二十届三中全会」 is 临川市's meeting, not 安平县's 二十大 nor 柳溪镇's 十九届三中全会; two
  paraphrases, and a must-not (the other congress's session asked is 柳溪镇 alone).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.glosses import find_gloss
from retrieval.party_sessions import sessions_in
from retrieval.scope import levels_asked
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_which40.jsonl"


def test_which40_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_which40"],
        PROBES,
        ["--min-f1", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "哪几个地方是开会前先学法的？就是常务会、党委会之前学一学那种",
            ("常务会", "党委会之前学一学"),
        ),
        ("哪些地方请了法律顾问？比如参与决策、审核合同", ("参与决策", "审核合同")),
        ("有没有地方搞了会前学法？都是哪些", None),  # a second question, no gloss
        ("哪些地方搞了会前学法？", None),
    ],
)
def test_a_clarification_after_the_question_mark(question, parts):
    gloss = find_gloss(question)
    assert (gloss.parts if gloss else None) == parts


@pytest.mark.parametrize(
    ("question", "levels"),
    [
        ("有哪些市县在搞示范创建？", ("区县", "地市")),
        ("哪几个市县开展了示范创建", ("区县", "地市")),
        ("哪些市在搞示范创建？", ("地市",)),
    ],
)
def test_city_and_county_together(question, levels):
    assert levels_asked(question) == levels


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("学习党的二十届三中全会精神", ["二十届三中全会"]),
        ("传达十九届中央四中全会精神", ["十九届四中全会"]),
        ("学习党的二十大精神", []),  # the congress, no session
        # a list names each session of its congress (review41: left to the words, 「四中和五中
        # 全会」 also matched another congress's list)
        ("十九届二中、三中全会精神", ["十九届二中全会", "十九届三中全会"]),
    ],
)
def test_a_plenary_session_is_one_name(text, names):
    assert [name for *_, name, _s in sessions_in(text)] == names
