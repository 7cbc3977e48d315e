"""Round deny32: a section that says its own topic is not done lends its heading to none of its
sentences (``retrieval.denied_sections``; made-up reports in ``tests/data/probe_reports_deny32``).

Under 「一、法律顾问工作」 苇塘乡 writes 「尚未聘请律师担任乡政府法律顾问」 and then 「全年召开法律事务
分析会四次」: read under the heading the second sentence listed 苇塘乡 among the townships that hired
a 法律顾问 — an invented claim. d1a, d1b (paraphrases) and d2a (尚在规划 of a reading room) need the
rule; d1n (another section of the same report) must keep its support, and 柳河镇's section, whose
sentences do not name 法律顾问 but deny nothing, keeps lending its heading.
"""

from __future__ import annotations

from pathlib import Path

from retrieval.denied_sections import denied, topics
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_deny32_questions(tmp_path, monkeypatch, capsys):
    ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "probe_reports_deny32"],
        DATA / "probes_deny32.jsonl",
        ["--min-f1", "1.0", "--min-none", "1.0"],
    )


def test_topics_and_denial():
    assert topics("一、法律顾问工作") == ["法律顾问"]
    assert topics("（二）法治阅览室建设情况：") == ["法治阅览室"]
    body = "因经费紧张，尚未聘请律师担任乡政府法律顾问，合同由乡司法所代为审查。"
    assert denied("一、法律顾问工作", body, 0, len(body))
    done = "对尚未建立法律顾问制度的村全部配备了法律顾问。"
    assert not denied("一、法律顾问工作", done, 0, len(done))  # must-not: a done deed
