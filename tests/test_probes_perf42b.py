"""Round perf42b: a reading process that finds an earlier round's row-major BM25 index
rewrites it column-major (perf42) only if it can, and answers either way.

The rewrite is done by whichever process opens the index first — often a reader (the app,
``reportqa ask``) whose data dir's index folder may be read-only (a library copied to a
shared disk, a container's read-only volume). It only spares later openings a
transposition, so a reader that cannot write answers from the counts it transposed in
memory, as the old code did. Over three invented reports (``tests/data/probe_reports_perf35``),
two paraphrases and a must-not, asked by a ``reportqa ask`` process whose index folder is
mounted read-only (``unshare``; plain permissions when not root, where they bind).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from scipy import sparse

from library import build
from reportqa.settings import Settings

DATA = Path(__file__).parent / "data" / "probe_reports_perf35"
QUESTIONS = [
    "哪些乡镇聘请了法律顾问？",  # 白沙镇
    "哪些地方请了律师当法律顾问",  # paraphrase: 白沙镇
    "哪些乡镇建成了法治文化公园？",  # must not list 红石镇 (仍在规划)
]
_ASK = "import sys; from cli.main import main; sys.exit(main(['ask', '--json', sys.argv[1]]))"


def _row_major(bm25: Path) -> None:
    """The index as a round before perf42 saved it: row-major, no layout in its manifest."""
    counts = sparse.load_npz(bm25 / "tf.npz")
    sparse.save_npz(bm25 / "tf.npz", counts.tocsr(), compressed=False)
    manifest = json.loads((bm25 / "manifest.json").read_text("utf-8"))
    manifest.pop("layout", None)
    (bm25 / "manifest.json").write_text(json.dumps(manifest), "utf-8")


def _ask(data_dir: Path, question: str, read_only: Path | None = None) -> dict:
    """``reportqa ask --json`` in a process of its own, ``read_only`` a folder it cannot write."""
    env = {**os.environ, "REPORTQA_DATA_DIR": str(data_dir)}
    env["PYTHONPATH"] = str(Path(__file__).parents[1])
    cmd = [sys.executable, "-c", _ASK, question]
    if read_only is not None and os.geteuid() == 0:  # root writes through permissions
        mount = f'mount --bind -o ro {read_only} {read_only} && exec "$@"'
        cmd = ["unshare", "-m", "sh", "-c", mount, "sh", *cmd]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    answer = json.loads(done.stdout)
    return {k: answer[k] for k in ("answer", "units")}


def _supported(answer: dict) -> set[str]:
    return {u["unit"] for u in answer["units"] if u["verdict"] == "supported"}


def test_a_reader_that_cannot_write_the_index_answers_from_the_old_layout(tmp_path):
    folder = tmp_path / "reports"
    shutil.copytree(DATA, folder)
    settings = Settings(data_dir=tmp_path / "data")
    build(settings).shelf.add([folder])
    bm25 = settings.index_dir / "bm25"
    _row_major(bm25)
    index = settings.index_dir
    before = sorted(p.name for p in index.iterdir())
    mode = index.stat().st_mode
    index.chmod(0o555)  # binds for a user; root gets a read-only mount in ``_ask``
    try:
        got = [_ask(settings.data_dir, q, read_only=index) for q in QUESTIONS]
    finally:
        index.chmod(mode)
    assert [_supported(a) for a in got] == [{"白沙镇"}, {"白沙镇"}, {"白沙镇"}]
    assert sorted(p.name for p in index.iterdir()) == before  # nothing left behind
    assert sparse.load_npz(bm25 / "tf.npz").format == "csr"  # read, not rewritten
    # a process that can write rewrites it and answers the same
    assert [_ask(settings.data_dir, q) for q in QUESTIONS] == got
    assert sparse.load_npz(bm25 / "tf.npz").format == "csc"
