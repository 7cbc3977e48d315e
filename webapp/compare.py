"""The comparison table and its bar chart, as HTML built from the answer's table rows.

The chart plots each row's ``number`` (the figure the answerer took from that row's quote)
in the table's order, labelled with its value and the measure word that follows it in the
quote (件, 起, 人…); with fewer than two numbers there is nothing to compare and no chart.
"""

from __future__ import annotations

import html
import re

from answering.types import Answer

_MEASURE = r"\s*([万亿千]?)(?:余|多)?([\u4e00-\u9fff]?)"
_SCALE = {"": 1.0, "千": 1e3, "万": 1e4, "亿": 1e8}


def fmt_number(value: float) -> str:
    return f"{value:g}" if value != int(value) else str(int(value))


def _after(row: dict) -> tuple[str, str]:
    """(multiplier, measure word) right after the row's number in its quote:
    「调处纠纷37起」 → ("", "起"), 「发放资料2.5万份」 → ("万", "份")."""
    if row.get("number") is None:
        return "", ""
    number = r"(?<![\d.])" + re.escape(fmt_number(row["number"])) + r"(?![\d.]\d)"
    m = re.search(number + _MEASURE, row.get("quote") or "")
    return (m.group(1), m.group(2)) if m else ("", "")


def measure_word(row: dict) -> str:
    return _after(row)[1]


def label(row: dict) -> str:
    """The number as the quote writes it: 242件, 2.5万份."""
    return fmt_number(row["number"]) + "".join(_after(row))


def magnitude(row: dict) -> float:
    """What a bar's length stands for: 2.5万 is 25 000, not 2.5."""
    return float(row["number"]) * _SCALE[_after(row)[0]]


def table_html(answer: Answer) -> str:
    if not answer.table:
        return ""
    with_numbers = any(r.get("number") is not None for r in answer.table)
    head = "<th>单位</th>" + ("<th>数值</th>" if with_numbers else "") + "<th>报告原文</th>"
    rows = []
    for r in answer.table:
        number = ""
        if with_numbers and r.get("number") is not None:
            number = label(r)
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
    top = max(magnitude(r) for r in bars) or 1.0
    title = "数值对比" + (f"（单位：{shared}）" if shared else "")
    out = [f'<div class="rq-chart-title">{html.escape(title)}</div>']
    for r in bars:
        value = fmt_number(r["number"])
        width = max(0.0, magnitude(r)) / top * 100
        out.append(
            f'<div class="rq-bar-row" data-unit="{html.escape(r["township"])}"'
            f' data-value="{value}"><span class="rq-bar-label">{html.escape(r["township"])}</span>'
            f'<span class="rq-bar-track"><span class="rq-bar" style="width:{width:.1f}%"></span>'
            f'</span><span class="rq-bar-value">{html.escape(label(r))} [{r["n"]}]</span></div>'
        )
    return '<div class="rq-chart" role="img" aria-label="数值对比">' + "".join(out) + "</div>"
