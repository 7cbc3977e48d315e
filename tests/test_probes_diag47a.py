"""Round diag47a: colloquial wording of a decision and of a post's holder in which-questions.

``probes_diag47a.jsonl`` asks over four invented reports (``tests/data/probe_reports_diag47a``):

- 「做决定」 is what a report writes 决策 (``retrieval/colloquial.txt``): 柳溪镇's 「重大事项决策前
  先听取法律顾问意见」 and 白沙镇's 「重大行政决策…经法律顾问合法性审查」 answer 「做决定会听法律
  顾问的」 (d1a d1b); 石桥乡's adviser serves citizens and decides nothing. Must-not: a named
  decision (行政处罚决定) keeps its own word — 柳溪镇's 集体决策 never answers it (d1n).
- 「书记当组长」 asks who holds the post (``retrieval.conditions``): a bare 书记 is the party
  secretary, so 「镇党委书记王某任组长」 and 「以党工委书记为组长」 count (r1a r1b), while 石桥乡's
  乡长任组长 and 白沙镇's 党委副书记任组长 do not. Must-not: 「乡长当组长」 lists 石桥乡 alone (r1n).
- 「X量」 is the count of the deed X (``retrieval.deed_amounts``): 「调解量对比一下」 compares
  调解矛盾纠纷26件 with 调处矛盾纠纷42件 (a1a), 「办案量比一比」 办理…案件7起 with 11件 (a1b).
  Must-not: 力量, 质量, 大量, 量化 ask no count (``test_deed_amount``).
- 「让人大来监督」「请人大来监督」 is 接受人大监督 said causatively (``retrieval.supervision``):
  柳溪镇 and 石桥乡 (s1a s1b), never 白沙镇's 人大代表建议 beside 群众监督; must-not: 「让群众来监督」
  lists 白沙镇 alone (s1n).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.conditions import role_asked
from retrieval.deed_amounts import amount_deed, asks_amount
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_diag47a.jsonl"


def test_diag47a_probes(tmp_path, monkeypatch, capsys):
    # main: which F1 0.56 (d1a d1b found nothing; r1a r1b listed 白沙镇 and 石桥乡 too),
    # compare 0.00 (a1a a1b: no cell), s1a s1b s1n listed 白沙镇 / the 人大 towns; branch 1.00 / 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_diag47a"],
        PROBES,
        ["--min-f1", "1.0", "--min-compare", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("哪些乡镇是书记当组长的", "书记"),
        ("领导小组由书记担任组长的有哪几个", "书记"),
        ("哪些乡镇是党委书记挂帅当组长的", "党委书记"),
        ("哪些乡镇是副书记当组长的", "副书记"),
        ("哪些村是支部书记当组长的", None),  # a branch's secretary: another post
        ("哪些乡镇的书记参加了法治培训", None),  # no post held
    ],
)
def test_bare_secretary_holds(question, who):
    role = role_asked(question)
    assert (role.who if role else None) == who


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("两个镇的办案量对比下", True),
        ("调解量哪个多", True),
        ("网上受理量有多少", True),
        ("哪些乡镇执法力量不足", False),  # staff, not an amount
        ("哪些乡镇的服务质量提高了", False),
        ("做了大量普法工作的有哪些", False),  # 大量 says "much"
        ("哪些乡镇推行量化考核", False),
    ],
)
def test_deed_amount(question, amount):
    assert asks_amount(question) is amount


def test_amount_deed_spellings():
    syn = {"办案": ("办理案件", "案件")}
    assert amount_deed(syn, "办案量") == ("办案", "办理案件", "案件")
    assert amount_deed(syn, "执法力量") == ()
    assert amount_deed(syn, "质量") == ()
