"""Round meta32: yes/no guesses about one report as a document (``answering.meta_yesno``).

``probes_meta32.jsonl`` asks over three invented reports (``tests/data/probe_reports_meta32``:
a town of 松川县, a street of 江屿区, the county 澄屿县): per guess (parent, year, kind) two
paraphrases answered 是/不是 from the metadata with the report cited, and a must-not whose
guess carries a deed (「是2023年聘请法律顾问的吗」), answered from the text. 0.3 at 3ee169b
(the must-nots only), 1.0 after.

Two more pages run their first sentence on to the portal's field line, closed by its tool bar
(「字体[ ]根据《…》」「字号【大 中 小】 打印 按照…」, ``ingest.page_chrome.report_run_on``): the
sentence is quoted without the furniture (at 3ee169b the quote opened 「发布时间:…访问量:…」), and
a field line with 打印 inside a sentence, or a tool bar with no report after it, is not cut.

A level word asking each report's year (「街道的报告分别是哪年的」 l1a/l1b) lists that level's
reports only; 「这些报告各是哪一年的」 (l1n) still lists every one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.meta_yesno import asks_yes_no
from cli.main import main
from ingest.page_chrome import report_run_on
from tests.probe_kit import asked, ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_meta32_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_meta32"],
        DATA / "probes_meta32.jsonl",
        ["--min-facts", "1.0", "--min-f1", "1.0", "--min-compare", "1.0"],
    )
    # 「街道的报告分别是哪年的」 names the street's reports alone (3ee169b: every report)
    assert all(q["f1"] == 1.0 for q in result["questions"] if q["id"].startswith("l"))
    chrome = ("发布时间", "访问量", "阅读次数", "字体", "字号", "打印")
    lines = (DATA / "probes_meta32.jsonl").read_text(encoding="utf-8").splitlines()
    chrome_rows = tmp_path / "chrome.jsonl"
    chrome_rows.write_text("\n".join(x for x in lines if '"id": "c' in x), encoding="utf-8")
    for _, answer in asked(tmp_path / "d", chrome_rows):
        assert answer.citations
        assert not [c.quote for c in answer.citations if any(w in c.quote for w in chrome)]


def test_a_topic_shaped_like_a_guess_is_searched(tmp_path, monkeypatch):
    """y4n–y6n: an honour shaped like a place or kind (示范县, 示范街道), or a deed after 是否,
    is no guess about the report: never answered 是/不是/无法确定 from the metadata."""
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "d"))
    assert main(["ingest", str(DATA / "probe_reports_meta32")]) == 0
    for item, answer in asked(tmp_path / "d", DATA / "probes_meta32_not.jsonl"):
        head = "".join(t.text for t in answer.body[0].runs) if answer.body else ""
        assert not head.startswith(("是。", "不是。", "无法确定")), (item["id"], head)


def test_this_one_first_in_a_conversation_is_asked_back(tmp_path, monkeypatch):
    """「这份是2023年的报告吗」 with no report talked about names nothing to check: asked back."""
    from library.compose import build
    from reportqa.errors import QuestionError
    from reportqa.settings import Settings

    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path / "d"))
    assert main(["ingest", str(DATA / "probe_reports_meta32")]) == 0
    with pytest.raises(QuestionError, match="指的是哪个单位"):
        build(Settings(data_dir=tmp_path / "d")).service.ask("这份是2023年的报告吗")


@pytest.mark.parametrize(
    ("line", "report"),
    [
        (
            "发布时间:2023-02-28访问量: 作者:白鹭镇人民政府字体[ ]根据《纲要》的规定,白鹭镇推进。",
            "根据",
        ),
        (
            "发布时间:2024-03-01 10:20 阅读次数:12 字号【大 中 小】 打印 按照县委部署,我镇推进。",
            "按照",
        ),
    ],
)
def test_a_tool_bar_closes_the_field_line(line, report):
    assert line[report_run_on(line) :].startswith(report)


@pytest.mark.parametrize(
    "line",
    ["来源:白鹭镇 发布时间:2024-03-01 字体[ ]", "时间:2024年全年,为群众免费打印法律文书120份。"],
)
def test_no_cut_without_a_report_after_a_tool_bar(line):
    assert report_run_on(line) == 0


@pytest.mark.parametrize(
    "question",
    [
        "枫林镇是醴陵市的吗？",
        "这份是2023年的报告吗",
        "X是街道还是乡镇",
        "属不属于奉节县",
        "是否2022年的",
    ],
)
def test_a_guess_put_as_a_question(question):
    assert asks_yes_no(question)


@pytest.mark.parametrize("question", ["枫林镇属于哪个县", "这份报告是哪一年的"])
def test_an_open_question_is_no_guess(question):
    assert not asks_yes_no(question)
