"""Lists of items and examples under one head, on wordings and reports made up here, end to end.

``probes_qa30.jsonl`` asks 12 questions over four invented reports
(``tests/data/probe_reports_qa30``: three towns and a street office of one county):

1. a list of parallel items under one head asks about any of them (「合同的起草、审核、备案这块」,
   「村规民约的修订、备案审查这些」); not 「既做了合同审核又做了合同备案」;
2. examples standing for a kind (「12345、便民热线这类热线」, 「智慧平台（比如网格通、浙政钉）」);
   not a question naming one thing (「开通了便民热线」);
3. a short form made of the initials of a phrase the library writes (法援 → 法律援助), never
   a word the library uses itself (法规 is no 法律规定);
4. the campaign against fraud spelled as a product of its verb and its object (防电诈, 预防
   电信网络诈骗).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from library.compose import build
from reportqa.settings import Settings
from reportqa.units import UnitIndex
from retrieval.abbreviations import abbreviations_in
from retrieval.item_lists import item_lists
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_probes_meet_their_floors(tmp_path, monkeypatch, capsys):
    # before this round: which F1 0.63, facts 1.00 (a1c, e2a, e2b, a1d, i3b missed)
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_qa30"],
        DATA / "probes_qa30.jsonl",
        "--min-f1 1.0 --min-facts 1.0".split(),
    )
    assert len(result["questions"]) == 12
    # 3. short forms read from this library's own phrases
    r = build(Settings()).retriever
    r.lib.refresh()
    read = {w: r.initials.phrase_of(w, r.lib.lexical, r.simple) for w in ("法援", "法规", "法治")}
    assert read == {"法援": "法律援助", "法规": None, "法治": None}


def _read(analyzer, question: str) -> list[tuple[str, tuple[str, ...]]]:
    a = analyzer.analyze(question, [], (UnitIndex(()),) * 2)
    return [(c.term, c.alternatives) for c in a.concepts if c.required]


# ---- 1. items under one head ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "term", "spelled", "head"),
    [
        # the head before 的 stays a need; a two-character item only with it
        ("执法案卷的评查、归档这一块，哪些乡镇写了", "评查/归档", "案卷评查", "案卷"),
        ("档案的整理、数字化等方面做得好的镇", "整理/数字化", "数字化", "档案"),
        ("反电诈或者防骗这类宣传哪些镇搞过", "反电诈/防骗", "预防电信网络诈骗", "宣传"),
        ("哪些街道搞了电子证照、掌上办这类事项", "电子证照/掌上办", "掌上办", ""),
        # a lone verb after 在 is no part of the item; a shared head may be left out
        (
            "哪些镇在抓安全生产清单、应急处置事项清单的",
            "安全生产清单/应急处置事项清单",
            "应急处置事项",
            "",
        ),
        # the kind word ends the list before a 跟 that joins something else
        ("把法治课、道德课这些跟网格管理放一起讲的镇", "法治课/道德课", "道德课", "网格管理"),
    ],
)
def test_items_under_one_head_are_one_need(analyzer, question, term, spelled, head):
    read = dict(_read(analyzer, question))
    assert spelled in read[term]
    assert not head or any(head in t for t in read if t != term)


@pytest.mark.parametrize(
    "question",
    [
        "哪些乡镇既开展了合同审核又开展了合同备案",  # 既…又…: both
        "合同审核、合同备案都做了的乡镇",  # 都: every item
        "哪些乡镇同时开展了合同审核、合同备案",
        "甲镇、乙镇这些镇有没有法律顾问",  # units are scope, never examples
        "行政复议、行政诉讼的案件各有多少",  # each item asked apart
        "哪些乡镇的书记、镇长带头学了法",  # the head before 的 is the scope
    ],
)
def test_a_list_asked_at_once_is_no_choice(tok, question):
    names = ["甲镇", "乙镇"]
    assert item_lists(question, tok.tagged, lambda w: (w,), names) == []


# ---- 2. examples of a kind --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "term", "examples"),
    [
        ("12345、便民热线这类热线，哪些乡镇写到了", "12345/便民热线", ("12345", "热线")),
        ("哪些乡镇用上了智慧平台（比如网格通、浙政钉）", "智慧平台/网格通/浙政钉", ("网格通",)),
        ("有没有哪家把人工智能（像大模型）用到审批上的", "人工智能/大模型", ("大模型",)),
    ],
)
def test_examples_stand_for_their_kind(analyzer, question, term, examples):
    read = dict(_read(analyzer, question))
    assert all(e in read[term] for e in examples)
    # the kind word (热线) is no need of its own beside its examples
    assert not any(t == "热线" for t in read)


def test_examples_after_a_clause_stand_for_the_clause(analyzer):
    """「打市民热线反映的事，像12345、民生热线这种」: the examples follow a clause, not a kind word, so
    they stand for the clause (round which31, ``retrieval.clause_examples``): one concept of the
    examples in their own characters, its clause kept beside it."""
    a = analyzer.analyze(
        "打市民热线反映的事，像12345、民生热线这种，谁处理得多", [], (UnitIndex(()),) * 2
    )
    examples = next(c for c in a.concepts if c.term == "12345/民生热线")
    assert {"12345", "民生热线"} <= set(examples.alternatives)
    assert "市民热线" in examples.examples_of


@pytest.mark.parametrize(
    ("question", "example", "kind"),
    [
        ("哪些乡镇被评上过文明单位之类的称号", "文明单位", "称号"),
        ("哪些镇办过道德讲堂这种活动", "道德讲堂", "活动"),
        ("哪些街道建了法治书屋这类阵地", "法治书屋", "阵地"),
        ("哪些街道搞了电子证照、掌上办这类便民服务", "电子证照/掌上办", "便民服务"),
    ],
)
def test_one_example_of_a_kind(analyzer, question, example, kind):
    a = analyzer.analyze(question, [], (UnitIndex(()),) * 2)
    read = {c.term: c for c in a.concepts}
    assert read[example].required
    assert kind not in read or not read[kind].required  # the kind need not be said


@pytest.mark.parametrize(
    "question",
    ["哪些乡镇开通了便民热线", "哪些乡镇开展了宪法和民法典宣传", "开展了普法并且聘请了法律顾问的"],
)
def test_no_marked_list_is_left_to_the_words(tok, question):
    # one thing, a bare 「A和B」 (``merge_alternatives``), two asks joined by 并且
    assert item_lists(question, tok.tagged, lambda w: (w,), []) == []


# ---- 4. the campaign's spellings --------------------------------------------------------------
@pytest.mark.parametrize("said", ["防电诈", "预防电信网络诈骗", "反网络诈骗", "防范电诈"])
def test_fraud_campaign_spellings(said):
    (found,) = abbreviations_in(f"哪些镇开展了{said}宣传")
    assert found[2] == said and "反诈" in found[3]


def test_fraud_itself_is_no_campaign():
    assert abbreviations_in("审结电信诈骗案件") == []
