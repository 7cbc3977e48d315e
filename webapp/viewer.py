"""The report viewer: the whole report a citation comes from, with its sections, scrolled
to the quoted passage and highlighting it — how a user checks a claim against its source.

A very long report (a merged volume, a whole yearbook) is shown as the stretch around the
quote, cut at line ends, with a note: a browser tab should not have to lay out megabytes."""

from __future__ import annotations

import html
from collections.abc import Sequence

from reportqa.types import ReportInfo
from webapp.render import info_label

WINDOW = 200_000  # characters of report text sent to the browser at most


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    if len(text) <= WINDOW:
        return 0, len(text)
    lo = max(0, (start + end) // 2 - WINDOW // 2)
    hi = min(len(text), lo + WINDOW)
    lo = max(0, hi - WINDOW)
    if lo > 0:
        lo = text.find("\n", lo, start) + 1 or lo
    if hi < len(text):
        cut = text.rfind("\n", end, hi)
        hi = cut if cut > 0 else hi
    return lo, hi


def viewer_html(
    info: ReportInfo,
    text: str,
    sections: Sequence[tuple[int, tuple[str, ...]]],
    start: int,
    end: int,
) -> str:
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    lo, hi = _window(text, start, end)
    marks: list[tuple[int, int, str]] = [(start, 1, '<mark id="rq-hit">'), (end, 0, "</mark>")]
    toc = []
    for i, (at, path) in enumerate(sections):
        if not path or not lo <= at < hi:
            continue
        heading = path[-1]
        marks.append((at, 2, f'<span id="rq-sec-{i}"></span>'))
        if text.startswith(heading, at) and not (at < end and at + len(heading) > start):
            marks.append((at, 3, '<span class="rq-h">'))
            marks.append((min(at + len(heading), hi), -1, "</span>"))
        toc.append(f'<li><a href="#rq-sec-{i}">{html.escape(heading)}</a></li>')
    body, pos = [], lo
    for at, _, tag in sorted(marks):
        body.append(html.escape(text[pos:at]))
        body.append(tag)
        pos = at
    body.append(html.escape(text[pos:hi]))
    meta = "，".join(
        x for x in (info.shown, info.county, f"{info.year}年" if info.year else "") if x
    )
    if (lo, hi) != (0, len(text)):
        meta += f"。报告较长（{len(text)} 字），这里显示引文前后第 {lo + 1}–{hi} 字"
    return (
        '<div class="rq-viewer">'
        f"<h3>《{html.escape(info.title or info_label(info))}》</h3>"
        f'<div class="rq-meta">{html.escape(meta)}</div>'
        + (f'<ol class="rq-toc">{"".join(toc)}</ol>' if toc else "")
        + f'<div class="rq-viewer-body">{"".join(body)}</div></div>'
    )
