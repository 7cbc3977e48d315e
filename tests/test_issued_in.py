"""Reports chosen by the year they were issued (``answering.issue_date``) and a page's publisher
field ended by the page's buttons (``ingest.publisher``), on real pages of blind46."""

from pathlib import Path

from answering.issue_date import issued_years, without_issued_year
from ingest.clean import clean_text
from ingest.publisher import read_publisher
from reportqa.text import to_simplified

DATA = Path(__file__).parent / "data"


def test_a_year_before_an_issuing_verb_is_the_year_issued():
    assert issued_years("2024年发布的报告有哪些？") == (2024,)
    assert issued_years("哪些报告是2024年发文的？") == (2024,)
    assert without_issued_year("2024年发布的报告有哪些？") == "报告有哪些？"


def test_a_bare_year_or_a_deed_is_not_an_issue_year():
    assert issued_years("2024年的报告有哪些？") == ()  # the year covered
    assert issued_years("2024年发布了哪些规范性文件？") == ()  # a deed the report tells
    assert issued_years("2024年发展的新业态有哪些？") == ()  # 发展 is no issuing verb


def test_publisher_field_ends_at_the_share_button():
    page = to_simplified(clean_text((DATA / "blind46/web_real/r06.txt").read_text("utf-8")))
    assert "办事处分享" in page  # cleaning joined the field to the button after it
    assert read_publisher(page) == "天河区石牌街道办事处"
