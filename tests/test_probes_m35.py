"""Round m35: an untitled page's opening is quoted as its opening, not as its title.

A page copied without its title line still gets a title made from its metadata (《石门镇2021年
报告》); the answer to 「石门镇的报告是哪一年的」 quotes the opening sentence that names the unit
and the year. Calling that sentence 「标题」 told the reader the report printed it as its title —
a claim about the document that is not so. Made-up pages in ``tests/data/probe_reports_m35``:
p1 (no title, the year and unit in the first sentence), p2 (a portal's 来源 line, then the
opening), must-not n1 (a real title line: still cited as 标题).
"""

from __future__ import annotations

from pathlib import Path

from cli.main import main
from library.compose import build
from reportqa.settings import Settings

DATA = Path(__file__).parent / "data" / "probe_reports_m35"


def _where(data_dir: Path, question: str) -> list[tuple[str, str]]:
    service = build(Settings(data_dir=data_dir)).service
    answer = service.ask(question)
    return [(c.section, c.quote) for c in answer.citations]


def test_untitled_opening_is_cited_as_opening(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTQA_DATA_DIR", str(tmp_path))
    assert main(["ingest", str(DATA)]) == 0
    p1 = _where(tmp_path, "石门镇的报告是哪一年的")
    assert p1 and p1[0][0] == "开头" and "2021年" in p1[0][1] and "石门镇" in p1[0][1]
    p2 = _where(tmp_path, "荷塘乡这份报告写的是哪年的情况")
    assert p2 and p2[0][0] == "开头" and "2021年" in p2[0][1]
    n1 = _where(tmp_path, "柳林街道的报告是哪一年的")
    assert n1 == [("标题", "柳林街道2021年法治政府建设年度报告")]
