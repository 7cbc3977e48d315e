"""``reportqa eval`` scores the names the user sees, on a library made up here.

The report's metadata (metadata.csv) names the wrong unit on purpose; the gold file names the
right one. Citing the right file must not turn the wrong name into a right answer.
"""

from __future__ import annotations

import json

import pytest

from answering.scoring import Gold
from cli.main import main

REPORT = """青松镇人民政府
关于2024年度法治政府建设情况的报告

2024年，青松镇扎实推进法治政府建设。
一、主要工作
镇司法所创新开展普法剧本杀活动3场，群众参与踊跃。
"""


@pytest.fixture
def wrongly_named(tmp_path, monkeypatch):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "q1.txt").write_text(REPORT, encoding="utf-8")
    (reports / "metadata.csv").write_text(
        "file,township,county,level,year\nq1.txt,城南县,城南县,乡镇,2024\n", encoding="utf-8"
    )
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "d"))
    assert main(["ingest", str(reports)]) == 0
    gold = tmp_path / "eval" / "meta_gold.jsonl"
    gold.parent.mkdir()
    gold.write_text(
        json.dumps({"source": "q1.txt", "unit": ["青松镇", "青鬆鎮"]}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    return gold.parent


def _eval(folder, rows, capsys) -> dict:
    questions = folder / "questions.jsonl"
    questions.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    capsys.readouterr()
    main(["eval", str(questions), "--json"])
    return json.loads(capsys.readouterr().out)


def test_a_wrong_unit_name_on_the_right_file_scores_as_wrong(wrongly_named, capsys):
    rows = [
        {
            "id": "a",
            "question": "哪些乡镇开展了普法剧本杀？",
            "kind": "which",
            "townships": ["青松镇"],
        },
        {
            "id": "b",
            "question": "城南县开展了几场普法剧本杀？",
            "kind": "fact",
            "township": "青松镇",
        },
    ]
    result = _eval(wrongly_named, rows, capsys)
    by_id = {q["id"]: q for q in result["questions"]}
    assert by_id["a"]["got"] == ["城南县"]
    assert by_id["a"]["f1"] == 0.0
    assert by_id["b"]["cited_ok"] is False


def test_aliases_and_script_still_count():
    gold = Gold({"青松镇": "青松镇", "青鬆鎮": "青松镇"}, {"q1.txt": "青松镇"})
    assert gold.canonical("青鬆鎮") == "青松镇"
    assert gold.canonical("城南县") == "城南县"
    assert gold.report_unit("q1.txt", "城南县") == "青松镇"


def test_expected_value_matches_the_quote_ingest_made_from_a_spaced_page():
    """A gold copied from the raw page (「 37 起」) meets the quote, which ingest read without
    the page's layout spaces; digits still have to be the same digits."""
    from answering.scoring import groups_found
    from ingest.clean import clean_text

    quote = clean_text("2023年全镇共调处各类矛盾纠纷 37 起，有力地维护了社会稳定")
    assert "37起" in quote
    assert groups_found(quote, [["37 起"], ["2023 年"]]) == [True, True]
    assert groups_found(clean_text("共调处矛盾纠纷 374 起"), [["37 起"]]) == [False]
    assert groups_found(quote, [["3 7起"]]) == [False]  # a space inside a number is not layout
    assert groups_found("共 2 份报告符合", [["2份"], ["2 份"], ["12份"]]) == [True, True, False]
