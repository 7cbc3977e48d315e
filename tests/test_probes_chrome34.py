"""Round chrome34: a hosting site's browser tip is page chrome (``ingest.site_marks.SITE_ID``).

Pages copied from a government portal open with its footer — 主办单位, ICP备, 网站标识码 — and a
tip such as 「XX县人民政府门户网站提示:使用大于1366*768分辨率/IE10.0或以上浏览器可以获得最佳浏览效果!」.
The tip names the site's owner (the county), never the report: read as the page's title it made
a township's report the county's. Made-up openings of real towns in
``tests/data/probe_reports_chrome34``: p1 (the footer and the tip, failed before: read as 涞水县),
p2 (another tip's wording before the site's name), must-not n1 (a report's own sentence about a
browser, in its body, changes nothing).
"""

from __future__ import annotations

from pathlib import Path

from cli.main import main

DATA = Path(__file__).parent / "data"


def test_chrome34_pages_read_right(capsys):
    capsys.readouterr()
    gold = DATA / "probe_reports_chrome34" / "meta_gold.jsonl"
    assert main(["eval-metadata", str(gold), "--min", "all=1.0"]) == 0
