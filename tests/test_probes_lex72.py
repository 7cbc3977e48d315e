"""Round lex72: a term the report writes verbatim is found whatever the word segmenter does.

``probes_lex72.jsonl`` asks over three invented reports (``tests/data/probe_reports_lex72``):
a name jieba cuts into lone characters (碧道, the typhoon 天鸽: ``retrieval.lone_runs``), each
asked plainly, as a follow-up and reworded; 「X在哪几份里面出现了」 (份 stands for 报告:
``retrieval.question_scope``); a line named inside a list sharing one suffix (7、9号线:
``retrieval.shared_suffixes``); the request 比比 closing a comparison (``asker_words``) and the
amount's 量 (网上办件量: ``retrieval.amount_tails``). Must-nots: 19号线 and 一、二期 are no
line 1, 碧水 is no 碧道, a unit that says nothing of online services or of its air stays
unanswered, and (review72) 空气差/水质差 keep their adjective: a lone adjective before 的 is
the condition asked (空气差的天数 is no 优良天数), so it is never dropped.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.amount_tails import without_amount_tail
from retrieval.lone_runs import CLOSE, OPEN, lone_runs, unmarked
from retrieval.shared_suffixes import _listed
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_lex72.jsonl"


def test_lex72_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_lex72"],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0", "--min-compare", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


def _tagged():
    from reportqa.text import Tokenizer

    return Tokenizer().tagged


@pytest.mark.parametrize(
    ("question", "runs"),
    [
        ("哪些报告提到碧道？", ["碧道"]),
        ("那说了天鸽台风的呢", ["天鸽"]),
        ("哪些报告说了那块的事", []),  # 那|块: a pointer and a measure, the question's talk
        ("哪几份报告写了9号线", []),
        ("违法违纪案件一共立了多少宗案？", []),  # 宗 the measure after a count
        ("龙岗那边覆盖了多少条河", []),
        ("郑东新区大一窗通办整合了多少个部门", []),  # 区 closes a place's name
        ("有没有解释河长制的", ["河长制"]),  # 河|长|制: jieba left the system apart
    ],
)
def test_lone_runs_are_name_characters_only(question, runs):
    assert lone_runs(question, _tagged()) == runs


@pytest.mark.parametrize(
    ("number", "text", "found"),
    [
        ("14", "推动地铁14、16号线正式动工", ["14、16号线"]),
        ("14", "加快推进轨道10、14、16号线建设", ["14、16号线"]),
        ("4", "推动地铁14、16号线正式动工", []),  # the 4 of 14 names no line 4
        ("6", "地铁16号线开通", []),
        ("一", "污水处理厂一、二期工程完工", ["一、二期"]),
    ],
)
def test_a_listed_number_shares_the_suffix(number, text, found):
    suffix = "期" if not number.isdigit() else "号线"
    assert _listed(number, suffix).findall(text) == found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("网上办件量是多少", "网上办件是多少"),
        ("网上办件量", "网上办件"),
        ("工作量最大的", "工作量最大的"),  # 工作量 is one word of the dictionary
        ("量体温", "量体温"),  # 量 the verb opens its object
    ],
)
def test_a_lone_amount_tail_is_no_word_of_the_noun(text, kept):
    assert without_amount_tail(text, _tagged()).replace(" ", "") == kept


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("哪些报告说了天鸽台风", True),  # the name narrows its head: a condition
        ("天鸽和山竹台风哪些报告提了", False),  # review72: one member of a list
        ("哪些报告提了海绵城市和碧道", False),  # review72: the list's last member
        ("碧道、绿道建了多少公里", False),
    ],
)
def test_a_listed_lone_run_is_no_condition(question, must):
    from retrieval.analysis import Analysis
    from retrieval.concept import Concept

    run = "天鸽" if "天鸽" in question else "碧道"
    marked = question.replace(run, f"{OPEN}{run}{CLOSE}")
    named = (Concept(term=run, alternatives=(run,), required=True),)
    read = Analysis(question=marked, kind="which", concepts=named)
    assert unmarked(read, [run]).concepts[0].must is must


def test_a_unit_s_short_form_is_scope_no_name(tmp_path, monkeypatch, capsys):
    """「芦台开发区」 for 芦台经济开发区 (a real report, blind9 r12): 芦|台 are lone characters
    the report writes, but inside the unit's own name — scope, never a name every sentence
    must write (merge review, stop 72: the figure 650余本 was lost)."""
    rows = tmp_path / "q.jsonl"
    rows.write_text(
        '{"id": "u1", "question": "芦台开发区发了多少本习近平法治思想学习纲要", "kind": "fact", '
        '"expect_any": [["650"]], "note": "r12: 发放《习近平法治思想学习纲要》650余本"}\n'
        '{"id": "u2", "question": "芦台那边学习纲要发了几本", "kind": "fact", '
        '"expect_any": [["650"]], "note": "paraphrase"}\n',
        encoding="utf-8",
    )
    report = tmp_path / "lib" / "r12.txt"
    report.parent.mkdir()
    report.write_bytes((DATA / "blind9" / "web_real" / "r12.txt").read_bytes())
    result = ingest_and_eval(
        monkeypatch, capsys, tmp_path / "d", [report.parent], rows, ["--min-facts", "1.0"]
    )
    assert not any(q["error"] for q in result["questions"])
