"""The Gradio Blocks: layout and event wiring only; behaviour lives in ``Handlers``."""

from __future__ import annotations

import functools
import logging

import gradio as gr

from reportqa.errors import ReportQAError
from webapp import history
from webapp.compare import chart_html, table_html
from webapp.handlers import Handlers
from webapp.render import CSS, EMPTY_SOURCES, HEAD, SOURCES_JS

log = logging.getLogger(__name__)
# what a user reads when something we did not foresee fails: Chinese, and what to do next
UNEXPECTED = "出现了意外错误，已记入服务器日志。请重试；如仍出错，请把问题和时间告诉管理员。"


def user_error(fn, exc: Exception) -> gr.Error:
    """A ``ReportQAError`` already speaks to the user; anything else is logged whole and shown
    in Chinese (never Gradio's bare English "Error"). Call it inside ``except``."""
    if isinstance(exc, ReportQAError):
        return gr.Error(str(exc))
    log.exception("%s failed", getattr(fn, "__name__", fn))
    return gr.Error(UNEXPECTED)


def _guard(fn):
    """User-facing errors become gr.Error here, at the edge, and only here."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except gr.Error:
            raise
        except Exception as exc:
            raise user_error(fn, exc) from exc

    return wrapper


FIELDS = (("unit", "单位（乡镇）"), ("parent", "县/区"), ("year", "年份"))


def _shown(html_text: str):
    """An HTML area is on the page only when it has something to show."""
    return gr.update(value=html_text, visible=bool(html_text))


def build_blocks(h: Handlers) -> gr.Blocks:
    age = max(1, h.settings.temp_files_max_age_seconds)  # uploads are copied at import
    with gr.Blocks(
        title="reportqa · 法治政府建设报告问答", delete_cache=(min(age, 600), age)
    ) as demo:
        turns = gr.State([])
        conv_id = gr.State("")
        saved = gr.BrowserState(
            [], storage_key=history.STORAGE_KEY, secret=history.browser_secret(h.settings.data_dir)
        )
        gr.Markdown("## 法治政府建设报告问答\n每条回答都引用报告原文，点击 [n] 查看出处。")
        status = gr.Markdown(elem_id="rq-status")
        with gr.Tab("问答"):
            with gr.Row(equal_height=False):
                with gr.Column(scale=3, min_width=300):
                    chatbot = gr.Chatbot(
                        label="对话", height=520, elem_id="rq-chat", buttons=["copy"]
                    )
                    with gr.Row():
                        box = gr.Textbox(
                            placeholder="例如：哪些乡镇聘请了法律顾问",
                            show_label=False,
                            scale=5,
                            elem_id="rq-input",
                        )
                        send = gr.Button(
                            "提问", variant="primary", scale=1, min_width=70, elem_id="rq-send"
                        )
                        clear = gr.Button("清空", scale=1, min_width=70, elem_id="rq-clear")
                with gr.Column(scale=2, min_width=300):
                    with gr.Column(visible=False, elem_id="rq-viewer-box") as viewer_box:
                        with gr.Row():
                            gr.Markdown("#### 报告原文")
                            close = gr.Button("关闭原文", size="sm", elem_id="rq-viewer-close")
                        viewer = gr.HTML(elem_id="rq-viewer")
                    # a compact chart first, then the sources, the full table last
                    plot = gr.HTML(visible=False, label="数值对比", elem_id="rq-plot")
                    sources = gr.HTML(
                        EMPTY_SOURCES,
                        label="出处",
                        elem_id="rq-sources",
                        js_on_load=SOURCES_JS,
                    )
                    table = gr.HTML(visible=False, label="比较表", elem_id="rq-table")
            examples = gr.Dataset(
                components=[box], samples=[], label="示例问题", elem_id="rq-examples"
            )
            with gr.Row():
                scope_towns = gr.Dropdown(
                    [], multiselect=True, label="限定乡镇", elem_id="rq-scope-towns"
                )
                scope_years = gr.Dropdown(
                    [], multiselect=True, label="限定年份", elem_id="rq-scope-years"
                )
            with gr.Row():
                exp_docx = gr.Button("导出 Word", elem_id="rq-export-docx")
                exp_md = gr.Button("导出 Markdown", elem_id="rq-export-md")
                exp_json = gr.Button("导出 JSON", elem_id="rq-export-json")
                exp_csv = gr.Button("导出比较表 CSV", elem_id="rq-export-csv")
                last_only = gr.Checkbox(label="只导出最后一条", value=False)
            download = gr.File(label="下载", visible=False, elem_id="rq-download")
            with (
                gr.Accordion("历史对话（保存在本浏览器）", open=False, elem_id="rq-history"),
                gr.Row(),
            ):
                past = gr.Dropdown([], label="以前的对话", scale=4, elem_id="rq-past")
                reopen = gr.Button("打开", scale=1, min_width=70, elem_id="rq-reopen")
        with gr.Tab("报告库"):
            files = gr.File(
                file_count="multiple", label="拖入报告（.txt .md .docx .pdf）", elem_id="rq-upload"
            )
            do_upload = gr.Button("导入", variant="primary", elem_id="rq-do-upload")
            upload_result = gr.Dataframe(
                label="导入结果", visible=False, elem_id="rq-upload-result"
            )
            library = gr.Dataframe(label="已导入的报告", wrap=True, elem_id="rq-library")
            with gr.Row():
                pick = gr.Dropdown([], label="修改元数据：报告", elem_id="rq-pick")
                new_town, new_county, new_year = (
                    gr.Textbox(label=label, elem_id=f"rq-new-{field}") for field, label in FIELDS
                )
                save = gr.Button("保存", elem_id="rq-save")
                delete = gr.Button("删除报告", variant="stop", elem_id="rq-delete")
            save_msg = gr.Markdown()

        def answer_views(*args):
            # the box is emptied by the first frame and later only gets the question back
            # after an error: a question typed while the answer streams is never wiped
            for i, (chat, kept, src, tab, chart, text) in enumerate(h.respond(*args)):
                back = gr.update(value=text) if text or i == 0 else gr.update()
                yield chat, kept, src, _shown(tab), _shown(chart), back

        outputs = [chatbot, turns, sources, table, plot, box]
        ask = _guard_gen(answer_views)
        inputs = [box, chatbot, turns, scope_towns, scope_years]

        def keep(store, cid, chat, kept):
            store, cid = history.remember(store, cid, chat, kept)
            return store, cid, gr.update(choices=history.choices(store), value=None)

        kept = [saved, conv_id, past]
        mine = [saved, conv_id, chatbot, turns]
        box.submit(ask, inputs, outputs, api_name="chat_enter").then(keep, mine, kept)
        send.click(ask, inputs, outputs, api_name="chat").then(keep, mine, kept)
        examples.click(lambda sample: sample[0] if sample else "", examples, box).then(
            ask, inputs, outputs
        ).then(keep, mine, kept)

        def back(store, cid):
            chat, answers = history.reopen(store, cid)
            last = answers[-1]
            hidden = gr.update(value=None, visible=False)
            views = (_shown(table_html(last)), _shown(chart_html(last)), hidden, hidden)
            return chat, answers, h.sources(answers), *views, cid

        restored = [chatbot, turns, sources, table, plot, download, viewer_box, conv_id]
        reopen.click(_guard(back), [saved, past], restored)

        def reset():
            hidden = gr.update(value=None, visible=False)
            return [], [], EMPTY_SOURCES, _shown(""), _shown(""), hidden, "", hidden, "", ""

        cleared = [chatbot, turns, sources, table, plot, download, box, viewer_box, viewer, conv_id]
        clear.click(reset, None, cleared)
        chatbot.clear(reset, None, cleared)
        for button, fmt in (
            (exp_docx, "docx"),
            (exp_md, "md"),
            (exp_json, "json"),
            (exp_csv, "csv"),
        ):
            button.click(_guard(functools.partial(_export, h, fmt)), [turns, last_only], download)

        def open_viewer(evt: gr.EventData):
            data = evt._data if isinstance(evt._data, dict) else {}
            span = [data.get(k) for k in ("start", "end")]
            if not all(isinstance(x, int) for x in span):
                raise ReportQAError("无法定位这段引文，请重新提问后再查看全文")
            page = h.report_view(str(data.get("report", "")), *span)
            return page, gr.update(visible=True)

        sources.select(_guard(open_viewer), None, [viewer, viewer_box]).then(
            None, None, None, js=SCROLL_TO_QUOTE
        )
        close.click(lambda: ("", gr.update(visible=False)), None, [viewer, viewer_box])

        def refresh():
            towns, years = h.choices()
            return (
                h.library_table(),
                h.status(),
                gr.update(choices=towns),
                gr.update(choices=years),
                gr.update(choices=h.report_choices()),
            )

        def refresh_examples():  # apart: checking them may take a moment after a change
            return gr.update(samples=[[q] for q in h.examples()])

        refreshed = [library, status, scope_towns, scope_years, pick]
        demo.load(refresh, None, refreshed).then(refresh_examples, None, examples)
        demo.load(lambda store: gr.update(choices=history.choices(store)), saved, past)

        def upload(files_in, progress=gr.Progress()):  # noqa: B008 - Gradio injects it
            return gr.update(value=h.upload(files_in, progress=progress), visible=True)

        do_upload.click(_guard(upload), files, upload_result).then(refresh, None, refreshed).then(
            refresh_examples, None, examples
        )

        def prefill(source):
            *values, unsure = h.current_metadata(source)
            return [
                gr.update(
                    value=v, label=label + ("（⚠️ 提取把握低，请核对）" if f in unsure else "")
                )
                for v, (f, label) in zip(values, FIELDS, strict=True)
            ]

        pick.change(prefill, pick, [new_town, new_county, new_year])
        save.click(_guard(h.save_metadata), [pick, new_town, new_county, new_year], save_msg).then(
            refresh, None, refreshed
        ).then(refresh_examples, None, examples)
        delete.click(_guard(h.delete_report), pick, save_msg).then(refresh, None, refreshed).then(
            refresh_examples, None, examples
        )
        gr.api(h.answer_api, api_name="answer")
    # answers take milliseconds; let several sessions run at once instead of queueing
    demo.queue(default_concurrency_limit=8)
    return demo


# after the viewer's HTML is on the page: bring the highlighted quote into view
SCROLL_TO_QUOTE = """
() => {
  let tries = 0;
  const go = () => {
    const hit = document.getElementById('rq-hit');
    if (!hit) { if (tries++ < 40) setTimeout(go, 50); return; }
    document.getElementById('rq-viewer-box').scrollIntoView({block: 'start'});
    const body = hit.closest('.rq-viewer-body');
    const offset = hit.getBoundingClientRect().top - body.getBoundingClientRect().top;
    body.scrollTop += offset - body.clientHeight / 3;
  };
  go();
}
"""


def _export(h: Handlers, fmt: str, turns, last_only: bool):
    return gr.update(value=h.export(turns, fmt, last_only), visible=True)


def _guard_gen(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            yield from fn(*args, **kwargs)
        except gr.Error:
            raise
        except Exception as exc:
            raise user_error(fn, exc) from exc

    return wrapper


def launch_kwargs(settings) -> dict:
    kwargs = {
        "server_name": settings.host,
        "server_port": settings.port,
        "css": CSS,
        "head": HEAD,
        "theme": gr.themes.Default(
            font=["system-ui", "PingFang SC", "Microsoft YaHei", "sans-serif"],
            font_mono=["ui-monospace", "monospace"],
        ),
        "footer_links": ["api"],
        "max_file_size": f"{int(settings.max_upload_mb)}mb",
        "allowed_paths": [],
    }
    if settings.auth_user:
        kwargs["auth"] = (settings.auth_user, settings.auth_password.get_secret_value())
    return kwargs
