"""``reportqa ingest`` and ``reportqa reports``: the library's shelf from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from reportqa.settings import Settings
from reportqa.types import META_FIELDS


def emit(obj: object) -> None:
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


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from library import build  # on use: ``--help`` loads no index code

    app = build(settings)
    paths = [Path(p) for p in args.paths] or [settings.corpus_dir]
    update, close = _tqdm_progress(sys.stderr.isatty() and not args.json)
    try:
        result = app.shelf.add(paths, prune=args.prune, progress=update)
    finally:
        close()
    if args.json:
        emit(result.to_json())
    else:
        _out(
            f"新增 {result.added}，更新 {result.updated}，未变 {result.skipped}，"
            f"删除 {result.removed}，失败 {len(result.failed)}"
        )
        for d in result.duplicates:
            _out(f"  重复: {d['source']} 与 {d['duplicate_of']} 内容相同，已跳过")
        for f in result.failed:
            _out(f"  失败: {f['source']}: {f['error']}")
        _out(f"索引中共 {len(result.reports)} 份报告；嵌入: {app.catalog.embedder.name}")
    return 1 if result.failed and not (result.added or result.updated or result.skipped) else 0


def cmd_reports(args: argparse.Namespace, settings: Settings) -> int:
    from library import build

    app = build(settings)
    infos = app.shelf.reports()
    if args.json:
        emit([i.to_record() for i in infos])
        return 0
    for i in infos:
        unsure = i.unsure()
        cells = [(f, getattr(i, f), "-" if f == "parent" else "?") for f in META_FIELDS]
        shown = {f: f"{v or empty}{'（待确认）' if f in unsure else ''}" for f, v, empty in cells}
        _out(
            f"{shown['unit']}\t{shown['parent']}\t{shown['level']}\t{shown['year']}\t"
            f"{i.chunks}段\t{i.source}\t{shown['title']}"
            + (f"\t发布：{i.publisher}" if i.publisher else "")  # the page's 发布机构/来源
        )
    if any(i.unsure() for i in infos):
        _out("标「待确认」的字段请核对；更正写入报告所在文件夹的 metadata.csv 后重新导入即可。")
    _out(f"共 {len(infos)} 份报告；嵌入: {app.catalog.embedder.name}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("ingest", help="导入报告（文件或目录）")
    p.add_argument("paths", nargs="*", help="files or folders (default: the bundled corpus/)")
    p.add_argument("--prune", action="store_true", help="drop reports whose files are gone")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_ingest)

    p = sub.add_parser("reports", help="列出已导入的报告")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_reports)
