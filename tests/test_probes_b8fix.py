"""Round b8fix (stop 82): whose duty it is never says which duty.

``probes_b8fix.jsonl`` asks over three invented reports (``tests/data/probe_reports_b8fix``):
松岗镇 writes 《…党政主要负责人履行推进法治建设第一责任人职责清单》, 石门街道 《…党政一把手履行法治建设
第一责任人职责清单》, and 杨柳乡, in a sentence that also names 法治建设, 《…党政主要负责人安全生产
第一责任人职责清单》. The role before 职责 (第一责任人) names who holds the duty, the field before the
role which duty it is (``retrieval.duty_roles``): dr1 dr1b dr1c ask the 法治 duty list in three
wordings (松岗镇, 石门街道, never 杨柳乡); dr1n asks the 安全生产 one (杨柳乡 only).

Figures: main (30d05d80) which 0.25 (dr1 dr1b dr1c empty: the role was read as another kind of
职责); branch 1.00. blind8 para2 p803 0 → 0.67 (巴楚县; 焉耆县 still lacks the first turn's 学法).
Review rev_b8fix: ``probes_rev_b8fix.jsonl`` over ``tests/data/probe_reports_rev_b8fix`` (seven
invented reports). The field read as one word before the role missed 法治乡村建设 (乡村) and let
生态环境保护 (a noun+verb "deed" to ``other_kind``) and 河长制 (cut 河|长|制, so no field at all)
pass as the 法治 duty, naming 金溪镇 and 柳林乡 for rb1 rb1b rb1c. Now the asked field standing just
before the role confirms it (``held_for``), the word there is read as a noun (``other_kind(noun=)``),
and a role with no field read reads as on main. Figures: main (30d05d80) which 0.75 (rb1* miss
龙泉镇 沙河镇), b8fix (dab6aa5b) 0.79 (rb1* name 金溪镇 柳林乡), rev_b8fix 1.00.
Known and left (main and branch alike): 「一把手履行法治职责的清单，哪些乡镇有」 names 白河镇 from its
「…职责清单尚未制定」 (the question's 主要负责人 履行 法治 carry it); 「法治职责清单」 written together
parses with no modifier on 职责, so 「主要领导法治职责清单」 also names 青山乡 (党风廉政建设); the
tagger tags 一把手 m (a numeral), so no word is attached before 职责 and 「安全生产一把手职责清单」 in a
sentence naming 法治 still reads as the 法治 list (``holds_duty`` never sees 一把手).
Known and left: 「主要负责人法治职责清单」 with 法治职责清单 written together gives 职责 no modifier
(``compounds.modifiers`` takes the last head only) and also lists 杨柳乡, on main and branch alike.
"""

from __future__ import annotations

from pathlib import Path

import jieba.posseg as pseg
import pytest

from retrieval.compounds import other_kind
from retrieval.duty_roles import field_of_role, held_for, holds_duty
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_b8fix.jsonl"
REVIEW = DATA / "probes_rev_b8fix.jsonl"


def test_b8fix_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_b8fix"],
        PROBES,
        ["--min-f1", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


def test_rev_b8fix_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_rev_b8fix"],
        REVIEW,
        ["--min-f1", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


def _tagged(text: str) -> list[tuple[str, str]]:
    return [(w.word, w.flag) for w in pseg.cut(text)]


@pytest.mark.parametrize(
    ("role", "needle", "holds"),
    [
        ("第一责任人", "职责", True),
        ("党政主要负责人", "责任", True),
        ("主要领导", "职权", True),
        ("河长", "职责", False),  # a role naming its own field
        ("第一责任人", "清单", False),  # no duty
        ("科技", "职责", False),  # no role
    ],
)
def test_holds_duty(role, needle, holds):
    assert holds_duty(role, needle) is holds


@pytest.mark.parametrize(
    ("text", "role", "field"),
    [
        ("履行推进法治建设第一责任人职责", "第一责任人", "法治"),
        ("落实安全生产第一责任人职责", "第一责任人", "生产"),
        ("《第一责任人职责清单》", "第一责任人", ""),
    ],
)
def test_field_of_role(text, role, field):
    at = text.find(role)
    assert field_of_role(_tagged, text, at, at + len(role)) == field


@pytest.mark.parametrize(
    ("text", "role", "held"),
    [
        ("履行推进法治建设第一责任人职责", "第一责任人", True),
        ("《沙河镇法治乡村建设第一责任人职责清单》", "第一责任人", True),
        ("落实安全生产第一责任人职责", "第一责任人", False),
        ("法治宣传《安全生产第一责任人职责清单》", "第一责任人", False),  # a title opens a name
        ("法治建设，落实安全生产第一责任人职责", "第一责任人", False),  # another clause
        ("全面落实生态环境保护第一责任人职责", "第一责任人", False),
    ],
)
def test_held_for(text, role, held):
    assert held_for(text, text.find(role), "法治") is held


@pytest.mark.parametrize(
    ("found", "noun", "other"),
    [("环境保护", True, True), ("环境保护", False, False), ("法治乡村", True, False)],
)
def test_role_field_is_a_noun(found, noun, other):
    # 环境保护|第一责任人 is the environment's duty; read as a deed (环境|保护) it named no kind
    assert other_kind(found, "法治", (), tagged=_tagged, noun=noun) is other
