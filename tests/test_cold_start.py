"""The web app's cold start: it answers from the data dir's local copy of the library before
the Chroma client is even imported, still notices what other processes wrote, and imports
Gradio without rewriting Gradio's type stubs. (How fast is measured by ``reportqa bench``,
``app_cold_start``; these tests check what the fast path may and may not skip.)"""

from __future__ import annotations

from library import build
from reportqa.settings import Settings
from tests.probe_kit import in_fresh_process

LEGAL = "哪些乡镇聘请了法律顾问"

_FRESH_READER = """
import json, sys
from library import build
from reportqa.settings import Settings
app = build(Settings(data_dir=sys.argv[1]))
app.catalog.open_local()
answer = app.service.ask(sys.argv[2])
out = {
    "townships": sorted({c.township for c in answer.citations}),
    "chromadb_imported": "chromadb" in sys.modules,
    "store_open": app.catalog.store.is_open(),
}
app.catalog.check_in_background().join()
out["store_open_after_check"] = app.catalog.store.is_open()
print(json.dumps(out, ensure_ascii=False))
"""


def _fresh_reader(settings: Settings, question: str) -> dict:
    return in_fresh_process(_FRESH_READER, str(settings.data_dir), question)


def test_a_fresh_process_answers_from_the_local_copy_without_importing_chroma(
    settings: Settings, corpus_copy
):
    writer = build(settings)
    writer.shelf.add([corpus_copy])
    expected = sorted({c.township for c in writer.service.ask(LEGAL).citations})
    assert len(expected) >= 2
    out = _fresh_reader(settings, LEGAL)
    assert out["townships"] == expected
    assert out["chromadb_imported"] is False and out["store_open"] is False
    assert out["store_open_after_check"] is True


def test_a_snapshot_of_an_earlier_round_opens_through_the_store(settings: Settings, corpus_copy):
    """A data dir whose snapshot predates the version in it is read from Chroma once (an
    ordinary first refresh), then rewritten so that the next start is fast."""
    build(settings).shelf.add([corpus_copy])
    import pickle

    path = settings.index_dir / "chunks.pkl"
    _, _, _, chunks, _ = pickle.loads(path.read_bytes())
    path.write_bytes(pickle.dumps((1, chunks)))  # the format of the previous round
    app = build(settings)
    app.catalog.open_local()
    assert app.catalog.store.is_open()
    assert len(app.catalog.chunks) == len(chunks)
    assert pickle.loads(path.read_bytes())[1] == app.catalog.store.version()


def test_a_local_copy_read_from_another_store_is_not_served(settings: Settings, corpus_copy):
    """The copy says which store (and embedder) it was read from: opened with another
    collection prefix, the same data dir's copy is not served before that store answers."""
    build(settings).shelf.add([corpus_copy])
    other = build(settings.model_copy(update={"collection_prefix": "other"})).catalog
    other.open_local()
    assert other.store.is_open()
    assert other.infos == {} and other.chunks == []


def test_what_another_process_wrote_meanwhile_is_read_after_the_store_opens(
    settings: Settings, corpus_copy
):
    writer = build(settings)
    writer.shelf.add([corpus_copy])
    reader = build(settings).catalog
    reader.open_local()
    before = {c.id for c in reader.chunks}
    assert not reader.store.is_open()

    f = corpus_copy / "004_43a8054b3d808e27.txt"
    f.write_text(f.read_text(encoding="utf-8") + "\n新增一段关于公共法律服务的内容。\n", "utf-8")
    writer.shelf.add([corpus_copy])  # a second writer on the same data dir
    assert not reader.refresh()  # until the store is open, the local copy is served
    assert {c.id for c in reader.chunks} == before

    reader.check_in_background().join()
    assert reader.lexical.version == writer.catalog.store.version()
    assert {c.id: c.text for c in reader.chunks} == {c.id: c.text for c in writer.catalog.chunks}
    assert {c.id for c in reader.chunks} != before


_GRADIO = """
import ast, json, sys
parsed = []
parse = ast.parse
ast.parse = lambda *a, **k: (parsed.append(1), parse(*a, **k))[1]
if sys.argv[1] == "quick":
    from webapp.launch import import_gradio
    gr = import_gradio()
else:
    import gradio as gr
with gr.Blocks() as page:
    box = gr.Textbox(label="问题")
    gr.Button("提问").click(lambda q: q, box, box)
print(json.dumps({"parsed": len(parsed), "blocks": len(page.blocks)}))
"""


def _gradio(how: str) -> dict:
    return in_fresh_process(_GRADIO, how)


def test_gradio_is_imported_without_parsing_its_own_sources():
    """A plain ``import gradio`` parses a component's source file twice for each of its ~80
    component classes (to rewrite its type stub); ``import_gradio`` skips only that (the
    few other parses Gradio makes stay)."""
    plain, quick = _gradio("plain"), _gradio("quick")
    assert plain["parsed"] - quick["parsed"] >= 100, (
        "Gradio no longer rewrites its stubs on import: import_gradio is moot"
    )
    assert quick["parsed"] <= 10
    assert quick["blocks"] == plain["blocks"] >= 2
