"""``library.warm``: the tagger's model is loaded when the answer service is made (the
library's opening), before any question; the division list is not (``regions()`` would
then hand out the whole list), and the answers are those of a process that loaded neither."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = """
import json, sys
from jieba_fast_dat import posseg
from ingest.gazetteer import gazetteer
from library import build
from reportqa.answer_json import answer_json
from reportqa.settings import Settings
warm = sys.argv[1] == "warm"
if not warm:
    import library.warm
    library.warm.load_process_tables = lambda: None  # as before: loaded by the first tagging
app = build(Settings(llm_base_url=""))
before = posseg._initialized
service = app.service
made = posseg._initialized
gaz = gazetteer.cache_info().currsize
answer = answer_json(service.ask("哪些乡镇开展了普法宣传？", []))
print(json.dumps({"before": before, "made": made, "gaz": gaz, "answer": answer}, ensure_ascii=False))
"""


def _run(data_dir: Path, how: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "REPORTQA_DATA_DIR": str(data_dir)}
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT, how], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_tagger_model_is_loaded_at_opening_and_changes_no_answer(seed_app):
    data = seed_app.settings.data_dir
    warm, cold = _run(data, "warm"), _run(data, "cold")
    assert not warm["before"] and warm["made"]  # by making the service, before any question
    assert not cold["made"]
    assert warm["gaz"] == 0  # the division list is left to the answers
    assert warm["answer"] == cold["answer"]
    assert warm["answer"]["units"]


FROZEN = """
import gc, json
from library import build
from reportqa.settings import Settings
app = build(Settings(llm_base_url=""))
app.service  # opening: the vouched local copy read, no question yet
held = app.catalog._copy
young = {id(o) for o in gc.get_objects()}
print(json.dumps({"served": bool(held and held.version), "open": app.catalog.store.is_open(),
                  "frozen": gc.get_freeze_count(),
                  "chunks_walked": sum(id(c) in young for c in (held.chunks if held else []))}))
"""


def test_the_local_copy_is_frozen_when_read_at_opening(seed_app):
    """The copy read at opening is out of the collector's walks at once, as serving it
    freezes it: a full collection before the first question walked every chunk."""
    data = seed_app.settings.data_dir
    _run(data, "warm")  # a reader records the store's state: the next one reads the copy
    env = {**os.environ, "PYTHONPATH": str(ROOT), "REPORTQA_DATA_DIR": str(data)}
    out = subprocess.run(
        [sys.executable, "-c", FROZEN], env=env, capture_output=True, text=True, check=True
    )
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["served"] and not got["open"]
    assert got["frozen"] > 0 and got["chunks_walked"] == 0
