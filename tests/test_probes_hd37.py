"""Round hd37: a section heading is a mention, for a question asking what reports mention.

``probes_hd37.jsonl`` asks over five invented reports (``tests/data/probe_reports_hd37``):

- a heading over sub-headings names the topic (松林镇 「（一）规范性文件备案审查」 then
  「1.强化制度」…): 提到 / 写到 list it beside 云溪镇, whose sentence under its heading already
  did (h1a, h1b); the quote is the section's sentence with a figure, cited under the heading;
- a bare heading with nothing under it (「（二）府院联动」): 提到 / 在哪些报告里出现过 quote the
  heading itself (h2a, h2b); 白沙街道's 「三、尚未建立府院联动机制」 denies it (must-not);
- a plan section's heading (「二、2025年工作打算」「（一）推进合法性审查全覆盖」) is a mention for
  涉及 / 讲到 (h3a, h3b);
- must-nots: deed questions keep their answers (「哪些乡镇聘请了法律顾问」: 柳岸乡's heading
  「二、法律顾问」 over 「我乡尚未聘请法律顾问」; 「哪些乡镇开展了府院联动」: none); a section
  denying its topic lends no mention (「哪些报告提到了法律顾问」); a fact question never takes a
  heading-only mention as its figure (「松林镇府院联动开展了多少次」).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval.heading_mentions import asks_mention
from tests.probe_kit import asked, ingest_and_eval
from tests.quote_audit import audit

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_hd37.jsonl"


def test_hd37_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_hd37"],
        PROBES,
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )
    assert not any(q["error"] for q in result["questions"])
    cited = {
        item["id"]: {c.township: (c.section, c.quote) for c in ans.citations}
        for item, ans in asked(tmp_path / "d", PROBES)
    }
    # the quote under a heading that alone names the topic is cited under that heading
    assert cited["h1a"]["松林镇"] == (
        "一、主要工作 > （一）规范性文件备案审查",
        "组织业务培训2次。",
    )
    assert cited["h2a"]["松林镇"] == ("一、主要工作 > （二）府院联动", "（二）府院联动")
    plan = ("二、2025年工作打算 > （一）推进合法性审查全覆盖", "（一）推进合法性审查全覆盖")
    assert cited["h3b"]["松林镇"] == plan
    # a sentence that says it stays the quote: 云溪镇's heading is not quoted
    assert cited["h1a"]["云溪镇"][1] == "全年报备3件，报备率100%。"
    # the quote audit reads a heading quoted as its own section, for a mention, as no fault
    from library.compose import build
    from reportqa.settings import Settings

    service = build(Settings(data_dir=tmp_path / "d")).service
    items = [json.loads(x) for x in PROBES.read_text(encoding="utf-8").splitlines() if x]
    # (云溪镇's sentence, read under its heading by the sentence route, is cited under the
    # chunk's path 「一、主要工作」 as on main: the audit's no_word there is older than this)
    faults = [v for v in audit(service, items) if v.unit == "松林镇"]
    assert not faults, faults


@pytest.mark.parametrize(
    ("question", "mention"),
    [
        ("哪些报告提到了行政复议应诉", True),
        ("行政复议应诉这事哪些地方写到了", True),
        ("有没有报告涉及合法性审查", True),
        ("府院联动在哪些报告里出现过", True),
        ("哪些报告谈到了府院联动", True),
        ("有哪些关于府院联动的报告", True),
        ("哪些报告里写了府院联动", True),
        ("哪些乡镇聘请了法律顾问", False),
        ("哪些乡镇开展了府院联动", False),
        ("哪些街道出现了行政诉讼败诉", False),
        ("云溪镇受理了多少件行政复议案件", False),
        ("开展了法治讲座的报告有哪些", False),
    ],
)
def test_a_mention_is_asked_by_a_verb_of_saying(question, mention):
    assert asks_mention(question) is mention
