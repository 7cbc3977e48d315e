"""Run inside an ingest worker by ``test_worker_imports``: one real parse and tokenise job,
then the top-level packages the worker process has imported. Imports nothing itself."""

from __future__ import annotations

import sys


def after_jobs(parse_job, tokenize_job) -> list[str]:
    from ingest import workers

    parsed = workers._parse_job(parse_job)
    key, words, _, sink = tokenize_job
    job = [("r1", "h1", parsed.text, parsed.spans)]
    workers._tokenize_job((key, words, job, sink, True))
    return sorted({name.split(".")[0] for name in sys.modules})
