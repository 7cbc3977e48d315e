"""The ``reportqa`` command line: a thin edge over the core.

Every subcommand takes ``--json``. User-facing errors (``ReportQAError``) become a one-line
message and exit code 2 here, and only here.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from reportqa.errors import ReportQAError
from reportqa.settings import Settings
from reportqa.types import META_FIELDS

log = logging.getLogger("reportqa")
_SIGPIPE_EXIT = 141  # what a shell reports for a process ended by SIGPIPE


def _emit(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def _out(line: str = "") -> None:
    sys.stdout.write(line + "\n")


def _tqdm_progress(enabled: bool) -> tuple[Callable[[int, int, str], None], Callable[[], None]]:
    if not enabled:
        return (lambda *_: None), (lambda: None)
    from tqdm import tqdm

    bars: dict[str, tqdm] = {}

    def update(n: int, total: int, label: str) -> None:
        stage = label.split(" ", 1)[0]
        bar = bars.get(stage)
        if bar is None:
            for other in bars.values():
                other.close()
            bar = bars[stage] = tqdm(total=total, desc=stage, unit="份", file=sys.stderr)
        bar.n = n
        bar.set_postfix_str(label.split(" ", 1)[-1][:30], refresh=True)

    def close() -> None:
        for bar in bars.values():
            bar.close()

    return update, close


def _library(settings: Settings):
    from reportqa.library import Library

    return Library(settings)


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    lib = _library(settings)
    paths = [Path(p) for p in args.paths] or [settings.corpus_dir]
    update, close = _tqdm_progress(sys.stderr.isatty() and not args.json)
    try:
        result = lib.ingest(paths, prune=args.prune, progress=update)
    finally:
        close()
    if args.json:
        _emit(result.to_json())
    else:
        _out(
            f"新增 {result.added}，更新 {result.updated}，未变 {result.skipped}，"
            f"删除 {result.removed}，失败 {len(result.failed)}"
        )
        for d in result.duplicates:
            _out(f"  重复: {d['source']} 与 {d['duplicate_of']} 内容相同，已跳过")
        for f in result.failed:
            _out(f"  失败: {f['source']}: {f['error']}")
        _out(f"索引中共 {len(result.reports)} 份报告；嵌入: {lib.embedder.name}")
    return 1 if result.failed and not (result.added or result.updated or result.skipped) else 0


def cmd_reports(args: argparse.Namespace, settings: Settings) -> int:
    lib = _library(settings)
    infos = lib.store.reports()
    if args.json:
        _emit([i.to_record() for i in infos])
        return 0
    for i in infos:
        unsure = i.unsure()
        cells = [(f, getattr(i, f), "-" if f == "parent" else "?") for f in META_FIELDS]
        shown = {f: f"{v or empty}{'（待确认）' if f in unsure else ''}" for f, v, empty in cells}
        _out(
            f"{shown['unit']}\t{shown['parent']}\t{shown['level']}\t{shown['year']}\t"
            f"{i.chunks}段\t{i.source}\t{shown['title']}"
        )
    if any(i.unsure() for i in infos):
        _out("标「待确认」的字段请核对；更正写入报告所在文件夹的 metadata.csv 后重新导入即可。")
    _out(f"共 {len(infos)} 份报告；嵌入: {lib.embedder.name}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, Settings], int]] = {
    "ingest": cmd_ingest,
    "reports": cmd_reports,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reportqa", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="导入报告（文件或目录）")
    p.add_argument("paths", nargs="*", help="files or folders (default: the bundled corpus/)")
    p.add_argument("--prune", action="store_true", help="drop reports whose files are gone")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("reports", help="列出已导入的报告")
    p.add_argument("--json", action="store_true")
    _extend_parser(sub)
    return parser


def _extend_parser(sub) -> None:
    """Subcommands contributed by the answering, eval, app and bench layers."""
    for register in _registrars():
        register(sub, COMMANDS)


def _registrars():
    import importlib

    out = []
    for mod in (
        "answering.cli",
        "reportqa.serve_cli",
        "reportqa.bench_cli",
        "reportqa.meta_eval_cli",
    ):
        try:
            out.append(importlib.import_module(mod).register)
        except ModuleNotFoundError as exc:
            if exc.name != mod:
                raise
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        settings = Settings()
        code = COMMANDS[args.command](args, settings)
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return code
    except ReportQAError as exc:
        sys.stderr.write(f"reportqa: {exc}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("reportqa: interrupted\n")
        return 130
    except BrokenPipeError:
        # the reader went away (``reportqa … | head``): stop quietly, like other tools
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return _SIGPIPE_EXIT


if __name__ == "__main__":
    sys.exit(main())
