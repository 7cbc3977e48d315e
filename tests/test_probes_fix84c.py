"""Round fix84c: how users word a question that reports write otherwise (blind43's misses).

``probes_fix84c.jsonl`` asks over three invented reports (``tests/data/probe_reports_fix84c``):

- 查下/看下 is 查一下 said short (``retrieval.asker_words``); 随身带的 says how a device is carried
  (``retrieval.asking_frames``); reports name 执法人员 by their body (为执法中队配备, synonyms);
- 当官的/官员 is the 负责人 of 行政机关负责人出庭应诉 (register);
- 轻微违规 is 轻微违法, 不罚款 is also 免予处罚, 第一次 beside a wrong is 首违 (register,
  ``retrieval.first_ordinals``);
- 原计划…实际完成 asks the two figures of a target/result pair (``retrieval.asking_frames``);
- 收了多少件: 件 is the count's measure word, never the 件 of 收件 (``question_scope``);
- 调解纠纷 is written 调处…矛盾纠纷 or 矛盾纠纷化解 (synonyms).

Two must-nots still fail on main and branch alike and are left out of the floors: p3x (a report's
从重处罚…违法行为 answers 「轻微违规从重处罚」 as it answers 「轻微违法从重处罚」: the evidence judge
drops the modifier 轻微) and p6x (a 调处 sentence naming no 工作法 answers 「用的啥工作法」).
p1a/p1b (白沙乡's 配备 only a plan, 下一步…将为…配备) pass since stop 86's fix86e: V了 asks a deed done.
"""

from __future__ import annotations

from pathlib import Path

from retrieval.asker_words import without_asker
from retrieval.asking_frames import without_frames
from retrieval.first_ordinals import first_spellings
from retrieval.question_scope import join_separable
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_fix84c.jsonl"
KNOWN_FAILING = {"p3x", "p6x"}


def test_fix84c_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_fix84c"],
        PROBES,
        ["--min-facts", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])
    missed = {q["id"] for q in result["questions"] if q["miss"]}
    assert missed <= KNOWN_FAILING, sorted(missed - KNOWN_FAILING)


def test_short_asking_verb_leaves_the_need():
    assert without_asker("麻烦查下哪些地方配了执法记录仪") == "哪些地方配了执法记录仪"
    assert without_asker("帮我看下哪些地方配了执法记录仪") == "哪些地方配了执法记录仪"


def test_carrying_and_target_words_are_frames():
    assert "随身" not in without_frames("给执法人员配了随身带的录像设备")
    blanked = without_frames("普法原计划多少场，实际完成了多少场")
    assert "原" not in blanked and "实际" not in blanked and "完成" in blanked
    # 实际 before a noun (实际情况) and 原 of another word (原则) stay
    assert "实际情况" in without_frames("结合实际情况开展普法")
    assert "原则" in without_frames("按原则办事")


def test_first_time_is_first_violation_only_beside_a_wrong(analyzer):
    def spellings(q):
        return {a for c in analyzer.analyze(q, []).concepts for a in c.alternatives}

    assert "首违" in spellings("第一次轻微违规不罚款的做法，哪些地方在搞")
    # 首次 of a deed is no first offence: 「公布首违不罚事项清单」 answers no 「首次公布」
    assert "首违" not in spellings("哪些地方第一次公布了事项清单")
    assert first_spellings("第一届") == ("首届",)


def test_a_measure_word_after_a_count_is_no_object(tok):
    assert join_separable("行政复议收了多少件", tok.is_word) == "行政复议收了多少件"
    assert join_separable("立了几宗案", tok.is_word) == "立案几宗"
