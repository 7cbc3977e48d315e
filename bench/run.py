"""``reportqa bench``: the cost curve — ingest throughput, memory, index size and answer
latency per corpus size, on this machine.

Each corpus is measured in a fresh child process (``python -m bench.run --one
spec.json``) with its own temporary data dir: peak RSS (``ru_maxrss``) only ever grows inside
one process, so a second corpus measured in the same process would report the first one's
peak, and a fresh interpreter pays the real cold costs (jieba dictionary, Chroma open) that a
user pays. The parent only generates corpora, starts children and prints their results.

Answers are timed on the extractive path (no LLM), which is what the library itself costs.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from answering.collector import settle
from bench.aside import run_aside
from bench.fresh import SEED_MIX, fresh_round, synth_mix
from bench.phases import Phases
from reportqa.answer import Kind
from reportqa.errors import ReportQAError
from reportqa.settings import REPO_ROOT, Settings

SHARED_SZ = REPO_ROOT.parent / "shared" / "corpus-sz"


def _synth():
    from bench import synth

    return synth


# ---- child: one corpus ---------------------------------------------------------------------
def _pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile (no interpolation: with few samples it is an observed value)."""
    xs = sorted(values)
    return round(xs[max(0, math.ceil(q * len(xs)) - 1)], 2) if xs else 0.0


def _summary(ms: list[float]) -> dict:
    return {"p50": _pct(ms, 0.5), "p95": _pct(ms, 0.95), "n": len(ms)}


def _dir_mb(path: Path) -> float:
    total = sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.exists() else 0
    return round(total / 1e6, 2)


