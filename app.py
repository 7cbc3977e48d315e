"""Composition root: settings → core service → Gradio Blocks → launch."""

from __future__ import annotations

import os


def main() -> None:
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from answering.cli import build_service
    from reportqa.settings import Settings
    from webapp.handlers import Handlers
    from webapp.ui import build_blocks, launch_kwargs

    settings = Settings()
    service = build_service(settings)
    service.warm_up()
    build_blocks(Handlers(service)).launch(**launch_kwargs(settings))


if __name__ == "__main__":
    main()
