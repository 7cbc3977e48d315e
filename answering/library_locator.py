"""Words that place a question in the library itself: 「库里」「库中」「系统里」「你们数据库中」.

A user speaks of the collection of reports as a place (「库里街道一级的报告有哪些」), and the
locator then sits right before a level noun or a unit's name. Read as part of a name it makes
「库里街道」 a street the library lacks, and the question is refused. No administrative unit's
name contains 库里/库中/库内 or 系统里 (checked against the national division list), while a
reservoir (水库里) or a store (仓库里) is a common noun with its own first character, so the
locator counts only at the start of a clause, after a pronoun, or after 在/这/那 — or after a
year said first (「2025年库里街道一级的…」, as a follow-up 「其中2025年的呢」 restates the last
question with its year put in front)."""

from __future__ import annotations

import re

_LOCATOR = re.compile(
    r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[在这那整年]))"
    r"(?:(?:这个|那个|整个|咱们|我们|你们?|您)的?)?"
    r"(?:数据库|资料库|报告库|知识库|文库|库|系统)(?:里面?|里头|中|内|当中)"
)


def without_locator(question: str) -> str:
    """The question with each library locator replaced by a comma, so that what follows it
    starts a clause (a level noun after it stays a level, a unit's name stays a name)."""
    return _LOCATOR.sub("，", question)
