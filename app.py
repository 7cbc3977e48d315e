"""Composition root: settings → core service → Gradio Blocks → launch."""

from __future__ import annotations

import os
import threading


def main() -> None:
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from answering.cli import build_service
    from reportqa.settings import Settings

    settings = Settings()
    built: dict = {}

    def build() -> None:  # index and jieba load while Gradio imports
        built["service"] = build_service(settings)
        built["service"].warm_up()

    loader = threading.Thread(target=build, name="reportqa-warm-up")
    loader.start()
    from webapp.handlers import Handlers
    from webapp.ui import build_blocks, launch_kwargs

    loader.join()
    if "service" not in built:
        raise SystemExit("reportqa: the index could not be opened (see the error above)")
    build_blocks(Handlers(built["service"])).launch(**launch_kwargs(settings))


if __name__ == "__main__":
    main()
