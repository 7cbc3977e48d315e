"""Round yn37: a yes-no question about one unit asks exactly what the which-question asks of it.

``probes_yn37.jsonl`` asks over three invented reports (``tests/data/probe_reports_yn37``):

- 青枫镇 names 规范性文件备案审查 as a heading over sub-headings and 府院联动 as a bare heading;
  「哪些报告写到了…」 lists it (hd37's heading mentions). 「青枫镇的报告有没有写到…」「青枫镇提没
  提…」 had answered 没有找到 — a false claim of absence; now 有 with the which-path's quote
  (yn1a yn1b yn2a yn2b). A deed read under its heading (「（四）行政复议应诉」 then 「全年办理
  案件2件」) answers 「开展过…吗」「有没有做…」 the same way (yn3a yn3b).
- must-nots: 白鹤街道's 「（一）尚未建立府院联动机制」 and 「（三）合法性审查工作尚未开展」 never
  answer 有 (n1 n2 n3); 芦溪乡, whose report has neither, still 没有找到 (n4 n5).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answering.whether import asks_whether
from retrieval.a_not_a import plain_verb
from tests.probe_kit import asked, ingest_and_eval

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_yn37.jsonl"


def test_yn37_probes(tmp_path, monkeypatch, capsys):
    # int37 (8711ce9): facts 0.00 (every yes answered 没有找到), none 1.00; branch 1.00 / 1.00
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_yn37"],
        PROBES,
        ["--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])
    assert result["overall"]["fact_headlines"] == 1.0
    for item, ans in asked(tmp_path / "d", PROBES):
        if item["kind"] == "none":  # never 有, whatever else the answer says
            assert not ans.citations and not ans.answer.startswith("有"), item["id"]
            continue
        assert ans.townships == ("青枫镇",), item["id"]
        assert all(c.township == "青枫镇" for c in ans.citations), item["id"]
    cited = {
        item["id"]: [(c.section, c.quote) for c in ans.citations]
        for item, ans in asked(tmp_path / "d", PROBES)
        if item["id"] in ("yn1b", "yn2b")
    }
    # the quote the which-path gives, cited under the heading that names the need
    assert cited["yn1b"] == [("一、主要工作 > （一）规范性文件备案审查", "组织业务培训3次。")]
    assert cited["yn2b"] == [("一、主要工作 > （二）府院联动", "（二）府院联动")]


@pytest.mark.parametrize(
    ("question", "whether"),
    [
        ("云溪镇的报告有没有写到规范性文件备案审查", True),
        ("松林镇提没提府院联动", True),
        ("松林镇开展过府院联动吗", True),
        ("云溪镇是否开展了述法", True),
        ("云溪镇法律顾问请了没有", True),
        ("云溪镇有没有开展未成年人保护", True),  # 未成年 negates nothing
        ("云溪镇没有开展行政复议应诉吗", False),  # asked the negative way: 有 reads both ways
        ("云溪镇是不是还未建立法律顾问制度", False),
        ("云溪镇调解了多少件纠纷", False),
        ("云溪镇的法律顾问是谁", False),
        ("云溪镇什么时候聘请的法律顾问", False),
        ("云溪镇是县级还是乡镇", False),
        ("云溪镇开展了述法", False),
    ],
)
def test_asks_whether(question, whether):
    assert asks_whether(question) is whether


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("松林镇提没提府院联动", "松林镇提到府院联动"),
        ("报告写没写法律顾问", "报告写到法律顾问"),
        ("报告提没提到府院联动", "报告提到府院联动"),  # its own 到 kept, never doubled
        ("说没说过述法", "说过述法"),  # an aspect: 说过, as before
        ("民法典学没学过", "民法典学过"),  # no verb of saying: unchanged
    ],
)
def test_a_verb_of_saying_asked_a_not_a_is_read_with_its_complement(text, read):
    assert plain_verb(text) == read
