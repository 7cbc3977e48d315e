"""Round perfq27: what an answer asks again is kept, read-only, for the library state it was
made over — BM25 scores per token list (``LexicalIndex.scores``) and a scope's chunk mask
(``retrieval.scope_rows``). A kept array is shared by every caller, so none may write it, and
a new index (another report ingested) must never be answered from the old one's."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from library.compose import build
from reportqa.settings import Settings
from reportqa.text import Tokenizer

DATA = Path(__file__).parent / "data"


def test_kept_scores_and_masks_are_shared_read_only_and_follow_the_index(tmp_path):
    app = build(Settings(data_dir=tmp_path / "d", llm_base_url=""))
    app.shelf.add([DATA / "probe_reports_perfq27"])
    lex, retriever = app.catalog.lexical, app.retriever
    tokens = Tokenizer().index_tokens("法律明白人")
    first = lex.scores(tokens)
    assert lex.scores(list(tokens)) is first  # the same list again: the kept array
    with pytest.raises(ValueError):
        first[0] = 1.0
    infos = app.catalog.reports()
    mask = retriever._mask(infos[:1])
    assert retriever._mask(infos[:1]) is mask and not mask.flags.writeable
    rows = len(lex.chunks)

    app.shelf.add([DATA / "probe_reports_perfq27_later"])  # 红枫镇 writes 法律明白人 too
    assert len(lex.chunks) > rows
    again = lex.scores(tokens)
    assert again is not first and again.shape == (len(lex.chunks),)
    spelled = {lex.chunks[r].info.township for r in np.nonzero(again > 0)[0]}
    assert {"青石镇", "红枫镇"} <= spelled
    infos = app.catalog.reports()
    one = [i for i in infos if i.township == "青石镇"]
    got = retriever._mask(one)
    assert got.tolist() == [c.info.township == "青石镇" for c in lex.chunks]
