"""Round cuts22: words the question analyzer cut or kept wrongly, by how they are built.

``probes_cuts22.jsonl`` asks over four invented reports of 临河县
(``tests/data/probe_reports_cuts22``): 东岭镇 (普法快闪, 下村普法, 村规民约, 行政执法案卷评查),
西岭镇 (宪法誓词, 食品安全检查, 社区矫正对象无一人重新犯罪), 南坪乡 (权力事项, 积分管理, 带着执法
记录仪上岗) and the county 临河县 (各部门主要负责人现场述法).

- f1a–f1c: a one-character function word (the causative 让, the directional 去) is never a
  piece of an unknown word (县让, 去述法, 去查); f1x (must-not): a run of lone characters that
  is a word (快|闪) stays joined.
- l1a, l1b: a level character after 的 heads a word jieba left apart (乡|规): the topic, which
  no report writes, so the honest answer is none and names it — before, 乡规 vanished and 村
  alone listed 东岭镇; l1x (must-not): 镇 after 的 before a locative is where.
- a1a, a1b: an adverb of repetition (重新) or the first time (头一回) is never required; a1x
  (must-not): 重新犯罪 is one word and stays.
- m1a, m1b: V着X (开着车), an adverb of frequency tagged an adjective (频繁), a reduplicated
  measure (一项项) are manner; m1x, m2x (must-not): a longer object after V着 (执法记录仪) and
  积分管理 (积分 tagged an adverbial adjective) stay.
- d1a: a verb with a directional complement (聚起来) is a predicate, soft.
- The follow-ups: a pointer back plus a level above the township after an answer that listed
  nobody asks the last question over that level and says so; a plural pointer right before
  the asking word (「这几个哪个是镇」) picks among the last answer's units.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from answering.followup import Turn, resolve
from library.compose import build
from reportqa.errors import QuestionError
from reportqa.settings import Settings
from retrieval.asking_frames import asking_word, without_frames
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_cuts22.jsonl"


def test_cut_words_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_cuts22"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert len(result["questions"]) == 18
    service = build(Settings(data_dir=tmp_path / "d")).service
    for line in PROBES.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        ans = service.ask(item["question"])
        assert sorted(ans.townships) == sorted(item["townships"]), item["id"]
    for q in ("哪个镇帮着村里修订过村民自己定的乡规？", "哪些地方指导村里完善过大伙定的乡规？"):
        assert list(service.ask(q).unsaid) == ["乡规"], q  # named, never searched as 村
    # an empty answer, then a pointer back with a level above the township
    empty = service.ask("哪个镇帮着村里修订过村民自己定的乡规？")
    turn = Turn(empty.question, empty.resolved_question, empty.townships)
    follow = service.ask("这里头哪个是区县一级的？", [turn])
    assert follow.resolved_question.startswith("区县的报告里")
    assert "上一个回答没有列出单位" in follow.resolution_note


@pytest.mark.parametrize(
    ("word", "asking"),
    [
        ("开着车", True),
        ("举着手", True),
        ("重新", True),
        ("频繁", True),
        ("头一回", True),
        ("三天两头", True),
        ("重新犯罪", False),  # a word of the reports
        ("两学一做", False),  # a coded name counts nothing
        ("执法记录仪", False),
        ("下乡", False),
    ],
)
def test_asking_words_by_build(word, asking):
    assert asking_word(word) is asking


def test_frames_on_the_text():
    assert without_frames("一条条列成单子").strip() == "列成单子"
    assert without_frames("一块儿去查") == "一块儿 查"
    for kept in ("去年组织学法", "过去三年", "出台一条条例", "帮一个个体工商户", "去世"):
        assert without_frames(kept) == kept, kept


PREV = "哪些地方帮村民打赢了官司？"
UNITS = ["甲镇", "乙乡", "丙县"]


@pytest.mark.parametrize(
    "follow", ["这里头哪个是区县一级的？", "这里面哪些是县里的？", "这几个哪个是县一级的"]
)
def test_a_level_above_after_an_empty_answer_asks_the_last_question_there(follow):
    got = resolve(follow, [Turn(PREV)], UNITS)
    assert got.question == "区县的报告里，哪些地方帮村民打赢了官司"
    assert "上一个回答没有列出单位" in got.note


def test_a_plural_pointer_before_the_asking_word_picks_among_the_last_units():
    got = resolve("这几个哪个是镇？", [Turn(PREV, townships=("甲镇", "丙县"))], UNITS)
    assert got.scope == ("甲镇", "丙县")
    after_empty = resolve("这几个哪个是镇？", [Turn(PREV)], UNITS)
    assert after_empty.question.startswith("镇的报告里")
    # must-not: a pointer with a topic of its own is a question of its own, and a ranking
    # after an empty answer has nothing to rank
    own = resolve("这几个地方有没有搞过普法", [Turn(PREV)], UNITS)
    assert own.question == "这几个地方有没有搞过普法"
    with pytest.raises(QuestionError):
        resolve("这里头哪个最多？", [Turn(PREV)], UNITS)
