"""Round meta29 (issue 15 items 4–5): pages that hide their unit, and questions about the library.

``probes_meta29/`` (invented texts over real places) holds untitled reports whose subject comes
after framing clauses written with a comma after the year (「2024年，是…之年，是…之年。一年来，
在…领导下，丽江市…」, 「2023年度，正值…」); a prefecture known by its party committee's
document (《2024年中共丽江市委…》) and 「各县（区）」; streets of a national new area that speak
of their superior only as the bare 新区 (「配合新区完成」「新区党工委、管委会」), whose division-list
county is never guessed — and the must-nots: a framing followed by 我市 (unknown, never the 自治区
of the framing), a street whose report names 区委 and mentions a 开发区 project, and one under a
development zone merged with its district (「经开区工委（管委会）」): their listed county is kept.

``probes_meta29.jsonl`` asks over ``probe_reports_meta29`` (丽江市, 古城区, 荔波县, 大竹林街道,
悦来街道): years with a verb of covering (「讲的是哪一年的工作」), levels said as ranks
(「地级市」「县级」), which of two is higher or lower, the parent of each (「上级分别是谁」「是同一
个区的吗」), the issuer (「分别是谁发布的」); the must-nots are content questions worded alike
(「接受了上级督查」「谁发布了行政执法公示」). Held at 1.0.
"""

from __future__ import annotations

from pathlib import Path

from answering.meta_asks import AUTHOR, HIGHER, SAME_PARENT, spoken_levels
from cli.main import main
from ingest.clean import clean_text
from ingest.meta_eval import evaluate
from ingest.metadata import extract
from reportqa.answer import Kind
from tests.probe_kit import asked, ingest_and_eval

DATA = Path(__file__).parent / "data"
PAGES = DATA / "probes_meta29"
PROBES = DATA / "probes_meta29.jsonl"
FLOORS = ["--min-f1", "1.0", "--min-facts", "1.0", "--min-compare", "1.0", "--min-none", "1.0"]


def test_every_meta29_page_reads_right():
    score = evaluate(PAGES / "meta_gold.jsonl", PAGES)
    assert len(score.rows) >= 7
    assert score.accuracy("all") == 1.0, [r.source for r in score.misses()]
    assert main(["eval-metadata", str(PAGES / "meta_gold.jsonl"), "--min", "all=1.0"]) == 0


def test_the_subject_after_a_year_framed_with_a_comma():
    got = extract(clean_text((PAGES / "f01_prefecture_year_comma_framing.txt").read_text()), "x")
    assert (got.unit, got.level) == ("丽江市", "地市")
    none = extract(clean_text((PAGES / "f03_not_framing_only_self_word.txt").read_text()), "x")
    assert none.unit == ""  # 我市: never the 自治区 the framing names


def test_question_shapes():
    assert spoken_levels("丽江市和荔波县哪个是地级市") == "丽江市和荔波县哪个是市级"
    assert spoken_levels("哪个是县级市") == "哪个是县级市"  # the 区县 cities (fu76, meta_select)
    assert HIGHER.search("A和B哪个级别高") and HIGHER.search("A跟B谁的级别更低")
    assert not HIGHER.search("提高干部法治素养的级别培训")
    assert AUTHOR.search("A和B的报告分别是谁发布的") and AUTHOR.search("报告是哪个单位发的")
    assert not AUTHOR.search("发布了哪些规范性文件")
    assert SAME_PARENT.search("A和B是同一个区的吗") and SAME_PARENT.search("A和B都是渝北区的吗")
    assert not SAME_PARENT.search("A和B都开展了普法吗")


def test_library_questions(tmp_path, monkeypatch, capsys):
    lib = tmp_path / "d"
    result = ingest_and_eval(
        monkeypatch, capsys, lib, [DATA / "probe_reports_meta29"], PROBES, FLOORS
    )
    assert result["overall"]["errors"] == 0
    answers = {item["id"]: ans for item, ans in asked(lib, PROBES)}
    same = answers["p1b"]
    assert same.kind == Kind.COMPARE and same.answer.startswith("是，都属于渝北区")
    assert answers["l2a"].townships == ("丽江市",)
    assert answers["l2b"].townships == ("大竹林街道",)
    assert "古城区" not in answers["l1a"].townships
