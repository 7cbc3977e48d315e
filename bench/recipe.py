"""The textbook recipe, measured beside reportqa on the same reports in the same bench run.

What a tutorial builds for Chinese keyword search: read each file, cut it with LangChain's
``RecursiveCharacterTextSplitter`` (the same chunk size as ours), and index the pieces with
``BM25Retriever`` over ``jieba.lcut``. Nothing is persisted and nothing is cleaned, so its
build time is a floor under which no persisted index can go by much: the issue's yardstick
is reportqa's whole ingest (cleaning, metadata, Chroma, BM25) against this build.

Run in its own child process (``python -m bench.recipe spec.json``), like each corpus, so
that neither side's imports, jieba dictionary or memory peak count for the other.
"""

from __future__ import annotations

import json
import math
import resource
import sys
import time
import warnings
from pathlib import Path


def _p50(values: list[float]) -> float:
    xs = sorted(values)
    return round(xs[max(0, math.ceil(0.5 * len(xs)) - 1)], 2) if xs else 0.0


def measure(paths: list[Path], questions: list[str], chunk_chars: int, k: int, repeat: int):
    """Build time (read + split + BM25 over jieba, including jieba's dictionary load, as a
    fresh process pays it) and the p50 of ``invoke`` over ``questions``."""
    t0 = time.perf_counter()
    import jieba
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    with warnings.catch_warnings():  # langchain-community's sunset notice: a yardstick here
        warnings.simplefilter("ignore", DeprecationWarning)
        from langchain_community.retrievers import BM25Retriever

    from ingest.loaders import iter_report_files, load_text

    jieba.setLogLevel(60)
    imports_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    files = list(iter_report_files(paths))
    texts = [load_text(f) for f in files]
    splitter = RecursiveCharacterTextSplitter(chunk_size=chunk_chars, chunk_overlap=0)
    docs = splitter.create_documents(texts, [{"source": f.name} for f in files])
    retriever = BM25Retriever.from_documents(docs, preprocess_func=jieba.lcut, k=k)
    build_s = time.perf_counter() - t0
    retriever.invoke(questions[0])
    ms: list[float] = []
    for _ in range(repeat):
        for q in questions:
            t = time.perf_counter()
            retriever.invoke(q)
            ms.append((time.perf_counter() - t) * 1000)
    return {
        "reports": len(files),
        "chunks": len(docs),
        "imports_s": round(imports_s, 2),
        "build_s": round(build_s, 2),
        "retrieval_ms_p50": _p50(ms),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main(argv: list[str]) -> int:
    spec = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    out = measure(
        [Path(p) for p in spec["paths"]],
        [item["q"] for item in spec["mix"]],
        int(spec["settings"]["chunk_max_chars"]),
        int(spec["settings"]["top_k"]),
        int(spec["repeat"]),
    )
    Path(spec["result"]).with_name("recipe.json").write_text(json.dumps(out), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
