"""Written artifacts a report draws up: lists, handbooks, registers.

A term before one of these nouns is the artifact's content, never its kind: 「应知应会清单」 is
a list of what must be known, 「“三重一大”事项清单」 a list of the matters, 「法治手册」 a
handbook on law. So a question asking for the artifact is not answered by the term alone
(``retrieval.name_heads``), and the artifact is no gloss of the term (``retrieval.anchors``).
"""

from __future__ import annotations

# documents and registers a report draws up (清单 of 负面清单, 权责清单; 台账 of 工作台账)
ARTIFACTS = frozenset(
    "清单 手册 台账 目录 名录 名单 汇编 指南 读本 白皮书 口袋书 明白纸 案例集".split()
)


def is_artifact(term: str) -> bool:
    """A concept naming a written artifact (「应知应会清单」's 清单)."""
    return any(term.endswith(a) for a in ARTIFACTS)
