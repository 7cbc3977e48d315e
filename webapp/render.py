"""HTML for the sources panel and Markdown for chat messages.

Report text is untrusted: everything taken from a report is HTML-escaped here, so a report
containing ``<script>`` or ``<img onerror=…>`` renders as inert text.

Each answer keeps its own sources: answer k's marker [n] links to card ``src-k-n``, and the
panel holds one group per answer (the newest open), so a marker in an older answer shows
that answer's card, never the newest answer's card with the same number.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence

from answering.types import Answer, Citation
from reportqa.answer import Role
from reportqa.answer_markdown import markdown
from reportqa.types import ReportInfo

_CONTEXT = 120
EMPTY_SOURCES = '<div class="rq-empty">引用的原文会显示在这里。</div>'


def chat_markdown(answer: Answer, k: int = 1, scope_note: str = "") -> str:
    """The answer with its citations as links to its own source cards (#src-k-n)."""
    text = markdown(answer, esc=neutralise_markdown, ref=lambda n: f"[[{n}]](#src-{k}-{n})")
    if answer.resolved_question and answer.resolved_shown != answer.question:
        text = f"*理解为：{html.escape(answer.resolved_shown)}*\n\n" + text
    if scope_note:
        text += f"\n\n*{html.escape(scope_note)}*"
    if answer.notice:
        text += f"\n\n> ⚠️ {html.escape(answer.notice)}"
    return text


def neutralise_markdown(text: str) -> str:
    """Quotes come from reports: no raw HTML, no javascript: links, no images."""
    text = html.escape(text, quote=False)
    text = re.sub(r"(?i)javascript\s*:", "javascript&#58;", text)
    return text.replace("![", "!\\[")


def report_label(title: str, township: str, county: str, year: int | None) -> str:
    """How a report is named to people: unit, county, year and title — never its file name."""
    same = not county or not township or township.startswith(county)
    place = (township or county) if same else county + township
    when = f"{year}年" if year else ""
    return " ".join(x for x in (place, when, f"《{title}》" if title else "") if x)


def info_label(info: ReportInfo) -> str:
    return report_label(info.title, info.township, info.county, info.year)


def citation_card(c: Citation, report_text: str, k: int = 1) -> str:
    start, end = c.start, c.end
    lo = max(0, report_text.rfind("\n", 0, start) + 1, start - _CONTEXT)
    hi_nl = report_text.find("\n", end)
    hi = min(len(report_text), end + _CONTEXT, hi_nl if hi_nl >= 0 else len(report_text))
    before = html.escape(report_text[lo:start])
    quote = html.escape(report_text[start:end])
    after = html.escape(report_text[end:hi])
    meta = "，".join(x for x in (c.county, f"{c.year}年" if c.year else "") if x)
    related = (
        ' <span class="rq-meta">相关内容，不是答案的依据</span>' if c.role == Role.RELATED else ""
    )
    return (
        f'<div class="rq-src" id="src-{k}-{c.n}" data-answer="{k}">'
        f'<div class="rq-src-head"><b>[{c.n}] {html.escape(c.shown)}</b>{related}'
        f' <span class="rq-meta">{html.escape(meta)}</span></div>'
        f'<div class="rq-title">《{html.escape(c.title)}》</div>'
        f'<div class="rq-section">{html.escape(c.section)}</div>'
        f'<div class="rq-context">{"…" if lo > 0 else ""}{before}<mark>{quote}</mark>'
        f"{after}{'…' if hi < len(report_text) else ''}</div>"
        f'<button type="button" class="rq-open" data-report="{html.escape(c.report_id)}"'
        f' data-start="{c.start}" data-end="{c.end}">查看全文</button></div>'
    )


def sources_html(turns: Sequence[Answer], texts: Mapping[str, str]) -> str:
    """One group of cards per answer, newest first and open; older groups folded."""
    groups = []
    for k in range(len(turns), 0, -1):
        answer = turns[k - 1]
        shown = (*answer.citations, *answer.related)  # related passages carry their role
        if not shown:
            continue
        cards = "".join(citation_card(c, texts.get(c.report_id, ""), k) for c in shown)
        opened = " open" if k == len(turns) else ""
        groups.append(
            f'<details class="rq-group" id="ans-{k}"{opened}>'
            f"<summary>第 {k} 问的出处：{html.escape(answer.question)}</summary>{cards}</details>"
        )
    if not groups:
        return EMPTY_SOURCES
    return '<div class="rq-sources">' + "".join(groups) + "</div>"


# Opens the folded group a marker points into and brings the card into view; the cards'
# 「查看全文」 buttons ask the server for the report viewer (the panel's ``select`` event).
SOURCES_JS = """
element.addEventListener('click', (e) => {
  const b = e.target.closest('.rq-open');
  if (!b) return;
  e.preventDefault();
  trigger('select', {report: b.dataset.report, start: +b.dataset.start, end: +b.dataset.end});
});
"""

HEAD = """
<script>
(() => {
  function show() {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id.startsWith('src-')) return;
    const el = document.getElementById(id);
    if (!el) return;
    const group = el.closest('details');
    if (group) group.open = true;
    document.querySelectorAll('.rq-src.rq-active').forEach((x) => x.classList.remove('rq-active'));
    el.classList.add('rq-active');
    el.scrollIntoView({block: 'center'});
  }
  window.addEventListener('hashchange', show);
  document.addEventListener('click', (e) => {
    const a = e.target.closest('a[href^="#src-"]');
    if (a && a.getAttribute('href') === location.hash) setTimeout(show, 0);
  });
})();
</script>
"""

# Colours are set in pairs (text on background) so dark mode never puts light text on the
# light highlight: #1f2937 on #fde68a is 11.8:1 (inherited dark-mode text was 1.1:1).
CSS = """
.rq-src { border: 1px solid #ccc; border-radius: 8px; padding: 8px 10px; margin: 6px 0; }
.rq-src:target, .rq-src.rq-active { outline: 3px solid #f59e0b; }
.rq-src-head { font-size: 15px; }
.rq-meta, .rq-section { color: var(--body-text-color-subdued); font-size: 13px; }
.rq-title { font-size: 13px; margin-top: 2px; }
.rq-context { margin-top: 6px; line-height: 1.6; }
.rq-context mark, .rq-viewer mark { background: #fde68a; color: #1f2937; padding: 0 2px; }
.rq-open { margin-top: 6px; font-size: 13px; text-decoration: underline; cursor: pointer; }
.rq-group > summary { cursor: pointer; font-size: 14px; padding: 4px 0; }
.rq-empty { color: var(--body-text-color-subdued); padding: 12px; }
.rq-table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 14px; }
.rq-table th, .rq-table td { border: 1px solid #ccc; padding: 4px 6px; vertical-align: top;
  overflow-wrap: anywhere; }
.rq-table th:nth-child(1) { width: 22%; } .rq-table th:nth-child(2) { width: 16%; }
.rq-table th:last-child { width: 12%; }
.rq-chart-title { font-weight: 600; margin-bottom: 6px; }
.rq-bar-row { display: flex; align-items: center; gap: 6px; margin: 4px 0; }
.rq-bar-label { flex: 0 0 7em; overflow-wrap: anywhere; }
.rq-bar-track { flex: 1 1 auto; min-width: 40px; }
.rq-bar { display: block; height: 18px; background: #3b82f6; border-radius: 3px; min-width: 2px; }
.rq-bar-value { flex: 0 0 auto; font-variant-numeric: tabular-nums; }
.rq-viewer-body { white-space: pre-wrap; line-height: 1.7; max-height: 70vh; overflow: auto;
  border: 1px solid #ccc; border-radius: 8px; padding: 8px 10px; }
.rq-viewer .rq-h { font-weight: 700; }
.rq-toc { font-size: 13px; columns: 2; margin: 6px 0; }
#rq-chat table td:first-child { min-width: 4.5em; }
#rq-chat table td:last-child, #rq-chat table th:last-child { white-space: nowrap; }
@media (max-width: 700px) {
  #rq-chat { height: 55vh !important; }
  .rq-toc { columns: 1; }
}
"""
