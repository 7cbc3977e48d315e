"""The comparison table and its bar chart, as HTML built from the answer's compare rows.

The chart plots each row's ``number`` (the figure the answerer took from that row's quote)
in the table's order, labelled with its value and the measure word the quote writes after
it (件, 起, 人…); with fewer than two numbers there is nothing to compare and no chart.
"""

from __future__ import annotations

import html

from answering.types import Answer
from reportqa.answer import fmt_number

__all__ = ["chart_html", "fmt_number", "table_html"]


def table_html(answer: Answer) -> str:
    if not answer.table:
        return ""
    with_numbers = any(r.number is not None for r in answer.table)
    head = "<th>单位</th>" + ("<th>数值</th>" if with_numbers else "") + "<th>报告原文</th>"
    rows = []
    for r in answer.table:
        cells = f"<td>{html.escape(r.shown)}</td>"
        if with_numbers:
            cells += f'<td class="rq-num">{html.escape(r.label)}</td>'
        mark = f"[{r.n}]" if r.citation else "—"
        cells += f"<td>{html.escape(r.value)}</td><td>{mark}</td>"
        rows.append(f"<tr>{cells}</tr>")
    return (
        f'<table class="rq-table"><thead><tr>{head}<th>出处</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def chart_html(answer: Answer) -> str:
    bars = [r for r in answer.table if r.number is not None]
    if len(bars) < 2:
        return ""
    words = {r.measure for r in bars}
    shared = words.pop() if len(words) == 1 else ""
    top = max(r.magnitude for r in bars) or 1.0
    title = "数值对比" + (f"（单位：{shared}）" if shared else "")
    out = [f'<div class="rq-chart-title">{html.escape(title)}</div>']
    for r in bars:
        width = max(0.0, r.magnitude) / top * 100
        out.append(
            f'<div class="rq-bar-row" data-unit="{html.escape(r.unit)}"'
            f' data-value="{fmt_number(r.number)}">'
            f'<span class="rq-bar-label">{html.escape(r.shown)}</span>'
            f'<span class="rq-bar-track"><span class="rq-bar" style="width:{width:.1f}%"></span>'
            f'</span><span class="rq-bar-value">{html.escape(r.label)} [{r.n}]</span></div>'
        )
    return '<div class="rq-chart" role="img" aria-label="数值对比">' + "".join(out) + "</div>"
