"""``reportqa bench``: the command; the measuring is ``bench.run``."""

from __future__ import annotations

import argparse

from reportqa.settings import Settings


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    from bench.run import cmd_bench as run

    return run(args, settings)


def register(sub) -> None:
    p = sub.add_parser("bench", help="性能基准：导入吞吐、内存、索引大小、检索与回答延迟")
    p.add_argument(
        "--reports",
        type=int,
        nargs="+",
        default=[],
        metavar="N",
        help="also measure a synthetic corpus of N reports (one per N given)",
    )
    p.add_argument("--no-bundled", action="store_true", help="skip the bundled corpus/")
    p.add_argument("--no-sz", action="store_true", help="skip seeds + ../shared/corpus-sz")
    p.add_argument("--repeat", type=int, default=5, help="timed runs of the question mix")
    p.add_argument("--seed", type=int, default=7, help="synthetic corpus seed")
    p.add_argument("--keep", metavar="DIR", help="keep corpora, data dirs and results in DIR")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_bench)
