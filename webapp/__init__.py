"""The Gradio adapter: translates UI events to the use cases (``library``) and back, and
holds per-user state in ``gr.State``. ``launch.serve`` starts it; ``ui`` lays out the page,
``handlers`` are its callbacks; ``render``, ``compare``, ``viewer`` draw HTML; ``history``
keeps conversations in the browser; ``serving`` (start-up checks); ``gradio_import`` (Gradio's
import for the cold start); ``idle_warm`` (what the library's process loads once idle).
"""

__all__ = [
    "compare",
    "gradio_import",
    "handlers",
    "history",
    "idle_warm",
    "launch",
    "library_process",
    "port",
    "render",
    "serving",
    "ui",
    "viewer",
]
