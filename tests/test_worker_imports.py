"""An ingest worker imports what reading a .txt report needs and no more: python-docx and
pypdf come with the first .docx or PDF, scipy (the lexical index's matrices) and pydantic
(settings) never — each was ~0.1 s of CPU in every worker of every ingest (perf15); nor
jieba itself, whose dictionary file is all the tokenizer takes from it (perf21)."""

from __future__ import annotations

from ingest.limits import LoadLimits
from ingest.workers import ParseSpec, WorkerPool
from stores.embedders import HashingEmbedder
from stores.lexical import TokenCache
from tests import worker_probe

_REPORT = """某某镇2023年法治政府建设工作情况的报告

一、主要举措
（一）聘请法律顾问。镇政府聘请律师担任法律顾问，全年审查合同12份。
（二）化解矛盾纠纷。全镇调解矛盾纠纷35件，调解成功率98%。

二、存在的问题
干部法治意识仍需提高。
"""


def test_a_worker_imports_no_docx_pdf_scipy_or_pydantic(tmp_path):
    report = tmp_path / "某某镇.txt"
    report.write_text(_REPORT, encoding="utf-8")
    spec = ParseSpec(LoadLimits(), 200, 20, HashingEmbedder(64))
    sink = (TokenCache(tmp_path / "tokens"), None)
    parse_job = (report, None, spec)
    tokenize_job = (1, ("某某镇",), [], sink)
    with WorkerPool(2, ["法律顾问"]) as pool:
        pool.start()
        found = [
            set(pool._ex.submit(worker_probe.after_jobs, parse_job, tokenize_job).result())
            for _ in range(2)
        ]
    assert (tmp_path / "tokens" / "r1-h1.json").exists()  # the job really ran
    for modules in found:
        assert {"ingest", "numpy", "jieba_fast_dat"} <= modules
        assert not {"docx", "pypdf", "scipy", "pydantic", "pydantic_settings", "chromadb"} & modules
        # jieba's dict.txt is found, not imported (its HMM tables: ~20 ms CPU per worker)
        assert "jieba" not in modules
