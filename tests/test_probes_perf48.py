"""Round perf48: a process opening a library maps the lexical counts where they lie in
``tf.npz`` (``stores.npz_mapped``) instead of copying 143 MB out of the archive at 10 000
reports (~0.7 s CPU of the first ask); the BM25 weights and every answer stay the same, and
a mapping outlives the folder another process's write swaps out.

Over three invented reports (``tests/data/probe_reports_perf35``) and a fourth written in
``test_probes_perf45``, two paraphrases and a must-not, asked by a process of its own as
``reportqa ask`` is.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from library import build
from reportqa.answer_json import answer_json
from reportqa.settings import Settings
from tests.probe_kit import in_fresh_process
from tests.test_probes_perf45 import NEW

DATA = Path(__file__).parent / "data" / "probe_reports_perf35"
QUESTIONS = [
    "哪些乡镇聘请了法律顾问？",  # 白沙镇 (then 青山镇 too)
    "哪些地方请了律师当法律顾问",  # paraphrase
    "哪些乡镇建成了法治文化公园？",  # must not list 红石镇 (仍在规划)
]
_ASKS = """
import json, mmap, sys
from pathlib import Path
import numpy as np
from scipy import sparse
from library import build
from reportqa.answer_json import answer_json
from reportqa.settings import Settings
from stores.lexical import bm25_weights
app = build(Settings(data_dir=Path(sys.argv[1]), llm_base_url=""))
got = [answer_json(app.service.ask(q, [])) for q in json.loads(sys.argv[2])]
def mapped(a):
    while a is not None:
        if isinstance(a, (np.memmap, mmap.mmap)):
            return True
        a = getattr(a, "base", None)
    return False
w = app.catalog.lexical._weights
copied = bm25_weights(sparse.load_npz(app.settings.index_dir / "bm25" / "tf.npz"))
same = all(np.array_equal(getattr(w, k), getattr(copied, k)) for k in ("data", "indices", "indptr"))
print(json.dumps({"answers": got, "mapped": [mapped(w.indices), mapped(w.data)],
                  "same_weights": same and w.shape == copied.shape}, ensure_ascii=False))
"""


def _supported(answer: dict) -> set[str]:
    return {u["unit"] for u in answer["units"] if u["verdict"] == "supported"}


def test_a_reader_maps_the_counts_and_answers_the_same(tmp_path):
    folder = tmp_path / "reports"
    shutil.copytree(DATA, folder)
    settings = Settings(data_dir=tmp_path / "data", llm_base_url="")
    build(settings).shelf.add([folder])
    got = in_fresh_process(_ASKS, str(settings.data_dir), json.dumps(QUESTIONS))
    assert got["mapped"] == [True, True]  # the entries and the values: the file's pages
    assert got["same_weights"]  # bit for bit what the copied counts weigh to
    assert [_supported(a) for a in got["answers"]] == [{"白沙镇"}, {"白沙镇"}, {"白沙镇"}]


def test_a_mapping_outlives_the_folder_a_write_swaps_out(tmp_path):
    folder = tmp_path / "reports"
    shutil.copytree(DATA, folder)
    settings = Settings(data_dir=tmp_path / "data", llm_base_url="")
    build(settings).shelf.add([folder])
    in_fresh_process(_ASKS, str(settings.data_dir), json.dumps(QUESTIONS))  # records the version
    reader = build(settings)
    assert _supported(answer_json(reader.service.ask(QUESTIONS[0], []))) == {"白沙镇"}
    bm25 = settings.index_dir / "bm25"
    before = (bm25 / "tf.npz").stat().st_ino
    held = reader.catalog.lexical._weights
    entries, values = held.indices.copy(), held.data.copy()
    (folder / "r4.txt").write_text(NEW, encoding="utf-8")
    build(settings).shelf.add([folder])  # another writer: a new folder swapped in
    assert (bm25 / "tf.npz").stat().st_ino != before
    # the old file is gone from the folder, its pages still the reader's
    assert (held.indices == entries).all() and (held.data == values).all()
    reader.catalog.refresh(force=True)  # (a reader checks at most once per refresh_seconds)
    assert reader.catalog.lexical._weights is not held  # weighed again, from the new file
    assert _supported(answer_json(reader.service.ask(QUESTIONS[1], []))) == {"白沙镇", "青山镇"}
    assert _supported(answer_json(reader.service.ask(QUESTIONS[2], []))) == {"白沙镇"}
