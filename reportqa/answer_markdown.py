"""An answer's blocks as Markdown: the ``answer`` text of its JSON, the chat message and the
Markdown export are this one walk with a different escaper and citation marker."""

from __future__ import annotations

from collections.abc import Callable

from reportqa.answer import (
    Answer,
    Asked,
    Block,
    Bullets,
    CompareTable,
    Completeness,
    Paragraph,
    Prose,
    Text,
    Unsaid,
)

Escape = Callable[[str], str]
Ref = Callable[[int], str]

COMPARE_HEADER = ("单位", "报告原文", "出处")
NO_CITATION = "—"
RELATED_HEADING = "相关内容（不是答案的依据）"  # passages shown beside a "not given" answer


def plain_ref(n: int) -> str:
    return f"[{n}]"


def markdown(answer: Answer, esc: Escape | None = None, ref: Ref = plain_ref) -> str:
    """``esc`` makes untrusted text inert for a Markdown viewer (None: as written, the
    answer's own text); ``ref`` writes one citation marker."""
    parts = [block_markdown(b, esc, ref) for b in answer.body]
    if answer.completeness is not None:
        line = answer.completeness.line
        parts.append(esc(line) if esc else line)
    return "\n\n".join(p for p in parts if p)


def block_markdown(block: Block, esc: Escape | None, ref: Ref) -> str:
    if isinstance(block, Paragraph | Prose):
        return runs_markdown(block.runs, esc, ref)
    if isinstance(block, Bullets):
        return "\n".join("- " + runs_markdown(item, esc, ref) for item in block.items)
    if isinstance(block, CompareTable):
        return table_markdown(block, esc, ref)
    if isinstance(block, Unsaid):  # the user's words are untrusted text too
        return esc(block.text) if esc else block.text
    if isinstance(block, Asked):  # one question of several asked at once heads its part
        return f"**{esc(block.text) if esc else block.text}**"
    if isinstance(block, Completeness):
        return esc(block.line) if esc else block.line
    raise TypeError(f"unknown answer block {type(block).__name__}")


def runs_markdown(runs: tuple[Text, ...], esc: Escape | None, ref: Ref) -> str:
    out = []
    for run in runs:
        text = esc(run.text) if esc else run.text
        out.append(f"**{text}**" if run.strong and text else text)
        if run.refs:
            if esc and out[-1].endswith("!"):
                out.append("\\")  # 「!」 before a marker must not open an image: ![…](…)
            out.append("".join(ref(n) for n in run.refs))
    return "".join(out)


def cell(text: str) -> str:
    """A table cell holds one line and no column bar."""
    return text.replace("|", "｜").replace("\r", " ").replace("\n", " ")


def table_markdown(table: CompareTable, esc: Escape | None, ref: Ref) -> str:
    def safe(text: str) -> str:
        return esc(cell(text)) if esc else cell(text)

    lines = ["| " + " | ".join(COMPARE_HEADER) + " |", "| --- | --- | --- |"]
    for row in table.rows:
        mark = ref(row.citation.n) if row.citation else NO_CITATION
        lines.append(f"| {safe(row.shown)} | {safe(row.value)} | {mark} |")
    return "\n".join(lines)
