"""Round years32: one unit over several years (``answering.across_years``).

``probes_years32.jsonl`` asks over five invented reports (``tests/data/probe_reports_years32``:
石渡镇 2021–2023 and 青禾镇 2022–2023, townships of an invented 苍岭县):

- A: 历年/每年/各年度 said of one unit are scope: a row per report (two paraphrases and
  more); must-not: 「哪些乡镇每年都…」 names no unit, and stays a which-question;
- B: 近三年/最近两年 count back from the unit's latest report; must-not: 「三年行动计划」 is a
  plan's name, a need;
- C: two years of one unit are a row each; must-not: two units of one year, a row per unit;
- D: 「哪一年…最多」 ranks the unit's reports by their quoted numbers; must-not: 「哪个最多」
  over two units ranks the units.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.across_years import read
from tests.probe_kit import asked, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_years32.jsonl"


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    from cli.main import main

    d = tmp_path_factory.mktemp("years32")
    mp = pytest.MonkeyPatch()
    mp.setenv("REPORTQA_DATA_DIR", str(d))
    assert main(["ingest", str(DATA / "probe_reports_years32")]) == 0
    yield d
    mp.undo()


def test_years32_probes(tmp_path, monkeypatch, capsys):
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_years32"],
        PROBES,
        ["--min-f1", "1.0", "--min-compare", "1.0", "--min-facts", "1.0"],
    )


def _answers(data_dir: Path) -> dict:
    return {item["id"]: ans for item, ans in asked(data_dir, PROBES)}


def test_rows_are_reports_in_year_order(library):
    got = _answers(library)
    years = {k: [r.year for r in got[k].compare.rows] for k in ("a1a", "b1a", "b1b", "c1a")}
    assert years == {
        "a1a": [2021, 2022, 2023],
        "b1a": [2021, 2022, 2023],
        "b1b": [2022, 2023],  # 最近两年: the unit's last two report years only
        "c1a": [2021, 2023],
    }
    assert all(r.by_year and r.shown == f"石渡镇（{r.year}年）" for r in got["a1a"].compare.rows)
    # two units of one year stay a row per unit, named by the unit alone
    assert [r.shown for r in got["c1x"].compare.rows] == ["石渡镇", "青禾镇"]


def test_which_year_ranks_the_reports(library):
    got = _answers(library)
    first = "".join(t.text for t in got["d1a"].body[0].runs)
    assert "石渡镇（2022年）" in first and "7件" in first
    first = "".join(t.text for t in got["d1b"].body[0].runs)
    assert "石渡镇（2023年）" in first and "10次" in first
    first = "".join(t.text for t in got["d1c"].body[0].runs)
    assert "最早" in first and "石渡镇（2023年）" in first


def test_span_followups_read_the_last_question():
    from answering.followup import Turn
    from answering.followup_span import span_followup

    last = [Turn("石渡镇2022年办理行政复议案件多少件？")]
    assert span_followup("那历年呢？", last) == "历年石渡镇办理行政复议案件多少件？"
    assert span_followup("近三年呢", last) == "近三年石渡镇办理行政复议案件多少件？"
    assert span_followup("哪一年最多？", last) == "哪一年石渡镇办理行政复议案件多少件最多？"
    assert span_followup("那2023年呢？", last) is None  # one year: followup_years
    assert span_followup("那青禾镇呢？", last) is None
    assert span_followup("那历年呢？", []) is None


@pytest.mark.parametrize(
    ("question", "years", "last", "rank"),
    [
        ("南山区历年行政复议案件数量是多少", (), 0, ""),
        ("南山区各年度行政复议案件数量", (), 0, ""),
        ("峡口镇这几年聘请法律顾问的情况", (), 0, ""),
        ("坪山区近三年办理人大代表建议多少件", (), 3, ""),
        ("比较南山区2014年和2016年的行政复议", (2014, 2016), 0, ""),
        ("龙岗区2018到2020年办理的人大代表建议", (2018, 2019, 2020), 0, ""),
        ("哪一年南山区的行政复议案件最多", (), 0, "most"),
        ("峡口镇哪年最早聘请法律顾问", (), 0, "first"),
        ("2019年以来南山区行政复议案件数量", (), 0, ""),
    ],
)
def test_years_said_as_scope(question, years, last, rank):
    got = read(question)
    assert got is not None and (got.years, got.last, got.rank) == (years, last, rank)
    assert not any(w in got.text for w in ("历年", "各年度", "这几年", "近三年", "哪一年", "2014"))


@pytest.mark.parametrize(
    "question",
    [
        "石渡镇的法治政府建设三年行动计划叫什么",
        "南山区2016年受理多少行政复议",
        "五年规划里写了哪些法治任务",
        "哪一年开始聘请法律顾问的",
        "云栖镇的执法人员每年法律知识培训得几个钟头？",
        "清源街道执法人员每人每年要完成多少学时的培训",
        "忠县各部门每年最少搞几次法治专题讲座？",
    ],
)
def test_no_span_of_years(question):
    assert read(question) is None


def test_one_report_in_the_span_is_answered_plainly(library):
    """近一年 leaves one report: nothing to set side by side, the plain answer states it."""
    from library.compose import build
    from reportqa.settings import Settings

    service = build(Settings(data_dir=library)).service
    got = service.ask("石渡镇近一年办理行政复议案件多少件？")
    assert got.compare is None or len(got.compare.rows) <= 1
    assert [c.year for c in got.citations][:1] == [2023]
    assert "5件" in "".join(t.text for b in got.body[:1] for t in getattr(b, "runs", ()))


def test_a_row_by_year_is_named_with_its_year_in_every_output(library):
    """The row key is the report: Markdown, HTML and the JSON round trip keep the year."""
    from reportqa.answer_json import answer_from, answer_json
    from reportqa.answer_markdown import markdown
    from webapp.compare import table_html

    ans = _answers(library)["c1a"]
    assert "| 石渡镇（2021年） |" in markdown(ans)
    assert "石渡镇（2023年）" in table_html(ans)
    again = answer_from(answer_json(ans))
    assert [r.shown for r in again.compare.rows] == ["石渡镇（2021年）", "石渡镇（2023年）"]


def test_every_year_of_the_reports_themselves_lists_them(library):
    """「历年的报告有哪些」 has no topic: the unit's reports are listed, not searched for 历年."""
    from library.compose import build
    from reportqa.settings import Settings

    service = build(Settings(data_dir=library)).service
    got = service.ask("石渡镇历年的报告有哪些？")
    assert sorted(c.year for c in got.citations) == [2021, 2022, 2023]


def test_a_question_about_two_years_reports_stays_about_the_reports(library):
    """「2021年和2023年的报告分别是谁发布的」 asks the reports' publisher, not a comparison."""
    from library.compose import build
    from reportqa.settings import Settings

    service = build(Settings(data_dir=library)).service
    got = service.ask("石渡镇2021年和2023年的报告分别是谁发布的")
    assert got.compare is None or not any(r.by_year for r in got.compare.rows)


def test_since_a_year_is_every_report_from_it_on(library):
    from library.compose import build
    from reportqa.settings import Settings

    service = build(Settings(data_dir=library)).service
    got = service.ask("石渡镇2022年以来每年办理多少件行政复议案件？")
    assert [r.year for r in got.compare.rows] == [2022, 2023]
    assert read("2019年以来南山区行政复议案件数量").since == 2019
