"""Every report's opening read in one pass: questions about a place (「上城区有哪些街道的报告」,
「浙江的报告有几份」) scan the opening of every report, and reading them one Chroma call at a
time took minutes at 10 000 reports."""

from __future__ import annotations

import pytest

from answering.regions import _said
from ingest.gazetteer import gazetteer
from reportqa.errors import QuestionError
from reportqa.text import to_simplified
from reportqa.types import ReportInfo
from retrieval.catalog import OPENING


def test_store_texts_equal_each_report_read_alone(seed_library):
    infos = list(seed_library.infos.values())
    texts = seed_library.store.texts(infos)
    assert set(texts) == {i.report_id for i in infos}
    for info in infos:
        alone = seed_library.store.report(info.report_id)
        assert alone is not None and texts[info.report_id] == alone.text
        assert len(alone.text) > 1000  # real reports, not empty stand-ins


def test_opening_is_the_simplified_start_of_the_text(seed_library):
    for rid in seed_library.infos:
        text = seed_library.report_text(rid)
        assert seed_library.opening(rid) == to_simplified(text[:OPENING])
    assert seed_library.opening("no-such-report") == ""


def test_a_place_the_library_lacks_is_refused_with_what_it_holds(seed_app):
    with pytest.raises(QuestionError) as refused:
        seed_app.reading.ask("上城区有哪些街道的报告？")
    assert "库中没有「上城区」的报告" in str(refused.value) and "峡口镇" in str(refused.value)


def _info(township: str, county: str = "") -> ReportInfo:
    return ReportInfo("r", "r.txt", "", township, county, "乡镇", 2023, "h")


def test_a_province_said_in_a_chain_with_the_unit():
    gaz = gazetteer()
    assert _said(_info("云岫镇", "砚川县"), "云岫镇位于湖南省砚川县东南部", gaz) == "湖南省"
    assert _said(_info("云岫镇"), "湖南云岫镇2023年法治政府建设报告", gaz) == "湖南省"
    # a province named elsewhere, not in a chain with the unit, is no evidence
    assert _said(_info("云岫镇"), "赴湖南省学习考察，返回后云岫镇召开会议", gaz) == ""
    # the first chain in the text wins, whatever order the division list keeps provinces in
    assert _said(_info("云岫镇"), "四川省云岫镇……后文：湖南省云岫镇", gaz) == "四川省"
