"""``webapp.gradio_import``: Gradio imported for the cold start must give the same Gradio —
every component's event listeners documented character for character as a plain
``import gradio`` documents them — while compiling each distinct docstring template once,
and must leave Jinja's own ``Template`` in ``gradio.events`` afterwards."""

from __future__ import annotations

from tests.probe_kit import in_fresh_process

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
    plain, quick = in_fresh_process(_DOCS, "plain"), in_fresh_process(_DOCS, "quick")
    assert quick["events"] == plain["events"] >= 200
    assert quick["documented"] == plain["documented"] >= 200  # each names its component
    assert quick["docs"] == plain["docs"]
    assert plain["compiled"] - quick["compiled"] >= 150, (
        "Gradio no longer compiles a template per event docstring: the cache is moot"
    )
    assert quick["jinja_template_back"] and plain["jinja_template_back"]
    assert quick["blocks"] == plain["blocks"] >= 2


_PAGE = """
import json, sys, urllib.request
from webapp.gradio_import import app_made_at_launch, import_gradio
from tests.app_process import _free_port
gr = import_gradio()

def page():
    with gr.Blocks() as demo:
        box = gr.Textbox(label="问题")
        out = gr.Textbox(label="回答")
        gr.Button("提问").click(lambda q: "答：" + q, box, out, api_name="ask")
    demo.queue(default_concurrency_limit=8)
    return demo

if sys.argv[1] == "deferred":
    with app_made_at_launch():
        demo = page()
else:
    demo = page()
before_launch = demo.app is not None
config = demo.get_config_file()
shape = {k: config[k] for k in ("components", "dependencies", "layout")}
port = _free_port()
demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
served = json.loads(opener.open(f"http://127.0.0.1:{port}/config", timeout=30).read())
demo.close()
print(json.dumps({
    "app_before_launch": before_launch,
    "shape": json.dumps(shape, sort_keys=True, default=str),
    "served_components": len(served["components"]),
    "served_dependencies": len(served["dependencies"]),
}))
"""


def test_a_page_built_without_early_web_apps_is_the_same_page_and_serves_once_launched():
    plain, deferred = in_fresh_process(_PAGE, "plain"), in_fresh_process(_PAGE, "deferred")
    assert plain["app_before_launch"] and not deferred["app_before_launch"]
    assert deferred["shape"] == plain["shape"]
    assert deferred["served_components"] == plain["served_components"] >= 3
    assert deferred["served_dependencies"] == plain["served_dependencies"] >= 1