def measure(spec: dict) -> dict:
    """Ingest ``spec['paths']`` into a fresh data dir, then time retrieval and answers."""
    from answering.followup import Turn
    from ingest.loaders import iter_report_files
    from library import build

    # the extractive path: what the library itself costs, whatever LLM the user configured
    settings = Settings(**{**spec["settings"], "llm_base_url": ""})
    paths = [Path(p) for p in spec["paths"]]
    text_mb = sum(f.stat().st_size for f in iter_report_files(paths)) / 1e6

    phases = Phases()
    t0 = time.perf_counter()
    app = build(settings)
    lib = app.catalog
    open_s = time.perf_counter() - t0
    phases.wrap(lib.embedder, "embed", "embed")
    phases.wrap(lib.store, "put_chunks", "chroma_write")
    phases.wrap(lib.store, "commit_reports", "chroma_write")
    phases.wrap(lib.store, "chunks", "chroma_read_all")
    phases.wrap(lib.tokens, "put", "token_cache_write")
    phases.wrap(lib.lexical, "_merge", "bm25_build")
    phases.wrap(lib, "refresh", "refresh")
    writers = phases.catch_writers(lib.store)
    t0 = time.perf_counter()
    result = app.shelf.add(paths, progress=phases.progress)
    ingest_s = time.perf_counter() - t0
    if "分词" in phases.stage_start:
        phases.seconds["read_clean_chunk"] = phases.stage_start["分词"] - t0
    phases.add_writers(writers)
    # the largest of the ingest's own processes (workers, the Chroma writer), all ended by now
    helpers_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    ingest_phases = {k: round(v, 2) for k, v in sorted(phases.seconds.items())}
    # written before the (possibly long) query phase, so an interrupted run still says where
    # the ingest time went
    Path(spec["result"]).with_name("ingest.json").write_text(
        json.dumps({"ingest_s": ingest_s, "phases_s": ingest_phases}), encoding="utf-8"
    )

    retriever = app.retriever
    service = app.service

    def clock(samples: dict[str, list[float]], key: str, fn: Callable, *args) -> None:
        # the asking thread's CPU beside the wall time: on a shared machine the wall time is
        # mostly the other processes' turn (stop 29: 8.5 ms wall for ~3 ms of CPU), and the
        # answer runs on this thread alone
        c, t = time.thread_time(), time.perf_counter()
        fn(*args)
        samples.setdefault(key, []).append((time.perf_counter() - t) * 1000)
        samples.setdefault(f"cpu:{key}", []).append((time.thread_time() - c) * 1000)

    def run_mix(samples: dict[str, list[float]], mix: list[dict]) -> None:
        for item in mix:
            history = [Turn(q) for q in item.get("history", [])]
            if not history:
                analysis = retriever.analyze(item["q"])
                clock(
                    samples, "search", retriever.search, item["q"], settings.top_k, None, analysis
                )
                if analysis.kind in (Kind.WHICH, Kind.COMPARE):
                    clock(samples, "fanout", retriever.fan_out, analysis)
            clock(samples, f"answer:{item['kind']}", service.ask, item["q"], history)

    first: dict[str, list[float]] = {}
    run_mix(first, spec["mix"])  # warm-up: first asks fill caches (jieba's tagger); kept apart
    settle()  # as the app does after its warm-up
    samples: dict[str, list[float]] = {}
    # every timed ask is a question not asked before in this process (``bench.fresh``)
    years: dict[str, set[int]] = {}
    for i in lib.reports():
        if i.level == "乡镇":
            years.setdefault(i.township, set()).add(i.year)
    for k in range(spec["repeat"]):
        run_mix(samples, fresh_round(spec["mix"], k, sorted(years), years))
    answers = {k.split(":", 1)[1]: v for k, v in samples.items() if k.startswith("answer:")}
    answer_cpu = [ms for k, v in samples.items() if k.startswith("cpu:answer:") for ms in v]

    quality = _quality(service, spec.get("truth"))
    checks: dict[str, list[float]] = {}
    for _ in range(5):  # what every process pays per refresh check to notice other writers
        clock(checks, "version", lib.store.version)
    # the process that ingested and answered, before it churns (`peak_rss_mb` then)
    served_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # what another process pays to open this library, and the web app from a cold start,
    # each in a process of its own (``bench.aside``)
    home = Path(spec["result"]).parent
    reopened = run_aside("reopen", home / "spec.json", home / "reopen.json")
    app_start = run_aside("app", home / "spec.json", home / "app.json")
    chunks, reports = len(lib.chunks), len(lib.reports())
    churned = None
    if spec.get("truth"):  # last: it edits and deletes 1 % of the generated reports
        from bench.churn import churn

        churned = churn(app.shelf, paths[0])
    if settings.chroma_server:
        _drop_collections(settings)
    return {
        "name": spec["name"],
        "reports": reports,
        "failed": len(result.failed),
        "chunks": chunks,
        "text_mb": round(text_mb, 2),
        "open_s": round(open_s, 3),
        "ingest_s": round(ingest_s, 2),
        "reports_per_s": round(reports / ingest_s, 1),
        "mb_per_s": round(text_mb / ingest_s, 3),
        "phases_s": ingest_phases,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "peak_rss_ingest_answer_mb": round(served_mb, 1),
        "ingest_helper_rss_mb": round(helpers_mb, 1),
        "index_mb": _dir_mb(settings.data_dir),
        "chroma_mb": None if settings.chroma_server else _dir_mb(settings.chroma_dir),
        "reopen_s": reopened["reopen_s"],
        "reopen_rss_mb": reopened["reopen_rss_mb"],
        "app_cold_start": app_start,
        "search_ms": _summary(samples.get("search", [])),
        "fanout_ms": _summary(samples.get("fanout", [])),
        "answer_ms": _summary([ms for v in answers.values() for ms in v]),
        "answer_ms_by_kind": {k: _summary(v) for k, v in answers.items()},
        "answer_cpu_ms": _summary(answer_cpu),
        "first_answer_ms": _summary([v for k, vs in first.items() if ":" in k for v in vs]),
        "version_check_ms": _summary(checks["version"]),
        **quality,
        "churn": churned,
    }


