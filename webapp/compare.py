"""The comparison table and its bar chart, as HTML built from the answer's table rows.

The chart plots each row's ``number`` (the figure the answerer took from that row's quote)
in the table's order, labelled with its value and the measure word that follows it in the
quote (件, 起, 人…); with fewer than two numbers there is nothing to compare and no chart.
"""

from __future__ import annotations

import html
import re

from answering.types import Answer

_MEASURE = r"\s*(?:余|多)?([\u4e00-\u9fff])"


def fmt_number(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))


def measure_word(row: dict) -> str:
    """The measure word right after the row's number in its quote: 「调处纠纷37起」 → 起."""
    if row.get("number") is None:
        return ""
    m = re.search(re.escape(fmt_number(row["number"])) + _MEASURE, row.get("quote") or "")
    return m.group(1) if m else ""


def table_html(answer: Answer) -> str:
    if not answer.table:
        return ""
    with_numbers = any(r.get("number") is not None for r in answer.table)
    head = "<th>单位</th>" + ("<th>数值</th>" if with_numbers else "") + "<th>报告原文</th>"
    rows = []
    for r in answer.table:
        number = ""
        if with_numbers and r.get("number") is not None:
            number = fmt_number(r["number"]) + measure_word(r)
        cells = f"<td>{html.escape(r['township'])}</td>"
        if with_numbers:
            cells += f'<td class="rq-num">{html.escape(number)}</td>'
        mark = f"[{r['n']}]" if r["n"] else "—"
        cells += f"<td>{html.escape(r['quote'])}</td><td>{mark}</td>"
        rows.append(f"<tr>{cells}</tr>")
    return (
        f'<table class="rq-table"><thead><tr>{head}<th>出处</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def chart_html(answer: Answer) -> str:
    bars = [r for r in answer.table if r.get("number") is not None]
    if len(bars) < 2:
        return ""
    words = {measure_word(r) for r in bars}
    shared = words.pop() if len(words) == 1 else ""
    top = max(r["number"] for r in bars) or 1.0
    title = "数值对比" + (f"（单位：{shared}）" if shared else "")
    out = [f'<div class="rq-chart-title">{html.escape(title)}</div>']
    for r in bars:
        value = fmt_number(r["number"])
        label = value + (shared or measure_word(r))
        width = max(0.0, r["number"]) / top * 100
        out.append(
            f'<div class="rq-bar-row" data-unit="{html.escape(r["township"])}"'
            f' data-value="{value}"><span class="rq-bar-label">{html.escape(r["township"])}</span>'
            f'<span class="rq-bar-track"><span class="rq-bar" style="width:{width:.1f}%"></span>'
            f'</span><span class="rq-bar-value">{html.escape(label)} [{r["n"]}]</span></div>'
        )
    return '<div class="rq-chart" role="img" aria-label="数值对比">' + "".join(out) + "</div>"
