"""Round quote24: every quote carries its evidence, whole, and stops at a word's end.

``probes_quote24.jsonl`` asks over four invented reports of the invented 青川县 / 云溪区
(``tests/data/probe_reports_quote24``). Three classes of quote, each with two paraphrases
and one must-not:

- an item's lead (「（一）全面推进政务公开。」) is quoted with the body sentence after it on
  its line, which tells what was done; a lead alone on its line, or followed by another item
  (「（二）强化矛盾纠纷化解。（三）加强执法队伍建设。」), stays alone;
- a body that runs to where the report stops mid-sentence (a page saved incomplete) is quoted
  to its last whole clause; one that ends with its stop is quoted whole;
- a report's opening paragraph over 140 characters, quoted for a question about the report,
  ends after a stop, never inside a word; a short title is quoted whole.

Every answer is also read by the quote audit (``tests/quote_audit.py``), which must find no
fault of any class in them.
"""

from __future__ import annotations

from pathlib import Path

from tests.probe_kit import asked, ingest_and_eval
from tests.quote_audit import check_answer

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_quote24.jsonl"
REPORTS = DATA / "probe_reports_quote24"


def test_quote24_probes(tmp_path, monkeypatch, capsys):
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [REPORTS],
        PROBES,
        ["--min-f1", "1.0", "--min-facts", "1.0"],
    )
    assert result["overall"]["errors"] == 0
    from library.compose import build
    from reportqa.settings import Settings

    service = build(Settings(data_dir=tmp_path / "d")).service
    for item, ans in asked(tmp_path / "d", PROBES):
        quotes = {c.township: c.quote for c in ans.citations}
        for unit, words in item.get("quote_has", {}).items():
            assert words in quotes.get(unit, ""), (item["id"], unit, quotes.get(unit))
        for unit, words in item.get("quote_not", {}).items():
            assert unit in quotes and words not in quotes[unit], (item["id"], quotes.get(unit))
        for c in ans.citations:  # a quote over 140 characters never ends inside a clause
            assert len(c.quote) <= 140 or c.quote[-1] in "。；，", (item["id"], c.quote)
        concepts = service.retriever.analyze(ans.resolved_question).concepts
        faults = check_answer(item["id"], ans, concepts, service.lib.report_text)
        assert not faults, faults
