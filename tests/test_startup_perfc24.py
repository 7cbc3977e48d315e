"""What the app's cold start may leave out, and what it must leave as it was (perfc24).

Fast is measured by ``reportqa bench`` (``app_cold_start``); these tests hold the two
things that make it faster to the behaviour they must keep: the cyclic collector held off
during ``webapp.launch.prepare`` is on again afterwards, with the start-up's survivors
frozen, and the first answer is given without cn2an's import, which the numerals that need
it still pay when they come."""

from __future__ import annotations

from library import build
from reportqa.settings import Settings
from tests.probe_kit import in_fresh_process  # one way to start a clean interpreter

LEGAL = "哪些乡镇聘请了法律顾问"

_PREPARED = """
import gc, json, sys
from reportqa.settings import Settings
from webapp.launch import prepare
enabled_before = gc.isenabled()
_, handlers = prepare(Settings(data_dir=sys.argv[1]))
out = handlers.answer_api(sys.argv[2])
print(json.dumps({
    "enabled_before": enabled_before,
    "enabled_after": gc.isenabled(),
    "frozen": gc.get_freeze_count(),
    "cited": len(out.get("citations", [])),
}))
"""

_FIRST_ANSWER = """
import json, sys
from decimal import Decimal
from library import build
from reportqa.settings import Settings
app = build(Settings(data_dir=sys.argv[1]))
app.catalog.open_local()
cited = len(app.service.ask(sys.argv[2]).citations)
before = "cn2an" in sys.modules
from retrieval.conditions import count_stated
from answering.support import figures
count = count_stated("哪些乡镇全年开了十二次法治专题会")
print(json.dumps({
    "cited": cited,
    "cn2an_before": before,
    "count": str(count.value) if count else None,
    "figures": sorted(int(v) for v in figures("共调解纠纷一百二十件", strict=True)),
}))
"""


def test_the_collector_is_on_again_after_the_app_started(settings: Settings, corpus_copy):
    build(settings).shelf.add([corpus_copy])
    out = in_fresh_process(_PREPARED, str(settings.data_dir), LEGAL)
    assert out["cited"] >= 2
    assert out["enabled_before"] is True and out["enabled_after"] is True
    assert out["frozen"] > 0  # the page and the index are out of later collections' reach


def test_the_first_answer_needs_no_cn2an_and_numerals_are_still_read(
    settings: Settings, corpus_copy
):
    build(settings).shelf.add([corpus_copy])
    out = in_fresh_process(_FIRST_ANSWER, str(settings.data_dir), LEGAL)
    assert out["cited"] >= 2
    assert out["cn2an_before"] is False
    assert out["count"] == "12"
    assert out["figures"] == [120]
