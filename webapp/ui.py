"""The Gradio Blocks: layout and event wiring only; behaviour lives in ``Handlers``."""

from __future__ import annotations

import functools

import gradio as gr

from reportqa.errors import ReportQAError
from webapp.handlers import EXAMPLES, Handlers
from webapp.render import CSS


def _guard(fn):
    """User-facing errors become gr.Error here, at the edge, and only here."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ReportQAError as exc:
            raise gr.Error(str(exc)) from exc

    return wrapper


def build_blocks(h: Handlers) -> gr.Blocks:
    towns, years = h.choices()
    age = max(1, h.settings.temp_files_max_age_seconds)  # uploads are copied at import
    with gr.Blocks(
        title="reportqa · 法治政府建设报告问答", delete_cache=(min(age, 600), age)
    ) as demo:
        turns = gr.State([])
        gr.Markdown("## 法治政府建设报告问答\n每条回答都引用报告原文，点击 [n] 查看出处。")
        status = gr.Markdown(h.status(), elem_id="rq-status")
        with gr.Tab("问答"), gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="对话", height=520, elem_id="rq-chat", buttons=["copy"])
                with gr.Row():
                    box = gr.Textbox(
                        placeholder="例如：哪些乡镇聘请了法律顾问",
                        show_label=False,
                        scale=5,
                        elem_id="rq-input",
                    )
                    send = gr.Button("提问", variant="primary", scale=1, elem_id="rq-send")
                gr.Examples(EXAMPLES, inputs=box, label="示例问题")
                with gr.Row():
                    scope_towns = gr.Dropdown(
                        towns, multiselect=True, label="限定乡镇", elem_id="rq-scope-towns"
                    )
                    scope_years = gr.Dropdown(
                        years, multiselect=True, label="限定年份", elem_id="rq-scope-years"
                    )
                with gr.Row():
                    exp_docx = gr.Button("导出 Word", elem_id="rq-export-docx")
                    exp_md = gr.Button("导出 Markdown", elem_id="rq-export-md")
                    exp_json = gr.Button("导出 JSON", elem_id="rq-export-json")
                    exp_csv = gr.Button("导出比较表 CSV", elem_id="rq-export-csv")
                    last_only = gr.Checkbox(label="只导出最后一条", value=False)
                download = gr.File(label="下载", elem_id="rq-download")
            with gr.Column(scale=2):
                sources = gr.HTML(
                    '<div class="rq-empty">引用的原文会显示在这里。</div>',
                    label="出处",
                    elem_id="rq-sources",
                )
                table = gr.Dataframe(label="比较表", wrap=True, elem_id="rq-table")
                plot = gr.BarPlot(
                    x="单位",
                    y="数值",
                    tooltip=["单位", "数值", "引用"],
                    label="数值对比",
                    y_lim=[0, None],
                    elem_id="rq-plot",
                )
        with gr.Tab("报告库"):
            files = gr.File(
                file_count="multiple", label="拖入报告（.txt .md .docx .pdf）", elem_id="rq-upload"
            )
            do_upload = gr.Button("导入", variant="primary", elem_id="rq-do-upload")
            upload_result = gr.Dataframe(label="导入结果", elem_id="rq-upload-result")
            library = gr.Dataframe(
                h.library_table(), label="已导入的报告", wrap=True, elem_id="rq-library"
            )
            with gr.Row():
                pick = gr.Dropdown([i.source for i in h.lib.reports()], label="修改元数据：文件")
                new_town = gr.Textbox(label="单位（乡镇）")
                new_county = gr.Textbox(label="县/区")
                new_year = gr.Textbox(label="年份")
                save = gr.Button("保存")
            save_msg = gr.Markdown()

        outputs = [chatbot, turns, sources, table, plot, box]
        ask = _guard_gen(h.respond)
        inputs = [box, chatbot, turns, scope_towns, scope_years]
        box.submit(ask, inputs, outputs, api_name="chat_enter")
        send.click(ask, inputs, outputs, api_name="chat")
        for button, fmt in (
            (exp_docx, "docx"),
            (exp_md, "md"),
            (exp_json, "json"),
            (exp_csv, "csv"),
        ):
            button.click(_guard(functools.partial(_export, h, fmt)), [turns, last_only], download)

        def refresh_library():
            towns, years = h.choices()
            sources_list = [i.source for i in h.lib.reports()]
            return (
                h.library_table(),
                h.status(),
                gr.update(choices=towns),
                gr.update(choices=years),
                gr.update(choices=sources_list),
            )

        def upload(files_in, progress=gr.Progress()):  # noqa: B008 - Gradio injects it
            return h.upload(files_in, progress=progress)

        do_upload.click(_guard(upload), files, upload_result).then(
            refresh_library, None, [library, status, scope_towns, scope_years, pick]
        )
        save.click(_guard(h.save_metadata), [pick, new_town, new_county, new_year], save_msg).then(
            refresh_library, None, [library, status, scope_towns, scope_years, pick]
        )
        gr.api(h.answer_api, api_name="answer")
    # answers take milliseconds; let several sessions run at once instead of queueing
    demo.queue(default_concurrency_limit=8)
    return demo


def _export(h: Handlers, fmt: str, turns, last_only: bool):
    return h.export(turns, fmt, last_only)


def _guard_gen(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            yield from fn(*args, **kwargs)
        except ReportQAError as exc:
            raise gr.Error(str(exc)) from exc

    return wrapper


def launch_kwargs(settings) -> dict:
    kwargs = {
        "server_name": settings.host,
        "server_port": settings.port,
        "css": CSS,
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
