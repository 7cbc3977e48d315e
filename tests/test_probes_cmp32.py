"""Round cmp32: compare cells on reports nobody tuned for (issue 15).

``probes_cmp32.jsonl`` asks over three invented reports (``tests/data/probe_reports_cmp32``).
松溪镇 invites a judge who 专题授课, counts 党委会专题学法6次 under a heading naming its
干部学法培训计划, and 专题学习法律法规9次; 梅岭街道 has an expert give a 专题辅导, counts
中心组学法4次 and 集体学法5次 under 领导干部学法计划持续深化, and plans 12次 under
「三、下一步工作计划」; 石门乡 (the must-not unit) gives no lecture but a 讲授专题党课 and writes
no study at all.

Classes, each with two paraphrases and a must-not:

- L: 讲法治课/上法治课 is 讲课 split around its subject; a report writes the lesson by its act
  (授课, 讲座, 辅导: ``lesson_acts``); 讲授党课 is no law lesson;
- P: a heading naming a thing called 计划 (培训计划, 学法计划) tells deeds; 工作计划/年度计划 and
  下一步 make a plan section (``extractive._PLAN_SECTION``);
- J: 集中学习/集体学习 are written 专题学习, 集中学法, 集体学法 (``colloquial.txt``);
- W: a what/how cell (no count asked) holds the topic's most specific word before a count on
  another deed (``extractive.Quoter._held``: 松溪镇's 法律进校园 over 法治专题讲座2次), and the
  practice's rarest word is read over the whole library, not the two reports compared
  (``compare.answer``: 校园 of 校园法治教育, not 教育); 石门乡 names no school;
- D: asked what a unit issued (制定/印发), a title after an issuing verb beats one it only
  follows (对标《…》), and the usual year's document may be named without title marks
  (「印发年度法治政府建设工作要点」, ``doc_title._BARE``); 石门乡 names no document.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.extractive import _PLAN_SECTION
from answering.lesson_acts import LESSON_ACTS, with_lesson_acts
from reportqa.answer import Kind
from retrieval.concept import Concept
from retrieval.query import Analysis
from tests.probe_kit import compare_cells, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_cmp32.jsonl"


def test_cmp32_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_cmp32"],
        PROBES,
        ["--min-compare", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    cells = compare_cells(tmp_path / "d", PROBES)
    for probe in ("w1a", "w1b"):
        assert "法律进校园" in cells[probe]["松溪镇"], cells[probe]
    for probe in ("d2a", "d2b"):
        assert "工作要点" in cells[probe]["松溪镇"] and "对标" not in cells[probe]["松溪镇"]
    for probe in ("l1x", "j1x", "w1x", "d2x"):
        assert cells[probe]["石门乡"] == "未提及", cells[probe]
    for probe in ("p1a", "p1b", "p1x"):
        assert "4次" in cells[probe]["梅岭街道"] and "12次" not in cells[probe]["梅岭街道"]


def _analysis(question: str, *terms: str) -> Analysis:
    concepts = tuple(Concept(t, (t,), True) for t in terms)
    return Analysis(question=question, kind=Kind.COMPARE, concepts=concepts)


@pytest.mark.parametrize(
    ("question", "widened"),
    [
        ("甲镇和乙镇分别请了谁来讲法治课？", True),
        ("甲镇、乙镇各邀请了什么人给干部上法治课", True),
        ("甲镇和乙镇的法治课各有什么特色", False),  # no 讲/上: the lesson as a thing
    ],
)
def test_a_lesson_spoken_around_its_verb_takes_the_acts(question, widened):
    out = with_lesson_acts(_analysis(question, "法治课"))
    assert (set(LESSON_ACTS) <= set(out.concepts[0].alternatives)) is widened


@pytest.mark.parametrize(
    ("section", "plan"),
    [
        ("三、下一步工作计划", True),
        ("八、2020年法治政府建设工作计划", True),
        ("四、2024年工作打算", True),
        ("一、坚持高位引领 > （三）干部依法行政培训计划走深走实", False),
        ("（二）实施“万千百十”计划", False),
    ],
)
def test_plan_section_is_the_works_plan_not_a_thing_named_plan(section, plan):
    assert bool(_PLAN_SECTION.search(section)) is plan
