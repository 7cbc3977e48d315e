"""Review of w82: where its numeral, register and device readings must not reach.

``probes_rev_w82.jsonl`` asks over three invented reports (``tests/data/probe_reports_rev_w82``)
that write the near things: political and work names holding a numeral with a measure word
(「三项制度」「两个清单」「两个维护」「一村一法律顾问」「百日攻坚」「千万工程」「两学一做」),
欺诈骗保, residents' 健康检查, 视频监控设备 and 测速设备, a 查询机 in a hall.

- A report's count in Chinese numerals is read only with a place word (「十五场」「一万二千份」:
  ``retrieval.numerals.figures_in_digits``), so 「三项制度」 meets no 少于五项 and 「两个清单」 no
  不到三个 (rn1c rn2b rn2c: w82 answered 松岗镇 for each); a bound in words still meets a count
  in words (rn3 rn3b) and a count below it none (rn3c).
- 反骗/骗钱 never reach 骗保 (rf1 rf2); 法律上的“健康检查” never a residents' check (rh1, which main
  answered), in traditional characters too (rh4); 随身录像的那种设备 is no 视频监控 (rd1).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from retrieval.count_bounds import bound_asked
from retrieval.written_numbers import value
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_rev_w82.jsonl"


def test_rev_w82_probes(tmp_path, monkeypatch, capsys):
    # main (7364dde3): which 0.75, none 0.62; w82 (ecc3bdc3) 1.00 / 0.81; rev_w82 1.00 / 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_rev_w82"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])


def test_a_named_set_is_no_count():
    below = bound_asked("推行执法制度少于五项的有哪些乡镇？")
    assert not below.met_in("全面推行行政执法“三项制度”。", [("制度",)])
    assert not bound_asked("落实清单不到三个的").met_in("落实“两个清单”，坚决做到“两个维护”。")
    assert bound_asked("普法讲座超过十场的").met_in("组织普法讲座十五场。", [("讲座",)])
    assert bound_asked("覆盖群众超过一万人次的").met_in("覆盖群众两万余人次。")


def test_numerals_with_two_scales():
    assert value("一亿两千万") == Decimal(120_000_000)
    assert value("十十") is None
