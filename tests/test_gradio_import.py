"""``webapp.gradio_import``: Gradio imported for the cold start must give the same Gradio —
every component's event listeners documented character for character as a plain
``import gradio`` documents them — while compiling each distinct docstring template once,
and must leave Jinja's own ``Template`` in ``gradio.events`` afterwards."""

from __future__ import annotations

from tests.test_cold_start import _in_fresh_process

_DOCS = """
import hashlib, inspect, json, sys
import jinja2
compiled = []
compile_ = jinja2.Environment._compile
jinja2.Environment._compile = lambda self, *a, **k: (compiled.append(1), compile_(self, *a, **k))[1]
if sys.argv[1] == "quick":
    from webapp.gradio_import import import_gradio
    gr = import_gradio()
else:
    import gradio as gr
docs = {}
for name in dir(gr):
    cls = getattr(gr, name)
    if inspect.isclass(cls):
        for event in getattr(cls, "EVENTS", None) or []:
            event = str(getattr(event, "event_name", event))
            docs[f"{name}.{event}"] = getattr(getattr(cls, event, None), "__doc__", None)
import gradio.events
with gr.Blocks() as page:
    box = gr.Textbox(label="问题")
    gr.Button("提问").click(lambda q: q, box, box)
print(json.dumps({
    "docs": hashlib.sha1(json.dumps(docs, sort_keys=True).encode()).hexdigest(),
    "documented": sum(1 for d in docs.values() if d and "{{" not in d),
    "events": len(docs),
    "compiled": len(compiled),
    "jinja_template_back": gradio.events.Template is jinja2.Template,
    "blocks": len(page.blocks),
}))
"""


def test_event_docstrings_are_gradios_own_with_each_template_compiled_once():
    plain, quick = _in_fresh_process(_DOCS, "plain"), _in_fresh_process(_DOCS, "quick")
    assert quick["events"] == plain["events"] >= 200
    assert quick["documented"] == plain["documented"] >= 200  # each names its component
    assert quick["docs"] == plain["docs"]
    assert plain["compiled"] - quick["compiled"] >= 150, (
        "Gradio no longer compiles a template per event docstring: the cache is moot"
    )
    assert quick["jinja_template_back"] and plain["jinja_template_back"]
    assert quick["blocks"] == plain["blocks"] >= 2
