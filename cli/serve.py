"""``reportqa serve``: start the web app (the same start as ``app.py``)."""

from __future__ import annotations

import argparse

from reportqa.settings import Settings


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from webapp.launch import serve

    updates = {k: v for k, v in (("host", args.host), ("port", args.port)) if v}
    serve(settings.model_copy(update=updates) if updates else settings)
    return 0


def register(sub) -> None:
    p = sub.add_parser("serve", help="启动网页应用")
    p.add_argument("--host", help="bind address (default 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (default 7860)")
    p.add_argument("--json", action="store_true", help="(accepted for symmetry; no output)")
    p.set_defaults(run=cmd_serve)
