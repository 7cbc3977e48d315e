"""Saved conversations: kept in the user's own browser (Gradio ``BrowserState``, i.e.
localStorage), so past conversations survive a reload and can be reopened and exported
without the server storing anyone's questions."""

from __future__ import annotations

import secrets
import time
import uuid
from pathlib import Path

from answering.types import Answer
from reportqa.errors import ReportQAError

KEEP = 20  # conversations per browser; localStorage holds a few MB
STORAGE_KEY = "reportqa-history"


def browser_secret(data_dir: Path) -> str:
    """The key the saved state is encrypted with must outlive a server restart, or every
    browser's history would become unreadable: one random key per data dir."""
    path = data_dir / ".browser-state-key"
    try:
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(24)
        path.write_text(key, encoding="utf-8")
        return key


def answer_from_json(data: dict) -> Answer:
    """The inverse of ``Answer.to_json`` (fields it does not know are ignored)."""
    return Answer.from_json(data)


def remember(
    saved: list[dict] | None, conv_id: str, chat: list[dict], turns: list[Answer]
) -> tuple[list[dict], str]:
    """Save (or update) this conversation at the top of the list; returns (saved, id)."""
    saved = [c for c in (saved or []) if c.get("id") != conv_id]
    if not turns:
        return saved, conv_id
    conv_id = conv_id or uuid.uuid4().hex[:12]
    entry = {
        "id": conv_id,
        "title": turns[0].question[:40],
        "saved": time.strftime("%Y-%m-%d %H:%M"),
        "chat": [{"role": m["role"], "content": m["content"]} for m in chat],
        "turns": [a.to_json() for a in turns],
    }
    return [entry, *saved][:KEEP], conv_id


def choices(saved: list[dict] | None) -> list[tuple[str, str]]:
    return [(f"{c['saved']} {c['title']}（{len(c['turns'])} 问）", c["id"]) for c in saved or []]


def reopen(saved: list[dict] | None, conv_id: str | None) -> tuple[list[dict], list[Answer]]:
    """(chat, answers) of a saved conversation."""
    entry = next((c for c in saved or [] if c.get("id") == conv_id), None)
    if entry is None:
        raise ReportQAError("请先在「以前的对话」中选择要打开的对话")
    return [dict(m) for m in entry["chat"]], [answer_from_json(t) for t in entry["turns"]]
