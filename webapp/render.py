"""HTML for the sources panel and Markdown for chat messages.

Report text is untrusted: everything taken from a report is HTML-escaped here, so a report
containing ``<script>`` or ``<img onerror=…>`` renders as inert text.
"""

from __future__ import annotations

import html
import re

from answering.types import Answer, Citation

_MARKER = re.compile(r"\[(\d{1,3})\]")
_CONTEXT = 120


def chat_markdown(answer: Answer) -> str:
    """The answer with [n] markers as links to the source cards (#src-n)."""
    text = neutralise_markdown(answer.answer)
    text = _MARKER.sub(lambda m: f"[[{m.group(1)}]](#src-{m.group(1)})", text)
    if answer.resolved_question and answer.resolved_question != answer.question:
        text = f"*理解为：{html.escape(answer.resolved_question)}*\n\n" + text
    if answer.notice:
        text += f"\n\n> ⚠️ {html.escape(answer.notice)}"
    return text


def neutralise_markdown(text: str) -> str:
    """Quotes come from reports: no raw HTML, no javascript: links, no images."""
    text = html.escape(text, quote=False)
    text = re.sub(r"(?i)javascript\s*:", "javascript&#58;", text)
    return text.replace("![", "!\\[")


def citation_card(c: Citation, report_text: str) -> str:
    start, end = c.start, c.end
    lo = max(0, report_text.rfind("\n", 0, start) + 1, start - _CONTEXT)
    hi_nl = report_text.find("\n", end)
    hi = min(len(report_text), end + _CONTEXT, hi_nl if hi_nl >= 0 else len(report_text))
    before = html.escape(report_text[lo:start])
    quote = html.escape(report_text[start:end])
    after = html.escape(report_text[end:hi])
    meta = "，".join(x for x in (c.county, f"{c.year}年" if c.year else "", c.source) if x)
    return (
        f'<div class="rq-src" id="src-{c.n}">'
        f'<div class="rq-src-head"><b>[{c.n}] {html.escape(c.township)}</b>'
        f' <span class="rq-meta">{html.escape(meta)}</span></div>'
        f'<div class="rq-title">《{html.escape(c.title)}》</div>'
        f'<div class="rq-section">{html.escape(c.section)}</div>'
        f'<div class="rq-context">{"…" if lo > 0 else ""}{before}<mark>{quote}</mark>'
        f"{after}{'…' if hi < len(report_text) else ''}</div></div>"
    )


def sources_html(answer: Answer | None, texts: dict[str, str]) -> str:
    if answer is None or not answer.citations:
        return '<div class="rq-empty">引用的原文会显示在这里。</div>'
    cards = [citation_card(c, texts.get(c.report_id, "")) for c in answer.citations]
    return '<div class="rq-sources">' + "".join(cards) + "</div>"


CSS = """
.rq-src { border: 1px solid #ddd; border-radius: 8px; padding: 8px 10px; margin: 6px 0; }
.rq-src:target { outline: 3px solid #f59e0b; }
.rq-src-head { font-size: 15px; }
.rq-meta, .rq-section { color: #666; font-size: 13px; }
.rq-title { font-size: 13px; margin-top: 2px; }
.rq-context { margin-top: 6px; line-height: 1.6; }
.rq-context mark { background: #fde68a; padding: 0 2px; }
.rq-empty { color: #888; padding: 12px; }
"""
