"""The report viewer: the whole report a citation comes from, with its sections, scrolled
to the quoted passage and highlighting it — how a user checks a claim against its source."""

from __future__ import annotations

import html
from collections.abc import Sequence

from reportqa.types import ReportInfo
from webapp.render import info_label


def viewer_html(
    info: ReportInfo,
    text: str,
    sections: Sequence[tuple[int, tuple[str, ...]]],
    start: int,
    end: int,
) -> str:
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    marks: list[tuple[int, int, str]] = [(start, 1, '<mark id="rq-hit">'), (end, 0, "</mark>")]
    toc = []
    for i, (at, path) in enumerate(sections):
        if not path:
            continue
        heading = path[-1]
        marks.append((at, 2, f'<span id="rq-sec-{i}"></span>'))
        if text.startswith(heading, at) and not (at < end and at + len(heading) > start):
            marks.append((at, 3, '<span class="rq-h">'))
            marks.append((at + len(heading), -1, "</span>"))
        toc.append(f'<li><a href="#rq-sec-{i}">{html.escape(heading)}</a></li>')
    body, pos = [], 0
    for at, _, tag in sorted(marks):
        body.append(html.escape(text[pos:at]))
        body.append(tag)
        pos = at
    body.append(html.escape(text[pos:]))
    meta = "，".join(
        x for x in (info.township, info.county, f"{info.year}年" if info.year else "") if x
    )
    return (
        '<div class="rq-viewer">'
        f"<h3>《{html.escape(info.title or info_label(info))}》</h3>"
        f'<div class="rq-meta">{html.escape(meta)}</div>'
        + (f'<ol class="rq-toc">{"".join(toc)}</ol>' if toc else "")
        + f'<div class="rq-viewer-body">{"".join(body)}</div></div>'
    )
