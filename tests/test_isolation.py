"""A process's answers depend on its own data dir and settings only, whatever runs beside it.

The one file outside the data dir that answers used to read was jieba_fast_dat's trie cache
in the temp dir, shared by every process on the machine and rewritten in place by any of
them (docs/isolation.md). These tests run real ``python -m cli`` processes on real corpora
(the seed reports and the invented probe reports), each with a temp dir of its own so they
never touch the machine's, and check what they read and answer.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reportqa.dictionary import build, cache_path, read_verified, write_whole
from reportqa.settings import REPO_ROOT
from tests.cli_support import run_cli, run_cli_json

DATA = Path(__file__).parent / "data"
PROBES = DATA / "probes_qa3_seed.jsonl"
FLOORS = ["--min-f1", "1.0", "--min-none", "1.0"]


def _env(tmp: Path, data: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPORTQA_")}
    return env | {"TMPDIR": str(tmp), "REPORTQA_DATA_DIR": str(data)}


def _answers(result: dict) -> dict[str, tuple]:
    return {q["id"]: (tuple(q.get("townships") or ()), q["miss"]) for q in result["questions"]}


def _jieba_fast_dat_cache(tmp: Path) -> Path:
    """The shared trie file as jieba_fast_dat itself writes it (what any process that still
    calls its ``initialize`` leaves in the temp dir), returned by its path."""
    code = "from reportqa.dictionary import dictionary_path as p\nimport jieba_fast_dat\n"
    code += "jieba_fast_dat.Tokenizer(str(p())).initialize()\n"
    subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, env=_env(tmp, tmp), check=True, timeout=120
    )
    (path,) = tmp.glob("jieba_fast_dat.*.cache")
    return path


def test_a_torn_shared_trie_file_changes_no_answer(tmp_path):
    """Two processes writing jieba_fast_dat's cache at once leave it at full length with a run
    of zeros inside; a process starting then loaded it without a check (words missing, so
    说起防骗 matched two more townships; with zeros further on, ``add_word`` never returned).
    That state is made here once, exactly, and both an ingest and an eval run beside it."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    shared = _jieba_fast_dat_cache(tmp)
    raw = bytearray(shared.read_bytes())
    cut = slice(len(raw) * 20 // 100, len(raw) * 26 // 100)
    raw[cut] = bytes(cut.stop - cut.start)
    shared.write_bytes(raw)
    env = _env(tmp, tmp_path / "seed")
    run_cli(env, "ingest", str(REPO_ROOT / "corpus"), timeout=240)
    result = run_cli_json(env, "eval", str(PROBES), "--json", *FLOORS, timeout=240)
    assert result["overall"]["citation_faithfulness"] == 1.0


def test_answers_with_another_ingest_beside_equal_answers_alone(tmp_path):
    """The race as it happened: a fresh temp dir (a fresh machine, no trie file yet), one
    process ingesting the invented probe reports into its data dir while another ingests
    the seeds and answers the probes in its own. Neither may leave the shared, unchecked
    jieba_fast_dat file behind (the only way their answers could meet), and the answers
    equal those of the same eval run alone afterwards."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    beside = subprocess.Popen(
        [sys.executable, "-m", "cli", "ingest", str(DATA / "probe_reports")],
        cwd=REPO_ROOT,
        env=_env(tmp, tmp_path / "probes"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    seed = _env(tmp, tmp_path / "seed")
    try:
        run_cli(seed, "ingest", str(REPO_ROOT / "corpus"), timeout=240)
        together = run_cli_json(seed, "eval", str(PROBES), "--json", *FLOORS, timeout=240)
    finally:
        _, err = beside.communicate(timeout=240)
    assert beside.returncode == 0, err[-2000:]
    assert not list(tmp.glob("jieba_fast_dat*")), "a process used the shared trie file"
    alone = run_cli_json(seed, "eval", str(PROBES), "--json", *FLOORS, timeout=240)
    assert _answers(together) == _answers(alone)
    assert [q["id"] for q in together["questions"]] == [q["id"] for q in alone["questions"]]


@pytest.fixture(scope="module")
def trie_bytes() -> bytes:
    """The base trie built from jieba's dictionary, as a process with no file builds it."""
    from reportqa.dictionary import dictionary_path

    return build(dictionary_path())


def test_own_trie_file_is_read_back_only_whole(tmp_path, trie_bytes):
    """Written beside a temp name and renamed, read back byte for byte; the same file with a
    run of zeros, cut short, or with another's header is refused, and a refused file is
    rebuilt, never loaded."""
    path = tmp_path / "t.trie"
    write_whole(path, trie_bytes)
    assert read_verified(path) == trie_bytes
    assert [p.name for p in tmp_path.iterdir()] == ["t.trie"]  # no temp file left
    whole = path.read_bytes()
    torn = bytearray(whole)
    torn[len(whole) // 2 : len(whole) // 2 + 4096] = bytes(4096)
    for bad in (bytes(torn), whole[: len(whole) // 2], b"ADBJ" + whole[4:], b""):
        path.write_bytes(bad)
        assert read_verified(path) is None
    # a temp dir that cannot take the file costs a rebuild, never an error
    write_whole(tmp_path / "gone" / "t.trie", trie_bytes)
    assert not (tmp_path / "gone").exists()


def test_a_tokenizer_learns_words_in_its_own_trie_only(tmp_path, monkeypatch):
    """Words one tokenizer learns (a library's unit names) reach neither another tokenizer
    in the process nor the trie file the next process reads; that file holds exactly the
    trie built from the dictionary."""
    import tempfile

    from reportqa import dictionary
    from reportqa.text import Tokenizer

    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    dictionary.base_trie.cache_clear()
    try:
        a, b = Tokenizer(["荷塘镇"]), Tokenizer()
        assert a.words("荷塘镇开展普法") == ["荷塘镇", "开展", "普法"]
        assert "荷塘镇" not in b.words("荷塘镇开展普法")
        stored = read_verified(cache_path(dictionary.dictionary_path(), tmp))
        assert stored == build(dictionary.dictionary_path())
        code = "from reportqa.text import Tokenizer\nprint('/'.join(Tokenizer().words('荷塘镇')))"
        out = subprocess.run(
            [sys.executable, "-c", code],
            cwd=REPO_ROOT,
            env=_env(tmp, tmp_path / "d"),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert out.returncode == 0, out.stderr[-2000:]
        assert out.stdout.strip() != "荷塘镇"
    finally:
        dictionary.base_trie.cache_clear()
