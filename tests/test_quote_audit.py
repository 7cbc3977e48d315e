"""The quote audit (``tests/quote_audit.py``) on real libraries: every quote of every answer
to the seed questions, the seen blind set 3 (web pages in the repo) and, where it lies beside
the repo, corpus-web. The counts per fault class are held at or under round quote24's end
figures, so a change that cuts quotes before their word, quotes a lead without its body or
clips a quote inside a word shows up here by class, not only as a worse eval figure.

``open_end`` is left open (round quote24's report): many web pages were saved incomplete and
a quote of their last sentence ends where the page does, inside a word.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportqa.settings import REPO_ROOT, Settings
from tests.quote_audit import CLASSES, _lead_alone, _mid_word, _sentence, audit, counts

DATA = Path(__file__).parent / "data"
ZERO = dict.fromkeys(CLASSES, 0)
# round quote24's end figures (scripts/quote_audit.py over dev.sh's libraries)
SEED = ZERO
BLIND3 = {**ZERO, "open_end": 3}
WEB = {**ZERO, "no_word": 6, "open_end": 12, "long": 1}


def _items(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]


def _over(got: dict[str, int], ceiling: dict[str, int]) -> dict[str, tuple[int, int]]:
    return {c: (got[c], ceiling[c]) for c in CLASSES if got[c] > ceiling[c]}


def test_the_seed_answers_quote_whole_evidence(seed_app):
    found = audit(seed_app.service, _items(DATA / "heldout_seed.jsonl"))
    assert not _over(counts(found), SEED), found


def test_a_web_library_of_the_repo_quotes_whole_evidence(tmp_path):
    from library import build

    app = build(Settings(data_dir=tmp_path / "d"))
    app.shelf.add([DATA / "blind3" / "web_real"])
    found = audit(app.service, _items(DATA / "blind3" / "web_real" / "questions.jsonl"))
    assert not _over(counts(found), BLIND3), found


def _corpus_web() -> Path | None:
    for shared in (REPO_ROOT.parent / "shared", Path("/work/shared")):
        if (shared / "corpus-web" / "questions.jsonl").is_file():
            return shared / "corpus-web"
    return None


def test_corpus_web_answers_quote_whole_evidence(tmp_path):
    web = _corpus_web()
    if web is None:
        pytest.skip("corpus-web is not beside the repo")
    from library import build

    app = build(Settings(data_dir=tmp_path / "d"))
    app.shelf.add([web])
    found = audit(app.service, _items(web / "questions.jsonl"))
    assert not _over(counts(found), WEB), found


def test_the_audit_reads_a_cut_the_way_a_reader_does():
    text = "（一）推进政务公开。依托镇政府网站公开信息126条。\n（二）强化执法。（三）加强队伍。"
    lead_end = text.index("。") + 1
    assert _lead_alone(text[:lead_end], text, lead_end)  # its body follows on the line
    second = text.index("（二）")
    end2 = text.index("。", second) + 1
    assert not _lead_alone(text[second:end2], text, end2)  # another item follows
    assert _sentence(text, 3, 6) == (0, lead_end)
    cut = text.index("网站") + 1  # inside 网站
    assert _mid_word(text, lead_end, cut) == (False, True)
    assert _mid_word(text, lead_end, text.index("。", lead_end) + 1) == (False, False)