def _quality(service, truth_path: str | None) -> dict:
    """Township-set F1 of the planted which-questions, and planted-fact accuracy."""
    if not truth_path:
        return {"f1": None, "fact_accuracy": None}
    truth = _synth().SynthTruth.from_json(json.loads(Path(truth_path).read_text("utf-8")))
    f1: dict[str, float] = {}
    for key, topic in truth.topics.items():
        got = set(service.ask(topic.question).townships)
        hit = len(got & topic.townships)
        p = hit / len(got) if got else 0.0
        r = hit / len(topic.townships) if topic.townships else 0.0
        f1[key] = round(2 * p * r / (p + r), 4) if p + r else 0.0
    correct = 0
    for fact in truth.facts:
        answer = service.ask(fact.question)
        correct += bool(answer.citations) and fact.expected in answer.citations[0].quote
    return {"f1": f1, "fact_accuracy": round(correct / max(1, len(truth.facts)), 3)}


def _drop_collections(settings: Settings) -> None:
    import chromadb

    host, port = settings.chroma_server or ("127.0.0.1", 8000)
    client = chromadb.HttpClient(host=host, port=port)
    for collection in client.list_collections():
        if collection.name.startswith(f"{settings.collection_prefix}_"):
            client.delete_collection(collection.name)


def _child_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--one", required=True, help="spec.json written by `reportqa bench`")
    args = parser.parse_args(argv)
    spec = json.loads(Path(args.one).read_text(encoding="utf-8"))
    out = measure(spec)
    Path(spec["result"]).write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    return 0


# ---- parent: corpora, children, output ----------------------------------------------------
def _corpora(args: argparse.Namespace, settings: Settings, work: Path):
    """(name, paths, mix, truth path) per corpus; synthetic ones are generated on demand."""
    if not args.no_bundled:
        yield "bundled", [settings.corpus_dir], SEED_MIX, None
    if not args.no_sz and SHARED_SZ.is_dir():
        yield "seeds+corpus-sz", [settings.corpus_dir, SHARED_SZ], SEED_MIX, None
    for n in args.reports:
        synth = _synth()
        folder = work / f"synth-{n}" / "reports"
        t0 = time.perf_counter()
        truth = synth.generate(folder, n, seed=args.seed)
        _note(f"generated {n} synthetic reports in {time.perf_counter() - t0:.1f}s")
        truth_path = work / f"synth-{n}" / "truth.json"
        truth_path.write_text(json.dumps(truth.to_json(), ensure_ascii=False), encoding="utf-8")
        yield f"synth-{n}", [folder], synth_mix(truth), truth_path


def _run_child(name: str, paths: list[Path], mix, truth, settings: Settings, args, work: Path):
    home = work / name
    shutil.rmtree(home / "data", ignore_errors=True)
    home.mkdir(parents=True, exist_ok=True)
    update: dict = {"data_dir": home / "data"}
    if settings.chroma_server:  # never write into the app's collections on a shared server
        update["collection_prefix"] = f"bench-{name}-{os.getpid()}".replace("+", "-")
    child = settings.model_copy(update=update)
    spec = {
        "name": name,
        "paths": [str(p) for p in paths],
        "settings": child.model_dump(mode="json", exclude={"llm_api_key", "auth_password"}),
        "mix": mix,
        "truth": str(truth) if truth else None,
        "repeat": args.repeat,
        "result": str(home / "result.json"),
    }
    (home / "spec.json").write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    _note(f"measuring {name} …")
    cmd = [sys.executable, "-m", "bench", "--one", str(home / "spec.json")]  # see __main__
    proc = subprocess.run(cmd, cwd=REPO_ROOT, stdout=subprocess.DEVNULL, check=False)
    if proc.returncode != 0:
        raise ReportQAError(
            f"bench: 测量 {name} 失败（退出码 {proc.returncode}），请查看上方的错误输出。"
        )
    row = json.loads((home / "result.json").read_text(encoding="utf-8"))
    if truth is None:  # real reports: the textbook recipe on the same files, same run
        _note(f"measuring the textbook recipe on {name} …")
        cmd = [sys.executable, "-m", "bench.recipe", str(home / "spec.json")]
        if subprocess.run(cmd, cwd=REPO_ROOT, stdout=subprocess.DEVNULL).returncode == 0:
            row["recipe"] = json.loads((home / "recipe.json").read_text(encoding="utf-8"))
            row["ingest_vs_recipe"] = round(row["ingest_s"] / row["recipe"]["build_s"], 2)
    return row


