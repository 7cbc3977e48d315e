"""「普惠托育」 ~ 「普惠性托育」: the attributive 性 a report writes between a modifier and its head.

Written Chinese turns a two-character modifier into an attributive adjective with 性 before the
noun it qualifies (普惠性托育机构, 合法性审查, 规范性文件, 公益性岗位, 基础性工作), where a user
says the same thing without it (普惠托育, 合法审查, 规范文件). The two name one thing, so the form
with 性 is another spelling of a four-character term of two two-character words: a sentence
writing 「新增普惠性托育机构3家」 mentions 普惠托育. A term that holds 性 already (弹性工作,
个性服务) or is no such pair gets no such spelling; the spelling only counts where a report
writes it, so a pair no report writes with 性 is unchanged.
"""

from __future__ import annotations

import re

_PAIR = re.compile(r"[\u4e00-\u9fff]{4}")


def attributive_spellings(word: str) -> tuple[str, ...]:
    """「普惠托育」 → (「普惠性托育」,); () for any other word."""
    if not _PAIR.fullmatch(word) or "性" in word:
        return ()
    return (f"{word[:2]}性{word[2:]}",)
