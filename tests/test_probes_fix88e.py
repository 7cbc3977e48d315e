"""Round fix88e: the asker's gloss and examples are not required terms (blind46 h88_03,
h88_22, h88_25, h88_05).

``probes_fix88e.jsonl`` asks over three invented reports (``tests/data/probe_reports_fix88e``):

- 「<description>，就是(那种)“X”」: the quoted name is the need, the description goes
  (ng1 ng2); a quoted name with no naming lead keeps deciding (ngn).
- 某个/某类 + a kind names no text, and 「比如A、B这种」 closes its list with 这种 (ex1 ex2);
  a plain question is unchanged (exn).
- 办事 before a modal or 时 is the setting (bs1 bs2); 群众办事 stays (bsn).
- 「A语B语两种语言」 is AB双语 (lp1 lp2), and never another pair (lpn).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.asking_frames import without_frames
from retrieval.glosses import find_gloss
from retrieval.language_pairs import paired_languages
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_fix88e_probes(tmp_path, monkeypatch, capsys):
    # int88 (b44ec03e): which 0.60; branch 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fix88e"],
        DATA / "probes_fix88e.jsonl",
        ["--min-f1", "0.95"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("哪些镇在村里挑懂法的人带头，就是那种“法律明白人”？", "法律明白人"),
        ("哪些地方请律师给政府把关，也就是所谓“法律顾问”", "法律顾问"),
        ("哪些地方搞了会前学法，即“常务会学法”？", "常务会学法"),
    ],
)
def test_a_quoted_name_after_a_naming_lead_is_a_gloss(question, name):
    gloss = find_gloss(question)
    assert gloss is not None and gloss.parts == (name,) and not gloss.any_of


@pytest.mark.parametrize(
    "question",
    [
        "哪些地方开展了普法，包括“宪法宣传周”？",  # a part, no name
        "哪些地方培养了“法律明白人”？",
    ],
)
def test_no_naming_lead_no_name_gloss(question):
    gloss = find_gloss(question)
    assert gloss is None or len(gloss.parts) != 1


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("哪些地方办事可以不用开证明", "办事", "开证明"),
        ("哪些镇办事时不需要交材料", "办事", "交材料"),
        ("调解室管某个行业的纠纷", "行业", "纠纷"),
        ("评上什么级别的示范村", "级别", "示范村"),
        ("哪些地方群众办事最多跑一次", "", "群众办事"),  # the report's own phrase
        ("哪些街道办事处可以办理", "", "办事处"),
        ("哪些行业协会参与了调解", "", "行业协会"),  # no 某: a named kind
    ],
)
def test_setting_and_kind_words(text, gone, kept):
    out = without_frames(text)
    assert len(out) == len(text) and kept in out
    assert not gone or gone not in out


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("哪些地方拿蒙语汉语两种语言给群众普法？", "“蒙汉双语”"),
        ("哪些地方用藏语和汉语两种话宣讲", "“藏汉双语”"),
        ("苗语汉语双语宣讲", "“苗汉双语”"),
    ],
)
def test_a_counted_pair_is_bilingual(question, pair):
    assert pair in paired_languages(question)


def test_two_languages_with_no_pair_is_unchanged():
    q = "哪些地方用两种语言普法？"
    assert paired_languages(q) == q