def _note(line: str) -> None:
    sys.stderr.write(f"bench: {line}\n")
    sys.stderr.flush()


def _machine() -> dict:
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {
        "cpus": os.cpu_count(),
        "mem_gib": round(mem, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def _table(rows: list[dict]) -> str:
    head = (
        "| corpus | reports | chunks | text MB | ingest s | reports/s | MB/s | peak RSS MB "
        "| index MB | search p50/p95 ms | fan-out p50/p95 ms | answer p50/p95 ms | which F1 |"
    )
    lines = [head, "| " + " | ".join(["---"] * (head.count("|") - 1)) + " |"]
    for r in rows:
        f1 = " ".join(f"{v:.2f}" for v in r["f1"].values()) if r["f1"] else "-"
        lines.append(
            f"| {r['name']} | {r['reports']} | {r['chunks']} | {r['text_mb']} | {r['ingest_s']} "
            f"| {r['reports_per_s']} | {r['mb_per_s']} | {r['peak_rss_mb']} | {r['index_mb']} "
            f"| {r['search_ms']['p50']} / {r['search_ms']['p95']} "
            f"| {r['fanout_ms']['p50']} / {r['fanout_ms']['p95']} "
            f"| {r['answer_ms']['p50']} / {r['answer_ms']['p95']} | {f1} |"
        )
    for r in rows:
        if "recipe" in r:
            rec = r["recipe"]
            lines.append(
                f"\n{r['name']}: textbook recipe (splitter + BM25Retriever over jieba, not "
                f"persisted) build {rec['build_s']} s, retrieval p50 {rec['retrieval_ms_p50']} "
                f"ms; reportqa ingest {r['ingest_s']} s = {r['ingest_vs_recipe']}x the recipe"
            )
        phases = ", ".join(f"{k} {v}" for k, v in r["phases_s"].items())
        lines.append(
            f"\n{r['name']}: ingest phases (s): {phases}; reopen {r['reopen_s']} s "
            f"({r['reopen_rss_mb']} MB); app cold start → first answer "
            f"{r['app_cold_start']['wall_s']} s; "
            f"answer CPU p50/p95 {r['answer_cpu_ms']['p50']} / {r['answer_cpu_ms']['p95']} ms; "
            f"version check p50 {r['version_check_ms']['p50']} ms; first answers p50/p95 "
            f"{r['first_answer_ms']['p50']} / {r['first_answer_ms']['p95']} ms"
        )
        if r.get("churn"):
            up, pr = r["churn"]["update"], r["churn"]["prune"]
            lines.append(
                f"{r['name']}: re-ingest with {up['files']} files edited {up['s']} s; "
                f"--prune of {pr['files']} deleted {pr['s']} s"
            )
    return "\n".join(lines)


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    if any(n < 1 for n in args.reports):
        raise ReportQAError("--reports 需要正整数 / --reports takes positive counts")
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="reportqa-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        rows = [
            _run_child(name, paths, mix, truth, settings, args, work)
            for name, paths, mix, truth in _corpora(args, settings, work)
        ]
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        report = {
            "date": date.today().isoformat(),
            "machine": _machine(),
            "chroma": "server" if settings.chroma_server else "embedded",
            "embedding_model": settings.embedding_model or "offline-hashing",
            "repeat": args.repeat,
            "corpora": rows,
        }
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(_table(rows) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1:]))
