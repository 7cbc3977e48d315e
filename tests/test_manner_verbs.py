"""``retrieval.manner_verbs``: a manner word weighs soft only as an adverb before the verb.

Review66 found 「哪些地方执法不够严格」 over the mixed library (/work/shared/corpus-web + corpus):
main cited 13 units that write 严格 (already too many: none says its 执法 is not strict), the
branch before this check 29 — the lone 严格 weighed soft, so every 执法 sentence answered. A
manner word written as the predicate (after 不够, at the end, before 的) is what is asked.
"""

from __future__ import annotations

import pytest

from retrieval.manner_verbs import manner_soft


@pytest.mark.parametrize(
    ("question", "term", "soft"),
    [
        ("哪些地方严格落实河长制", "严格", "严格"),
        ("哪些乡镇严格落实“四议两公开”", "严格", "严格"),
        ("哪些单位严格执行“三重一大”", "严格执行", "执行"),
        ("哪些单位认真学习了“四议两公开”", "认真学习", ""),
        ("哪些地方执法不够严格", "严格", ""),
        ("哪些地方法治宣传不深入", "深入", ""),
        ("执法严格的地方有哪些", "严格", ""),
        ("哪些地方执法严格", "严格", ""),
    ],
)
def test_manner_soft(question, term, soft):
    assert manner_soft(term, question) == soft
