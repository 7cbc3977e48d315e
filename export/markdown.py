"""The conversation as one Markdown document, each turn followed by its sources."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from export.common import differs, one_line, unit_label
from reportqa.answer import Answer, Citation
from reportqa.answer_markdown import RELATED_HEADING, markdown

_SCRIPT_SCHEME = re.compile(r"(?i)(javascript|vbscript|data)\s*:")


def to_markdown(answers: Sequence[Answer]) -> str:
    """Report text and questions are untrusted: whatever Markdown viewer opens the file must
    show them as text, never run HTML or follow a script link (:func:`inert`)."""
    parts = ["# 问答记录"]
    for i, answer in enumerate(answers, 1):
        parts.append(f"## 第 {i} 问：{inert(one_line(answer.question))}")
        if differs(answer):
            parts.append(f"（按上下文理解为：{inert(one_line(answer.resolved_shown))}）")
        parts.append(markdown(answer, esc=inert).strip())
        if answer.notice:
            parts.append("\n".join(f"> {inert(line)}" for line in answer.notice.splitlines()))
        if answer.citations:
            parts.append("**来源**")
            parts.append("\n".join(f"- {inert(source_line(c))}" for c in answer.citations))
        if answer.related:
            parts.append(f"**{RELATED_HEADING}**")
            parts.append("\n".join(f"- {inert(source_line(c))}" for c in answer.related))
    return "\n\n".join(parts) + "\n"


def inert(text: str) -> str:
    """Markdown that renders as the text it says: HTML escaped, script-capable link schemes
    broken, images shown as text."""
    text = html.escape(text, quote=False)
    text = _SCRIPT_SCHEME.sub(lambda m: m.group(1) + "&#58;", text)
    return text.replace("![", "!\\[")


def source_line(c: Citation) -> str:
    """``[n] 乡镇（县，年）《报告标题》 章节：「引文」（文件 source，字符 start–end）``."""
    where = f"《{c.title}》" if c.title else ""
    if c.section:
        where += f" {c.section}"
    return (
        f"[{c.n}] {unit_label(c)}{where}：「{c.quote}」（文件 {c.source}，字符 {c.start}–{c.end}）"
    )
