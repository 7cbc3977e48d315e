"""Round perf47: a write in a process that answered lets go of the old version's derived
state before the new index is built — the retriever's per-version facts (simplified texts,
sentences as judged, rows holding a string), the mapped pair index and the old BM25
weights, which a note that they had been checked positive kept alive through the rebuild
— and answers as a fresh process does.

Over three invented reports (``tests/data/probe_reports_perf35``) and a fourth written here,
two paraphrases and a must-not, asked before and after the write in one process, then by a
fresh process on the same data dir.
"""

from __future__ import annotations

import gc
import shutil
import weakref

from library import build
from reportqa.answer_json import answer_json
from reportqa.settings import Settings
from tests.test_probes_perf45 import DATA, QUESTIONS

NEW = """柳溪镇2024年法治政府建设工作报告

2024年，柳溪镇围绕法治政府建设目标，现将工作情况报告如下。

一、规范行政决策
镇政府聘请一家律师事务所的执业律师担任法律顾问，审查合同和重大决策。

二、开展普法宣传
在集镇广场举办宪法宣传活动3场，发放资料1200份。
"""


def _supported(answer: dict) -> set[str]:
    return {u["unit"] for u in answer["units"] if u["verdict"] == "supported"}


def test_a_write_lets_go_of_the_old_versions_state_and_answers_as_a_fresh_process(tmp_path):
    folder = tmp_path / "reports"
    shutil.copytree(DATA, folder)
    settings = Settings(data_dir=tmp_path / "data", llm_base_url="")
    app = build(settings)
    app.shelf.add([folder])
    before = [answer_json(app.service.ask(q, [])) for q in QUESTIONS]
    assert [_supported(a) for a in before] == [{"白沙镇"}, {"白沙镇"}, {"白沙镇"}]
    retriever = app.retriever
    assert retriever._simple and retriever._book  # the questions left facts of this version
    lexical = app.catalog.lexical
    old_weights = weakref.ref(lexical._weights)

    seen: dict[str, object] = {}
    merge = lexical._merge

    def watched(*args, **kwargs):  # the real merge: what is held when the new index is built
        seen["held"] = (dict(retriever._simple), dict(retriever._book), lexical.bigrams.version)
        seen["weights"] = (lexical._weights, lexical._positive)
        return merge(*args, **kwargs)

    lexical._merge = watched
    (folder / "r4.txt").write_text(NEW, encoding="utf-8")
    app.shelf.add([folder])
    del lexical._merge
    # let go before the new index was built, not after: the retriever's facts, the mapped
    # pair index, the old weights (and the note that they were positive)
    assert seen["held"] == ({}, {}, "") and seen.pop("weights") == (None, None)
    gc.collect()
    assert old_weights() is None  # nothing keeps the old weights past the rebuild

    after = [answer_json(app.service.ask(q, [])) for q in QUESTIONS]
    assert [_supported(a) for a in after] == [
        {"白沙镇", "柳溪镇"},
        {"白沙镇", "柳溪镇"},
        {"白沙镇"},
    ]
    fresh = build(settings).service  # another process's view of the same library
    assert [answer_json(fresh.ask(q, [])) for q in QUESTIONS] == after
