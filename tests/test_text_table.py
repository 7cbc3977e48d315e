"""A text table's header measure carried into its rows (``ingest.text_table``), on real pages."""

from pathlib import Path

from ingest.clean import clean_text
from ingest.text_table import measured_rows

DATA = Path(__file__).parent / "data"


def test_two_column_table_rows_take_the_header_measure():
    text = clean_text((DATA / "blind46/web_real/r08.txt").read_text(encoding="utf-8"))
    assert "收到行政复议申请28件" in text
    assert "审结（维持/撤销/驳回）23件（15/5/3）" in text
    assert "出庭应诉率86.4%" in text  # a rate, not a bare figure: left as written


def test_table_of_several_figure_columns_is_left_alone():
    page = (DATA / "blind46/web_real/r03.txt").read_text(encoding="utf-8").split("\n")
    # 检查（次） 立案（件） 结案（件）: the columns would run together once the spaces go
    assert measured_rows(page) == page


def test_rows_end_at_the_first_line_of_another_shape():
    lines = ["类别　　件数", "受理　　12", "", "全年共办理案件　　30"]
    assert measured_rows(lines) == ["类别　　件数", "受理　　12件", "", "全年共办理案件　　30"]


def test_a_header_with_no_measure_gives_nothing():
    lines = ["单位　　负责人", "某某镇　　12"]
    assert measured_rows(lines) == lines
