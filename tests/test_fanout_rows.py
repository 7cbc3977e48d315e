"""Which chunk rows mention a string is kept per index version (the substring pass over the
candidates was most of a which-question at 10 000 reports): the kept rows must follow every
change of the library and never be altered by a caller."""

from __future__ import annotations

import numpy as np
import pytest

from library import build
from reportqa.settings import Settings

_NEW = """青禾镇2024年法治政府建设工作报告

一、主要工作
（一）完善法律顾问制度
本年度青禾镇续聘律师事务所律师担任政府法律顾问，审查合同十二份。
（二）深化普法宣传
组织普法讲座六场，覆盖村民八百余人。
"""


def _texts(app, rows) -> list[str]:
    return [app.catalog.chunks[r].text for r in rows.tolist()]


def test_rows_with_follow_the_library_and_the_scope(settings: Settings, corpus_copy):
    app = build(settings)
    app.shelf.add([corpus_copy])
    retriever = app.retriever
    before = retriever._rows_with(["法律顾问"])
    assert before.size and all("法律顾问" in t for t in _texts(app, before))
    with pytest.raises(ValueError):
        before[0] = 0  # shared until the index changes: read-only
    assert retriever._rows_with(["法律顾问"]) is before  # asked again: not recomputed

    # a scope of one report: only its rows, though the whole-library answer is kept
    info = app.catalog.chunks[int(before[0])].info
    mask = retriever._mask([info])
    scoped = retriever._rows_with(["法律顾问"], mask)
    assert scoped.size and set(scoped.tolist()) <= set(before.tolist())
    assert {app.catalog.chunks[r].report_id for r in scoped.tolist()} == {info.report_id}
    assert not retriever._rows_with(["一个没有的说法"]).size

    # a new report that mentions it: the next ask sees its rows
    (corpus_copy / "qinghe_2024.txt").write_text(_NEW, encoding="utf-8")
    app.shelf.add([corpus_copy])
    after = retriever._rows_with(["法律顾问"])
    texts = _texts(app, after)
    assert len(after) == len(before) + 1
    assert any("青禾镇续聘律师事务所律师" in t for t in texts)
    assert np.all(np.diff(after) > 0)


def test_a_scope_reads_the_kept_library_answer_and_names_its_reports(settings, corpus_copy):
    """A scope's rows are the library's kept rows narrowed to it, and a scope naming reports
    holds exactly the reports the filter allows, in the library's order: each equal to the
    answer worked out from scratch (``answering.undone`` reads reports again one by one)."""
    from retrieval.filters import Filters

    app = build(settings)
    app.shelf.add([corpus_copy])
    retriever = app.retriever
    infos = app.catalog.reports()
    for words in (["法律顾问"], ["普法", "宣传"], ["行政复议"], ["一个没有的说法"]):
        whole = retriever._rows_with(words)
        for picked in (infos[:1], infos[1:4], infos[::2]):
            mask = retriever._mask(picked)
            scoped = retriever._rows_with(words, mask)
            assert scoped.tolist() == whole[mask[whole]].tolist()
            assert scoped.tolist() == retriever._rows_with_uncached(words, mask).tolist()
    ids = (infos[3].report_id, infos[0].report_id, "没有这份报告")
    for filters in (
        Filters(report_ids=ids),
        Filters(report_ids=ids, years=(infos[0].year,)),
        Filters(report_ids=(infos[-1].report_id,)),
    ):
        assert retriever.scope(filters) == [i for i in infos if filters.allows(i)]
    assert len(retriever.scope(Filters(report_ids=ids))) == 2
